import { basename } from "node:path";
import type { Corpus } from "../types";
import { argumentError, checkString } from "../errors";
import { corpusSourceKind } from "./corpus-source-kind";
import { fileDocuments } from "./file-documents";
import { freezeCorpus } from "./freeze-corpus";
import { checkIngestOptions } from "./ingest-options";
import type { JsonlDocumentsOptions } from "./jsonl-documents";
import { readCsv } from "./read-csv";
import type { ReadFolderOptions } from "./read-folder";
import { readFolder } from "./read-folder";
import { readJson } from "./read-json";
import { readJsonl } from "./read-jsonl";
import { RecordSink } from "./record-sink";
import type { SotuCorpusOptions } from "./sotu-corpus";
import { sotuCorpus } from "./sotu-corpus";
import { withLanguages, type WithLanguagesOptions } from "./with-languages";

/** Options of {@link loadCorpus}: those of every reader (each uses its own) and of withLanguages. */
export type LoadCorpusOptions = JsonlDocumentsOptions & ReadFolderOptions & SotuCorpusOptions & WithLanguagesOptions;

/**
 * Loads a corpus from a spec: the built-in name, a folder or a file, its kind decided by
 * {@link corpusSourceKind}; then sets each document's language (`meta.lang`) with
 * {@link withLanguages}.
 *
 * - `"sotu"`: {@link sotuCorpus} (options `from`, `to`), language "en". Write `./sotu` for a folder of that name.
 * - a folder: readFolder, which reads every kind below, mixed (`extensions`,
 *   `dateFromFileName`, `pdfPages`, and the options of the readers of the files in it).
 * - `*.jsonl`, `*.ndjson`: readJsonl (`idField`, `textField`, `dateField`, `speakerField`,
 *   `titleField`, `sourceField`, `metaFile`).
 * - `*.csv`: readCsv (`textColumn`, `idColumn`, `dateColumn`, `speakerColumn`,
 *   `titleColumn`, `sourceColumn`, `delimiter`).
 * - `*.json`: readJson, an array of document objects (the JSON Lines field options).
 * - `*.txt`, `*.md`, `*.html`, `*.htm`, `*.pdf`, `*.docx`: one document (a PDF one per page
 *   with `pdfPages`), read as readFolder reads such a file; its id is the file name without
 *   extension.
 *
 * Every reader takes `encoding` (detected; a warning names the encoding assumed when not
 * UTF-8), `dateOrder` (none: "03/04/2019" is an error), `skipInvalid` (false) and
 * `onWarning` (none); options of the other readers are ignored. A document's own `lang`
 * field wins over option `lang`, which wins over detection (`minLetters`, 40). A path that
 * does not exist is an `io` error naming it; a file of another kind is an
 * `invalid_argument` error listing what is accepted.
 *
 * @example
 * ```ts
 * const corpus = await loadCorpus("../shared/corpora/sotu/data.jsonl", { metaFile: "../shared/corpora/sotu/meta.jsonl" });
 * const builtIn = await loadCorpus("sotu", { from: 1900 });
 * const archive = await loadCorpus("archive/", { dateOrder: "dmy", pdfPages: true });
 * archive[0].meta.lang; // "en"
 * ```
 */
export async function loadCorpus(spec: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const fn = "loadCorpus";
  checkString(fn, "spec", spec);
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const { lang, minLetters } = options;
  const languages = { ...(lang === undefined ? {} : { lang }), ...(minLetters === undefined ? {} : { minLetters }) };
  const kind = corpusSourceKind(spec);
  let corpus: Corpus;
  switch (kind) {
    case "sotu": {
      // The addresses are English: no need to detect it 233 times.
      const { from, to } = options;
      const addresses = sotuCorpus({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
      return withLanguages(addresses, { lang: "en", ...languages });
    }
    case "folder":
      corpus = await readFolder(spec, options);
      break;
    case "jsonl":
      corpus = await readJsonl(spec, options);
      break;
    case "csv":
      corpus = await readCsv(spec, options);
      break;
    case "json":
      corpus = await readJson(spec, options);
      break;
    default: {
      const sink = new RecordSink(checkIngestOptions(fn, options));
      const { dateFromFileName = true, pdfPages = false } = options;
      if (typeof dateFromFileName !== "boolean") throw argumentError(fn, 'option "dateFromFileName"', "a boolean", dateFromFileName);
      if (typeof pdfPages !== "boolean") throw argumentError(fn, 'option "pdfPages"', "a boolean", pdfPages);
      corpus = freezeCorpus(await fileDocuments(spec, basename(spec), kind, { dateFromFileName, pdfPages }, sink));
    }
  }
  return withLanguages(corpus, languages);
}
