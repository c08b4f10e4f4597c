import type { Corpus, Document } from "../types";
import { checkString, describe, inputError } from "../errors";
import { decodeText } from "./decode-text";
import { decodeUtf8 } from "./decode-utf8";
import { freezeCorpus } from "./freeze-corpus";
import { checkIngestOptions } from "./ingest-options";
import type { JsonFieldOptions } from "./jsonl-fields";
import { jsonFields } from "./jsonl-fields";
import { readFileBytes } from "./read-file-bytes";
import { RecordSink } from "./record-sink";
import { isRecordProblem, recordToDocument } from "./record-to-document";

/**
 * Reads a JSON file holding an array of document objects into a Corpus, in array order.
 *
 * Each element is read as a line of a JSON Lines file is by jsonlDocuments: the same
 * field options, defaults, meta rules and checks (dates as people write them become ISO).
 * The file is UTF-8, as JSON requires, unless `encoding` says otherwise. Errors name the file and the element
 * (`[3]`); with `skipInvalid` bad elements are skipped and reported to `onWarning`. A file
 * that is not valid JSON, or not an array, always throws. Reads the whole file: for large
 * corpora use JSON Lines.
 *
 * Options: `idField` ("id"), `textField` ("text"), `dateField` ("date"), `speakerField`
 * ("speaker"), `titleField` ("title"), `sourceField` ("source"), `dateOrder` (none),
 * `encoding` (UTF-8), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches.json: [{"id": "a", "text": "We choose to go to the Moon.", "date": "1962-09-12"}]
 * const corpus = await readJson("speeches.json");
 * corpus[0].date; // "1962-09-12"
 * ```
 */
export async function readJson(path: string, options: JsonFieldOptions = {}): Promise<Corpus> {
  const fn = "readJson";
  const sink = new RecordSink(checkIngestOptions(fn, options));
  const fields = jsonFields(fn, options);
  checkString(fn, "path", path);
  let value: unknown;
  try {
    const bytes = await readFileBytes(path);
    const encoding = sink.settings.encoding;
    value = JSON.parse(encoding === undefined ? decodeUtf8(bytes, path) : decodeText(bytes, path, { encoding }, () => {}).text);
  } catch (error) {
    if (error instanceof SyntaxError) throw inputError(`malformed JSON: ${error.message}`, path);
    throw error;
  }
  if (!Array.isArray(value)) throw inputError(`expected a JSON array of document objects; got ${describe(value)}`, path);
  const docs: Document[] = [];
  value.forEach((element: unknown, i) => {
    const at = `[${i}]`;
    if (typeof element !== "object" || element === null || Array.isArray(element)) {
      sink.reject(inputError(`${at}: expected a JSON object; got ${describe(element)}`, path));
      return;
    }
    const doc = recordToDocument(element as Record<string, unknown>, fields, { source: `${path}${at}` }, sink.settings.dateOrder);
    if (isRecordProblem(doc)) sink.reject(inputError(`${at}: ${doc.problem}`, path));
    else if (sink.claim(doc.id, at, path)) docs.push(doc);
  });
  return freezeCorpus(docs);
}
