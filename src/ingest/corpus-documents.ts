import { basename } from "node:path";
import type { Document } from "../types";
import { argumentError, checkString } from "../errors";
import { corpusSourceKind } from "./corpus-source-kind";
import { csvDocuments } from "./csv-documents";
import { fileDocuments } from "./file-documents";
import { folderDocuments } from "./folder-documents";
import { freezeDocument } from "./freeze-corpus";
import { checkIngestOptions } from "./ingest-options";
import { jsonlDocuments } from "./jsonl-documents";
import { jsonFields } from "./jsonl-fields";
import type { LoadCorpusOptions } from "./load-corpus";
import { readJson } from "./read-json";
import { RecordSink } from "./record-sink";
import { sotuCorpus } from "./sotu-corpus";

/**
 * Streams the documents of any corpus spec loadCorpus takes, in loadCorpus's order, with
 * memory bounded by one file (by one record for CSV and JSON Lines files).
 *
 * - `"sotu"`: the bundled addresses of {@link sotuCorpus} (options `from`, `to`).
 * - a folder: {@link folderDocuments}, file by file.
 * - `*.jsonl`, `*.ndjson`: {@link jsonlDocuments}, line by line (`metaFile` too).
 * - `*.csv`: {@link csvDocuments}, record by record.
 * - `*.json`, and one-document files (`*.txt`, `*.md`, `*.html`, `*.pdf`, `*.docx`): read
 *   whole, as loadCorpus reads them, then yielded.
 *
 * The documents are loadCorpus's (same ids, texts, dates, meta, order, errors and warnings)
 * except that no language is set: `meta.lang` is there only when a record or front matter
 * gives it, as written. Give each document its language with withLanguages on a batch, or
 * detectLanguage on its text. Options of withLanguages (`lang`, `minLetters`) are ignored.
 * Options are validated when called, before reading: a spec that does not exist is an `io`
 * error, a file of another kind an `invalid_argument` error listing what is accepted. Errors
 * in the data are thrown when the stream reaches them. As with folderDocuments, with
 * `skipInvalid` a folder's file that fails part-way keeps the documents yielded before
 * (loadCorpus gives none of that file).
 *
 * Options: those of loadCorpus, each used by the reader of the spec's kind (see there).
 *
 * @example
 * ```ts
 * let words = 0;
 * for await (const doc of corpusDocuments("archive/", { dateOrder: "dmy" })) {
 *   words += doc.text.split(/\s+/).length;
 * }
 * ```
 */
export function corpusDocuments(spec: string, options: LoadCorpusOptions = {}): AsyncGenerator<Document, void, undefined> {
  const fn = "corpusDocuments";
  checkString(fn, "spec", spec);
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const kind = corpusSourceKind(spec);
  switch (kind) {
    case "sotu": {
      const { from, to } = options;
      const addresses = sotuCorpus({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
      return yieldAll(async () => addresses);
    }
    case "folder":
      return folderDocuments(spec, options);
    case "jsonl":
      return jsonlDocuments(spec, options);
    case "csv":
      return csvDocuments(spec, options);
    case "json":
      // readJson's own checks, now rather than when the stream starts.
      checkIngestOptions("readJson", options);
      jsonFields("readJson", options);
      return yieldAll(() => readJson(spec, options));
    default: {
      const sink = new RecordSink(checkIngestOptions(fn, options));
      const { dateFromFileName = true, pdfPages = false } = options;
      if (typeof dateFromFileName !== "boolean") throw argumentError(fn, 'option "dateFromFileName"', "a boolean", dateFromFileName);
      if (typeof pdfPages !== "boolean") throw argumentError(fn, 'option "pdfPages"', "a boolean", pdfPages);
      return yieldAll(() => fileDocuments(spec, basename(spec), kind, { dateFromFileName, pdfPages }, sink));
    }
  }
}

/** Yields the documents `read` gives (frozen), reading when the stream starts. */
async function* yieldAll(read: () => Promise<readonly Document[]>): AsyncGenerator<Document, void, undefined> {
  for (const doc of await read()) yield freezeDocument(doc);
}
