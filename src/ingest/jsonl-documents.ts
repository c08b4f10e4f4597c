import type { Document, MetaValue } from "../types";
import { DiscourseError, ErrorCode, checkString, describe, inputError } from "../errors";
import { byteLines } from "./byte-lines";
import { decodeText } from "./decode-text";
import { decodeUtf8 } from "./decode-utf8";
import { freezeDocument } from "./freeze-corpus";
import { checkIngestOptions, stringOption } from "./ingest-options";
import type { JsonFieldOptions } from "./jsonl-fields";
import { jsonFields } from "./jsonl-fields";
import { RecordSink } from "./record-sink";
import type { RecordFields } from "./record-to-document";
import { idProblem, isRecordProblem, metaValue, recordToDocument } from "./record-to-document";

/** Options of {@link jsonlDocuments} and readJsonl. */
export interface JsonlDocumentsOptions extends JsonFieldOptions {
  /**
   * A second JSON Lines file with one object per document, keyed by the same id field; its
   * other fields are added to each document's meta (a field the data file already has keeps
   * the data file's value, with a `meta_conflict` warning when they differ). Default: none.
   */
  readonly metaFile?: string;
}

/**
 * Streams the documents of a JSON Lines file, one object per line, in file order.
 *
 * Reads line by line with memory bounded by the longest line, so files of hundreds of MB
 * are fine. Each line is decoded as strict UTF-8 (as JSON requires), or in `encoding` when
 * given (an ASCII-compatible one). Lines that are empty or only whitespace are ignored. Fields named by the options become id, text, date, speaker, title and source;
 * every other field goes to `meta` (a nested array or object as its JSON text). An integer
 * id is read as its decimal string. Dates as people write them ("November 4, 2019",
 * "2019/11/04", "2019-11-04T10:00:00Z") become ISO at the precision written, the text as
 * written kept in `meta.date_original` (see isoDate); an ambiguous numeric date
 * ("03/04/2019") is an error unless `dateOrder` says how to read it.
 *
 * Errors name the file and line (`invalid_input`, `duplicate_id` naming both lines, `io`):
 * malformed JSON, a line that is not an object, a missing or empty id or text, text that is
 * only whitespace, an impossible date, a duplicate id, invalid UTF-8. They are thrown when
 * the stream reaches the line; with `skipInvalid` the record is skipped and reported to
 * `onWarning`. Options are validated when called, before reading.
 *
 * Options: `idField` ("id"), `textField` ("text"), `dateField` ("date"), `speakerField`
 * ("speaker"), `titleField` ("title"), `sourceField` ("source"), `metaFile` (none),
 * `dateOrder` (none), `encoding` (UTF-8), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * for await (const doc of jsonlDocuments("sotu/data.jsonl", { metaFile: "sotu/meta.jsonl" })) {
 *   console.log(doc.id, doc.date, doc.meta.party);
 * }
 * ```
 */
export function jsonlDocuments(path: string, options: JsonlDocumentsOptions = {}): AsyncGenerator<Document, void, undefined> {
  const fn = "jsonlDocuments";
  const settings = checkIngestOptions(fn, options);
  const fields = jsonFields(fn, options);
  const metaFile = options.metaFile === undefined ? undefined : stringOption(fn, options, "metaFile", "");
  return streamDocuments(checkString(fn, "path", path), fields, metaFile, new RecordSink(settings));
}

async function* streamDocuments(
  file: string,
  fields: RecordFields,
  metaFile: string | undefined,
  sink: RecordSink,
): AsyncGenerator<Document, void, undefined> {
  const extra = metaFile === undefined ? undefined : await readMetaFile(metaFile, fields.id, sink);
  const used = new Set<string>();
  let missing = 0;
  let firstMissing = "";
  for await (const record of jsonObjects(file, sink)) {
    const doc = recordToDocument(record.value, fields, { source: `${file}:${record.line}` }, sink.settings.dateOrder);
    if (isRecordProblem(doc)) {
      sink.reject(inputError(doc.problem, file, record.line));
      continue;
    }
    if (!sink.claim(doc.id, `line ${record.line}`, file, record.line)) continue;
    if (extra !== undefined) {
      const entry = extra.get(doc.id);
      if (entry === undefined) {
        if (missing++ === 0) firstMissing = doc.id;
      } else {
        used.add(doc.id);
        yield freezeDocument({ ...doc, meta: mergeMeta(doc, entry, metaFile as string, sink) });
        continue;
      }
    }
    yield freezeDocument(doc);
  }
  if (extra !== undefined) {
    const unused = [...extra.keys()].filter((id) => !used.has(id));
    if (unused.length > 0) {
      const first = extra.get(unused[0]) as MetaEntry;
      sink.warn({
        code: "meta_unused",
        message: `${metaFile}: ${unused.length} id(s) match no document of ${file} (first: ${describe(unused[0])} at line ${first.line})`,
        file: metaFile,
        line: first.line,
      });
    }
    if (missing > 0) {
      sink.warn({
        code: "meta_missing",
        message: `${file}: ${missing} document(s) have no entry in ${metaFile} (first: ${describe(firstMissing)})`,
        file,
      });
    }
  }
}

