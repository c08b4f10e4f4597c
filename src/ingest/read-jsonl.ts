import type { Corpus, Document } from "../types";
import { freezeCorpus } from "./freeze-corpus";
import type { JsonlDocumentsOptions } from "./jsonl-documents";
import { jsonlDocuments } from "./jsonl-documents";

/**
 * Reads a whole JSON Lines file into a Corpus, in file order.
 *
 * Collects {@link jsonlDocuments}: same format, options, defaults and errors (each naming
 * the file and line). Use jsonlDocuments itself to stream a file too large for memory.
 *
 * Options: `idField` ("id"), `textField` ("text"), `dateField` ("date"), `speakerField`
 * ("speaker"), `titleField` ("title"), `sourceField` ("source"), `metaFile` (none),
 * `dateOrder` (none), `encoding` (UTF-8), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * const corpus = await readJsonl("sotu/data.jsonl", { metaFile: "sotu/meta.jsonl" });
 * corpus[0].id; // "sotu-1790-01-08"
 * corpus[0].meta.party; // "Independent"
 * ```
 */
export async function readJsonl(path: string, options: JsonlDocumentsOptions = {}): Promise<Corpus> {
  const docs: Document[] = [];
  for await (const doc of jsonlDocuments(path, options)) docs.push(doc);
  return freezeCorpus(docs);
}
