import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus, Document } from "../types";
import { DiscourseError, ErrorCode, argumentError, checkString, describe } from "../errors";
import { FILE_KIND_EXTENSIONS, fileKind } from "./corpus-source-kind";
import { fileDocuments, type FileDocumentOptions } from "./file-documents";
import { freezeCorpus } from "./freeze-corpus";
import { checkIngestOptions } from "./ingest-options";
import type { JsonFieldOptions } from "./jsonl-fields";
import { readCsv, type ReadCsvOptions } from "./read-csv";
import { readJson } from "./read-json";
import { readJsonl } from "./read-jsonl";
import { RecordSink } from "./record-sink";

/** Options of {@link readFolder}: its own, and those of the readers of the files in it. */
export interface ReadFolderOptions extends ReadCsvOptions, JsonFieldOptions, FileDocumentOptions {
  /** File extensions read (compared case-insensitively). Default: every kind readFolder reads (see there). */
  readonly extensions?: readonly string[];
}

/** Every extension a folder reads by default. */
const ALL_EXTENSIONS = Object.values(FILE_KIND_EXTENSIONS).flat();

/**
 * Reads the files of a folder and its subfolders into a Corpus. A folder may mix formats:
 *
 * - `.txt`, `.md`: one document per file; optional YAML front matter between "---" lines
 *   gives `id`, `date`, `speaker`, `title`, `source` (other keys go to `meta`, nested
 *   values as JSON text); the text is the body after it, exactly as in the file.
 * - `.html`, `.htm`: the page's main text without navigation, header, footer and sidebars
 *   (Mozilla Readability), title and `meta.author` and date from its meta tags.
 * - `.pdf`: the text in reading order, one document per file (or per page with
 *   `pdfPages`); title, `meta.author` and creation date from its document information.
 * - `.docx`: the text of the body (mammoth); title, `meta.author` and creation date from
 *   its core properties.
 * - `.csv`, `.jsonl`/`.ndjson`, `.json`: the documents of each file, as readCsv, readJsonl
 *   and readJson read them (with the column and field options given here).
 *
 * Files are taken in order of their relative paths compared by code point ("/"
 * separators); names starting with "." are skipped, and so are files of other kinds (one
 * `ignored_files` warning counts them). Text files (.txt, .md, .html, .csv) are read as
 * UTF-8 when they are, by byte order mark or declared charset, in `encoding` when given,
 * else in the encoding detected, with an `encoding_assumed` warning naming it. Dates as
 * people write them become ISO, the text as written kept in `meta.date_original` (see
 * isoDate; `dateOrder` reads "03/04/2019").
 *
 * Defaults for one-document files: id = the relative path without extension
 * ("2019/state-of-the-union"); date = from the file name when the file gives none (see
 * `dateFromFileName`; a `date_conflict` warning when front matter or a meta tag disagrees
 * with the name); source = the file's path.
 *
 * Errors name the file, and the line where possible: invalid UTF-8 in a file marked as
 * UTF-8, bad YAML, an unclosed front matter block, no text (a scanned PDF), a damaged PDF or
 * DOCX, an impossible or ambiguous date, a duplicate id (naming both files). With
 * `skipInvalid` those files (or records) are skipped and reported to `onWarning`. A missing
 * folder is an `io` error. An empty folder gives an empty corpus and an `empty_corpus`
 * warning.
 *
 * Options: `extensions` (all of the above), `dateFromFileName` (true), `pdfPages` (false),
 * `encoding` (detected), `dateOrder` (none), the readCsv column options and the JSON field
 * options, `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches/2019-09-17_thunberg.md:  ---\nspeaker: Greta Thunberg\n---\nMy message is...
 * // speeches/harbour.html, speeches/statement.pdf, speeches/letters.csv, ...
 * const corpus = await readFolder("speeches");
 * corpus[0]; // { id: "2019-09-17_thunberg", date: "2019-09-17", speaker: "Greta Thunberg", text: "My message is...", ... }
 * ```
 */
export async function readFolder(dir: string, options: ReadFolderOptions = {}): Promise<Corpus> {
  const fn = "readFolder";
  const settings = checkIngestOptions(fn, options);
  checkString(fn, "dir", dir);
  const { extensions = ALL_EXTENSIONS, dateFromFileName = true, pdfPages = false } = options;
  if (!Array.isArray(extensions) || extensions.length === 0 || !extensions.every((e) => typeof e === "string" && /^\.[^./\\]+$/.test(e))) {
    throw argumentError(fn, 'option "extensions"', 'a non-empty array of extensions such as ".txt"', extensions);
  }
  const unknown = extensions.find((e) => fileKind(`x${e}`) === undefined);
  if (unknown !== undefined) throw argumentError(fn, 'option "extensions"', `extensions of kinds it reads (${ALL_EXTENSIONS.join(", ")})`, unknown);
  if (typeof dateFromFileName !== "boolean") throw argumentError(fn, 'option "dateFromFileName"', "a boolean", dateFromFileName);
  if (typeof pdfPages !== "boolean") throw argumentError(fn, 'option "pdfPages"', "a boolean", pdfPages);
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const sink = new RecordSink(settings);

  const ignored: string[] = [];
  const files: string[] = [];
  for (const rel of await listFiles(dir)) {
    const dot = rel.lastIndexOf(".");
    const ext = dot > rel.lastIndexOf("/") + 1 ? rel.slice(dot).toLowerCase() : "";
    (wanted.has(ext) ? files : ignored).push(rel);
  }
  const kinds = [...wanted].join(", ");
  if (ignored.length > 0) {
    sink.warn({
      code: "ignored_files",
      message: `${dir}: ${ignored.length} file(s) not ending in ${kinds} were ignored (first: ${describe(ignored[0])})`,
      file: dir,
    });
  }

  const docs: Document[] = [];
  const { extensions: _e, ...readerOptions } = options;
  for (const rel of files) {
    const file = join(dir, rel);
    const kind = fileKind(rel);
    try {
      let found: readonly Document[];
      if (kind === "csv") found = await readCsv(file, readerOptions);
      else if (kind === "jsonl") found = await readJsonl(file, { ...readerOptions, metaFile: undefined });
      else if (kind === "json") found = await readJson(file, readerOptions);
      else if (kind !== undefined) found = await fileDocuments(file, rel, kind, { dateFromFileName, pdfPages }, sink);
      else continue;
      const oneFile = kind === "text" || kind === "html" || kind === "docx" || (kind === "pdf" && !pdfPages);
      for (const doc of found) if (sink.claim(doc.id, oneFile ? rel : (doc.source ?? rel), file)) docs.push(doc);
    } catch (error) {
      if (!(error instanceof DiscourseError) || error.code === ErrorCode.io) throw error;
      sink.reject(error);
    }
  }
  if (docs.length === 0 && files.length === 0) {
    sink.warn({ code: "empty_corpus", message: `${dir}: no ${kinds} files`, file: dir });
  }
  return freezeCorpus(docs);
}

/** Relative paths ("/"-separated) of the files under `dir`, sorted by code point. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(rel === "" ? dir : join(dir, rel), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "no such folder" : code === "ENOTDIR" ? "not a folder" : (error as Error).message;
      throw new DiscourseError(ErrorCode.io, `${rel === "" ? dir : join(dir, rel)}: cannot read: ${reason}`, { file: dir });
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(join(dir, path)).catch(() => undefined);
        isFile = target?.isFile() ?? false;
        isDir = false; // symlinked folders are not followed (no cycles)
      }
      if (isDir) await walk(path);
      else if (isFile) out.push(path);
    }
  };
  await walk("");
  return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
