import { basename, extname } from "node:path";
import { Readable, pipeline } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { Document } from "../types";
import { checkString, describe, inputError } from "../errors";
import { freezeDocument } from "./freeze-corpus";
import type { IngestOptions, IngestSettings } from "./ingest-options";
import { checkIngestOptions, stringOption } from "./ingest-options";
import { RecordSink } from "./record-sink";
import type { RecordFields } from "./record-to-document";
import { isRecordProblem, recordToDocument } from "./record-to-document";
import { utf8Chunks } from "./utf8-chunks";

/** Options of {@link csvDocuments} and readCsv. */
export interface ReadCsvOptions extends IngestOptions {
  /** Column holding the text (required). Default `"text"`. */
  readonly textColumn?: string;
  /**
   * Column holding the id. Default `"id"`; when that default column is absent, ids are
   * `<file name without extension>-<line>` ("speeches-2" for the record starting on line 2).
   */
  readonly idColumn?: string;
  /** Column holding the date, ISO or as people write it (see isoDate). Default `"date"`, used when present. */
  readonly dateColumn?: string;
  /** Column holding the speaker. Default `"speaker"`, used when present. */
  readonly speakerColumn?: string;
  /** Column holding the title. Default `"title"`, used when present. */
  readonly titleColumn?: string;
  /** Column holding the source; without it the source is `"<path>:<line>"`. Default `"source"`. */
  readonly sourceColumn?: string;
  /** Field delimiter. Default `","`. */
  readonly delimiter?: string;
}

const COLUMNS = ["textColumn", "idColumn", "dateColumn", "speakerColumn", "titleColumn", "sourceColumn"] as const;
type Columns = Record<(typeof COLUMNS)[number], string>;

/**
 * Streams the documents of a CSV file with a header row, one per record, in file order.
 *
 * Reads the file in chunks through csv-parse's streaming parser, so memory is bounded by a
 * record, not the file. Yields exactly what readCsv collects: the file is read as UTF-8 when
 * it is valid UTF-8 (checked in a first pass, so such a file is read twice), by its byte
 * order mark (dropped), in `encoding` when given, and otherwise in the encoding detected
 * (from the first 64 KiB and the 64 KiB where the first non-UTF-8 byte is), with an
 * `encoding_assumed` warning naming it (a Latin-1 export is read as windows-1252). Quoted
 * fields may span lines. The named columns become text, id, date, speaker, title and
 * source; every other column goes to `meta` as a string ("" for an empty cell). An empty
 * date, speaker, title or source cell leaves that field absent. Dates as people write them
 * ("4 Nov 2019") become ISO, the cell kept in `meta.date_original`. A column named
 * explicitly in the options must exist; the defaults are used only when present, except the
 * text column, which is required.
 *
 * Errors name the file and the line where the record starts, and are thrown when the stream
 * reaches that record: a record with more or fewer fields than the header, empty or
 * whitespace-only text, an empty id, an impossible date, an ambiguous numeric date without
 * `dateOrder`, a duplicate id (naming both lines). With `skipInvalid` such records are
 * skipped and reported to `onWarning`. Always thrown (after the documents before them have
 * been yielded): an unreadable file (`io`), invalid UTF-8 in a file marked or forced as
 * UTF-8, broken quoting (`malformed CSV`), a missing column (the message lists the columns
 * there are), repeated header names. An empty file yields nothing, with an `empty_corpus`
 * warning. Options are validated when called, before reading.
 *
 * Options: `textColumn` ("text"), `idColumn` ("id"), `dateColumn` ("date"), `speakerColumn`
 * ("speaker"), `titleColumn` ("title"), `sourceColumn` ("source"), `delimiter` (","),
 * `encoding` (detected), `dateOrder` (none), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches.csv:  id,date,speaker,text
 * //                a1,2019-09-17,Ann,"We choose to go..."
 * for await (const doc of csvDocuments("speeches.csv", { dateOrder: "dmy" })) {
 *   console.log(doc.id, doc.date, doc.source); // a1 2019-09-17 speeches.csv:2
 * }
 * ```
 */
export function csvDocuments(path: string, options: ReadCsvOptions = {}): AsyncGenerator<Document, void, undefined> {
  return csvStream("csvDocuments", path, options);
}

/**
 * {@link csvDocuments} with errors about arguments naming `fn` (readCsv's, readFolder's
 * files): checks the options now and returns the stream.
 * @internal
 */
export function csvStream(fn: string, path: string, options: ReadCsvOptions = {}): AsyncGenerator<Document, void, undefined> {
  const settings = checkIngestOptions(fn, options);
  checkString(fn, "path", path);
  const defaults: Columns = { textColumn: "text", idColumn: "id", dateColumn: "date", speakerColumn: "speaker", titleColumn: "title", sourceColumn: "source" };
  const columns = Object.fromEntries(COLUMNS.map((name) => [name, stringOption(fn, options, name, defaults[name])])) as Columns;
  const explicit = new Set(COLUMNS.filter((name) => options[name] !== undefined || name === "textColumn"));
  const delimiter = stringOption(fn, options, "delimiter", ",");
  return streamDocuments(path, settings, columns, explicit, delimiter);
}