/** A parsed JSON object and the line it came from. */
interface JsonObjectLine {
  readonly value: Record<string, unknown>;
  readonly line: number;
}

/** Yields the JSON objects of a JSON Lines file, rejecting bad lines through `sink`. */
async function* jsonObjects(file: string, sink: RecordSink): AsyncGenerator<JsonObjectLine, void, undefined> {
  for await (const { bytes, line } of byteLines(file)) {
    let text: string;
    try {
      text = sink.settings.encoding === undefined ? decodeUtf8(bytes, file, line) : decodeLine(bytes, sink.settings.encoding, file, line);
    } catch (error) {
      if (!(error instanceof DiscourseError)) throw error;
      sink.reject(error);
      continue;
    }
    if (!/\S/.test(text)) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      sink.reject(inputError(`malformed JSON: ${(error as Error).message}`, file, line));
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      sink.reject(inputError(`expected a JSON object; got ${describe(value)}`, file, line));
      continue;
    }
    yield { value: value as Record<string, unknown>, line };
  }
}

/** One line in a forced encoding (ASCII-compatible ones only: lines are split at byte 0x0A). */
function decodeLine(bytes: Buffer, encoding: string, file: string, line: number): string {
  if (/^(utf-?16|utf-?32|ucs-?2)/i.test(encoding)) {
    throw inputError(`JSON Lines cannot be read in ${encoding} (lines are split at the byte 0x0A); convert the file to UTF-8`, file, line);
  }
  return decodeText(bytes, file, { encoding }, () => {}).text;
}

/** Meta fields of one id from the meta file. */
interface MetaEntry {
  readonly meta: readonly (readonly [string, MetaValue])[];
  readonly line: number;
}

async function readMetaFile(metaFile: string, idField: string, sink: RecordSink): Promise<Map<string, MetaEntry>> {
  const entries = new Map<string, MetaEntry>();
  for await (const { value, line } of jsonObjects(metaFile, sink)) {
    let id = value[idField];
    if (typeof id === "number" && Number.isSafeInteger(id)) id = String(id);
    const bad = idProblem(`field "${idField}"`, id);
    if (bad !== undefined) {
      sink.reject(inputError(Object.hasOwn(value, idField) ? bad : `missing field "${idField}"`, metaFile, line));
      continue;
    }
    const first = entries.get(id as string);
    if (first !== undefined) {
      sink.reject(inputError(`duplicate id ${describe(id)} (at line ${line}; first at line ${first.line})`, metaFile, line, ErrorCode.duplicateId));
      continue;
    }
    const meta = Object.keys(value)
      .filter((key) => key !== idField)
      .map((key) => [key, metaValue(value[key])] as const);
    entries.set(id as string, { meta, line });
  }
  return entries;
}

function mergeMeta(doc: Document, entry: MetaEntry, metaFile: string, sink: RecordSink): Record<string, MetaValue> {
  const meta: [string, MetaValue][] = Object.entries(doc.meta);
  for (const [key, value] of entry.meta) {
    if (!Object.hasOwn(doc.meta, key)) meta.push([key, value]);
    else if (doc.meta[key] !== value) {
      sink.warn({
        code: "meta_conflict",
        message: `${metaFile}:${entry.line}: field "${key}" of ${describe(doc.id)} is ${describe(value)} but the data file has ${describe(doc.meta[key])}; keeping the data file's`,
        file: metaFile,
        line: entry.line,
      });
    }
  }
  return Object.fromEntries(meta);
}
