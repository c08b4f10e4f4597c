import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Corpus } from "../types";
import { DiscourseError, ErrorCode, argumentError, checkString } from "../errors";
import type { JsonlDocumentsOptions } from "./jsonl-documents";
import type { ReadCsvOptions } from "./read-csv";
import { readCsv } from "./read-csv";
import type { ReadFolderOptions } from "./read-folder";
import { readFolder } from "./read-folder";
import { readJson } from "./read-json";
import { readJsonl } from "./read-jsonl";
import type { SotuCorpusOptions } from "./sotu-corpus";
import { sotuCorpus } from "./sotu-corpus";

/** Options of {@link loadCorpus}: those of every reader; each reader uses its own. */
export type LoadCorpusOptions = JsonlDocumentsOptions & ReadCsvOptions & ReadFolderOptions & SotuCorpusOptions;

const ACCEPTED = '"sotu", a folder of .txt/.md files, or a .jsonl, .ndjson, .csv or .json file';

/**
 * Loads a corpus from a spec: a built-in name, a folder or a file, chosen by its form.
 *
 * - `"sotu"`: {@link sotuCorpus} (options `from`, `to`). Write `./sotu` for a folder of that name.
 * - a folder: readFolder (`extensions`, `dateFromFileName`).
 * - `*.jsonl`, `*.ndjson`: readJsonl (`idField`, `textField`, `dateField`, `speakerField`,
 *   `titleField`, `sourceField`, `metaFile`).
 * - `*.csv`: readCsv (`textColumn`, `idColumn`, `dateColumn`, `speakerColumn`,
 *   `titleColumn`, `sourceColumn`, `delimiter`).
 * - `*.json`: readJson, an array of document objects (the JSON Lines field options).
 *
 * Extensions compare case-insensitively. `skipInvalid` (false) and `onWarning` (none) go to
 * every reader; options of the other readers are ignored. A path that does not exist is
 * an `io` error naming it; any other file is an `invalid_argument` error listing what is
 * accepted.
 *
 * @example
 * ```ts
 * const corpus = await loadCorpus("../shared/corpora/sotu/data.jsonl", { metaFile: "../shared/corpora/sotu/meta.jsonl" });
 * const builtIn = await loadCorpus("sotu", { from: 1900 });
 * ```
 */
export async function loadCorpus(spec: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const fn = "loadCorpus";
  checkString(fn, "spec", spec);
  if (spec === "sotu") {
    const { from, to } = options ?? {};
    return sotuCorpus({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  let isFolder: boolean;
  try {
    isFolder = (await stat(spec)).isDirectory();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message;
    throw new DiscourseError(ErrorCode.io, `${fn}: cannot read ${JSON.stringify(spec)}: ${reason}`, { file: spec });
  }
  if (isFolder) return readFolder(spec, options);
  switch (extname(spec).toLowerCase()) {
    case ".jsonl":
    case ".ndjson":
      return readJsonl(spec, options);
    case ".csv":
      return readCsv(spec, options);
    case ".json":
      return readJson(spec, options);
    default:
      throw argumentError(fn, "spec", ACCEPTED, spec);
  }
}