async function* streamDocuments(
  path: string,
  settings: IngestSettings,
  columns: Columns,
  explicit: ReadonlySet<string>,
  delimiter: string,
): AsyncGenerator<Document, void, undefined> {
  const sink = new RecordSink(settings);
  const fields: RecordFields = {
    id: columns.idColumn,
    text: columns.textColumn,
    date: columns.dateColumn,
    speaker: columns.speakerColumn,
    title: columns.titleColumn,
    source: columns.sourceColumn,
  };
  const stem = basename(path, extname(path));
  let header: string[] | undefined;
  for await (const { fields: values, line } of csvRows(path, delimiter, sink)) {
    if (header === undefined) {
      header = checkedHeader(values, columns, explicit, path, line);
      continue;
    }
    if (values.length !== header.length) {
      sink.reject(inputError(`expected ${header.length} fields as in the header; got ${values.length}`, path, line));
      continue;
    }
    const names = header;
    const record = Object.fromEntries(names.map((name, i) => [name, values[i]]));
    const doc = recordToDocument(record, fields, { id: `${stem}-${line}`, source: `${path}:${line}` }, settings.dateOrder);
    if (isRecordProblem(doc)) sink.reject(inputError(doc.problem.replace(/^field "/, 'column "'), path, line));
    else if (sink.claim(doc.id, `line ${line}`, path, line)) yield freezeDocument(doc);
  }
  if (header === undefined) sink.warn({ code: "empty_corpus", message: `${path}: no header row and no records`, file: path });
}

/** The header's column names; throws when one repeats or a column the options need is missing. */
function checkedHeader(header: string[], columns: Columns, explicit: ReadonlySet<string>, path: string, line: number): string[] {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw inputError(`column ${describe(name)} appears twice in the header`, path, line);
    seen.add(name);
  }
  const available = `the columns are ${header.map((name) => describe(name)).join(", ")}`;
  for (const name of COLUMNS) {
    if (explicit.has(name) && !seen.has(columns[name])) {
      throw inputError(`no column ${describe(columns[name])} (option "${name}"); ${available}`, path, line);
    }
  }
  return header;
}

/** A CSV record and the line it starts on. */
interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/**
 * The records of the file, each with the line it starts on. A record starts after the
 * previous one's end (csv-parse's `info.bytes`) and any empty lines; its line is counted
 * from the bytes, as csv-parse's own line count drifts on "\r\n" inside quotes. Only the
 * bytes not yet counted are kept.
 */
async function* csvRows(path: string, delimiter: string, sink: RecordSink): AsyncGenerator<CsvRow, void, undefined> {
  const window = new ByteWindow();
  const warn = sink.warn.bind(sink);
  async function* fed(): AsyncGenerator<Buffer, void, undefined> {
    for await (const chunk of utf8Chunks(path, sink.settings.encoding, warn)) {
      window.push(chunk);
      yield chunk;
    }
  }
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: true, encoding: "utf8" });
  pipeline(Readable.from(fed(), { objectMode: false }), parser, () => {});
  let start = 0;
  let line = 1;
  let counted = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      for (let b = window.byteAt(start); b === 0x0a || b === 0x0d; b = window.byteAt(start)) start++;
      line += window.newlines(counted, start);
      counted = start;
      window.dropBefore(counted);
      yield { fields: record, line };
      start = info.bytes;
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines;
      throw inputError(`malformed CSV: ${error.message}`, path, at);
    }
    throw error;
  } finally {
    parser.destroy();
  }
}

/** The bytes fed to the parser from a file offset on, in chunks. */
class ByteWindow {
  private readonly chunks: Buffer[] = [];
  private first = 0; // file offset of chunks[0]
  private end = 0; // file offset after the last chunk

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.end += chunk.length;
  }

  /** The byte at file offset `at`, or undefined when it is not (or no longer) here. */
  byteAt(at: number): number | undefined {
    if (at < this.first || at >= this.end) return undefined;
    let offset = this.first;
    for (const chunk of this.chunks) {
      if (at < offset + chunk.length) return chunk[at - offset];
      offset += chunk.length;
    }
    return undefined;
  }

  /** How many "\n" bytes lie at file offsets from `from` (at least the first kept) to `to`. */
  newlines(from: number, to: number): number {
    let n = 0;
    let offset = this.first;
    for (const chunk of this.chunks) {
      if (offset >= to) break;
      const lo = Math.max(0, from - offset);
      const hi = Math.min(chunk.length, to - offset);
      for (let nl = chunk.indexOf(0x0a, lo); nl !== -1 && nl < hi; nl = chunk.indexOf(0x0a, nl + 1)) n++;
      offset += chunk.length;
    }
    return n;
  }

  /** Forgets the chunks that end before file offset `at`. */
  dropBefore(at: number): void {
    while (this.chunks.length > 0 && this.first + this.chunks[0].length <= at) this.first += (this.chunks.shift() as Buffer).length;
  }
}
