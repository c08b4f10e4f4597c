import { basename, extname } from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import type { Corpus, Document } from "../types";
import { checkString, describe, inputError } from "../errors";
import { decodeText } from "./decode-text";
import { readFileBytes } from "./read-file-bytes";
import { freezeCorpus } from "./freeze-corpus";
import type { IngestOptions } from "./ingest-options";
import { checkIngestOptions, stringOption } from "./ingest-options";
import { RecordSink } from "./record-sink";
import { isRecordProblem, recordToDocument } from "./record-to-document";

/** Options of {@link readCsv}. */
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

/**
 * Reads a CSV file with a header row into a Corpus, one document per record, in file order.
 *
 * The file is read as UTF-8 when it is valid UTF-8, by its byte order mark (dropped), in
 * `encoding` when given, and otherwise in the encoding detected, with an `encoding_assumed`
 * warning naming it (a Latin-1 export is read as windows-1252). Quoted fields may span lines. The
 * named columns become text, id, date, speaker, title and source; every other column goes to
 * `meta` as a string ("" for an empty cell). An empty date, speaker, title or source cell
 * leaves that field absent. Dates as people write them ("4 Nov 2019") become ISO, the cell
 * kept in `meta.date_original`. A column named explicitly in the options must exist; the
 * defaults are used only when present, except the text column, which is required.
 *
 * Errors name the file and the line where the record starts: a record with more or fewer
 * fields than the header, empty or whitespace-only text, an empty id, an impossible date,
 * an ambiguous numeric date without `dateOrder`, a duplicate id (naming both lines). With
 * `skipInvalid` such records are skipped and reported to `onWarning`. Always thrown: an
 * unreadable file (`io`), invalid UTF-8 in a file marked or forced as UTF-8, broken
 * quoting, a missing column (the message lists the columns there are), repeated header names.
 *
 * Options: `textColumn` ("text"), `idColumn` ("id"), `dateColumn` ("date"), `speakerColumn`
 * ("speaker"), `titleColumn` ("title"), `sourceColumn` ("source"), `delimiter` (","),
 * `encoding` (detected), `dateOrder` (none), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches.csv:  id,date,speaker,text
 * //                a1,2019-09-17,Ann,"We choose to go..."
 * const corpus = await readCsv("speeches.csv");
 * corpus[0]; // { id: "a1", text: "We choose to go...", date: "2019-09-17", speaker: "Ann", source: "speeches.csv:2", meta: {} }
 * ```
 */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<Corpus> {
  const fn = "readCsv";
  const settings = checkIngestOptions(fn, options);
  checkString(fn, "path", path);
  const defaults = { textColumn: "text", idColumn: "id", dateColumn: "date", speakerColumn: "speaker", titleColumn: "title", sourceColumn: "source" };
  const columns = Object.fromEntries(COLUMNS.map((name) => [name, stringOption(fn, options, name, defaults[name])])) as typeof defaults;
  const delimiter = stringOption(fn, options, "delimiter", ",");
  const sink = new RecordSink(settings);

  // Decoded (forced, BOM, UTF-8 or detected encoding), then parsed as UTF-8 bytes so that
  // record lines are counted from the bytes as before.
  const { text } = decodeText(await readFileBytes(path), path, { encoding: settings.encoding }, (w) => sink.warn(w));
  const rows = parseCsv(Buffer.from(text, "utf8"), delimiter, path);
  if (rows.length === 0) {
    sink.warn({ code: "empty_corpus", message: `${path}: no header row and no records`, file: path });
    return freezeCorpus([]);
  }
  const header = rows[0].fields;
  const headerLine = rows[0].line;
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw inputError(`column ${describe(name)} appears twice in the header`, path, headerLine);
    seen.add(name);
  }
  const available = `the columns are ${header.map((name) => describe(name)).join(", ")}`;
  for (const name of COLUMNS) {
    const explicit = options[name] !== undefined || name === "textColumn";
    if (explicit && !seen.has(columns[name])) {
      throw inputError(`no column ${describe(columns[name])} (option "${name}"); ${available}`, path, headerLine);
    }
  }

  const fields = {
    id: columns.idColumn,
    text: columns.textColumn,
    date: columns.dateColumn,
    speaker: columns.speakerColumn,
    title: columns.titleColumn,
    source: columns.sourceColumn,
  };
  const stem = basename(path, extname(path));
  const docs: Document[] = [];
  for (const { fields: values, line } of rows.slice(1)) {
    if (values.length !== header.length) {
      sink.reject(inputError(`expected ${header.length} fields as in the header; got ${values.length}`, path, line));
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, values[i]]));
    const doc = recordToDocument(record, fields, { id: `${stem}-${line}`, source: `${path}:${line}` }, settings.dateOrder);
    if (isRecordProblem(doc)) sink.reject(inputError(doc.problem.replace(/^field "/, 'column "'), path, line));
    else if (sink.claim(doc.id, `line ${line}`, path, line)) docs.push(doc);
  }
  return freezeCorpus(docs);
}

/** A CSV record and the line it starts on. */
interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

function parseCsv(bytes: Buffer, delimiter: string, path: string): CsvRow[] {
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parse(bytes, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, encoding: "utf8" }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw inputError(`malformed CSV: ${error.message}`, path, line);
    }
    throw error;
  }
  // A record starts after the previous one's end (info.bytes) and any empty lines; its line
  // is counted from the bytes, as csv-parse's own line count drifts on "\r\n" inside quotes.
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let counted = 0;
  for (const { record, info } of parsed) {
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    for (let nl = bytes.indexOf(0x0a, counted); nl !== -1 && nl < start; nl = bytes.indexOf(0x0a, nl + 1)) line++;
    counted = start;
    rows.push({ fields: record, line });
    start = info.bytes;
  }
  return rows;
}
