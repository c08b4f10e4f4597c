import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus, Document } from "../types";
import { DiscourseError, ErrorCode, argumentError, checkString, describe, inputError } from "../errors";
import { decodeUtf8 } from "./decode-utf8";
import { freezeCorpus } from "./freeze-corpus";
import { splitFrontMatter } from "./front-matter";
import type { IngestOptions } from "./ingest-options";
import { checkIngestOptions } from "./ingest-options";
import { readFileBytes } from "./read-file-bytes";
import { RecordSink } from "./record-sink";
import { dateProblem, isRecordProblem, recordToDocument } from "./record-to-document";

/** Options of {@link readFolder}. */
export interface ReadFolderOptions extends IngestOptions {
  /** File extensions read (compared case-insensitively). Default `[".txt", ".md"]`. */
  readonly extensions?: readonly string[];
  /**
   * Take a document's date from a file name starting with YYYY, YYYY-MM or YYYY-MM-DD
   * ("2019-09-17_speech.txt", "1999_x.md") when its front matter has none. Default `true`.
   */
  readonly dateFromFileName?: boolean;
}

const FRONT_MATTER_FIELDS = { id: "id", date: "date", speaker: "speaker", title: "title", source: "source" } as const;
const FILE_NAME_DATE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?!\d)/;

/**
 * Reads the text files of a folder and its subfolders into a Corpus, one document per file.
 *
 * Files are taken in order of their relative paths compared by code point (with "/"
 * separators); names starting with "." are skipped, and so are files with other
 * extensions (one `ignored_files` warning counts them). Each file must be UTF-8; a
 * byte order mark is dropped. A file may start with YAML front matter between "---" lines:
 * its `id`, `date`, `speaker`, `title` and `source` become the document's, every other key
 * goes to `meta` (nested values as JSON text). The document's text is the body after the
 * front matter, exactly as in the file.
 *
 * Defaults: id = the relative path without extension ("2019/state-of-the-union"); date =
 * from the file name when the front matter has none (front matter wins; a `date_conflict`
 * warning when they disagree); source = the file's path.
 *
 * Errors name the file, and the line within the front matter where possible: invalid
 * UTF-8, bad YAML, an unclosed front matter block, no text after the front matter, an
 * impossible date (2019-02-29), a duplicate id (naming both files). With `skipInvalid`
 * those files are skipped and reported to `onWarning`. A missing folder is an `io` error.
 * An empty folder gives an empty corpus and an `empty_corpus` warning.
 *
 * Options: `extensions` ([".txt", ".md"]), `dateFromFileName` (true), `skipInvalid`
 * (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches/2019-09-17_thunberg.md:  ---\nspeaker: Greta Thunberg\n---\nMy message is...
 * const corpus = await readFolder("speeches");
 * corpus[0]; // { id: "2019-09-17_thunberg", date: "2019-09-17", speaker: "Greta Thunberg", text: "My message is...", ... }
 * ```
 */
export async function readFolder(dir: string, options: ReadFolderOptions = {}): Promise<Corpus> {
  const fn = "readFolder";
  const settings = checkIngestOptions(fn, options);
  checkString(fn, "dir", dir);
  const { extensions = [".txt", ".md"], dateFromFileName = true } = options;
  if (!Array.isArray(extensions) || extensions.length === 0 || !extensions.every((e) => typeof e === "string" && /^\.[^./\\]+$/.test(e))) {
    throw argumentError(fn, 'option "extensions"', 'a non-empty array of extensions such as ".txt"', extensions);
  }
  if (typeof dateFromFileName !== "boolean") throw argumentError(fn, 'option "dateFromFileName"', "a boolean", dateFromFileName);
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const sink = new RecordSink(settings);

  const ignored: string[] = [];
  const files: string[] = [];
  for (const rel of await listFiles(dir)) {
    const dot = rel.lastIndexOf(".");
    const ext = dot > rel.lastIndexOf("/") + 1 ? rel.slice(dot).toLowerCase() : "";
    (wanted.has(ext) ? files : ignored).push(rel);
  }
  if (ignored.length > 0) {
    sink.warn({
      code: "ignored_files",
      message: `${dir}: ${ignored.length} file(s) not ending in ${[...wanted].join(" or ")} were ignored (first: ${describe(ignored[0])})`,
      file: dir,
    });
  }

  const docs: Document[] = [];
  for (const rel of files) {
    const file = join(dir, rel);
    try {
      const doc = readTextFile(file, rel, await readFileBytes(file), dateFromFileName, sink);
      if (sink.claim(doc.id, rel, file)) docs.push(doc);
    } catch (error) {
      if (!(error instanceof DiscourseError) || error.code === ErrorCode.io) throw error;
      sink.reject(error);
    }
  }
  if (docs.length === 0 && files.length === 0) {
    sink.warn({ code: "empty_corpus", message: `${dir}: no ${[...wanted].join(" or ")} files`, file: dir });
  }
  return freezeCorpus(docs);
}

/** One file's document; throws a DiscourseError naming the file (and line) when it is bad. */
function readTextFile(file: string, rel: string, bytes: Buffer, dateFromFileName: boolean, sink: RecordSink): Document {
  const { data, body, keyLines, bodyLine } = splitFrontMatter(decodeUtf8(bytes, file), file, (w) => sink.warn(w));
  if (!/\S/.test(body)) {
    const after = keyLines.size > 0 || bodyLine > 1 ? " after the front matter" : "";
    throw inputError(`no text${after}`, file, bodyLine > 1 ? bodyLine : undefined);
  }
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  let fileDate: string | undefined;
  if (dateFromFileName) {
    fileDate = FILE_NAME_DATE.exec(name)?.[1];
    const hasDate = data.date !== undefined && data.date !== null && data.date !== "";
    if (fileDate !== undefined && !hasDate) {
      const bad = dateProblem(`date from the file name ${describe(name)}`, fileDate);
      if (bad !== undefined) throw inputError(bad, file);
    }
  }
  const stem = rel.slice(0, rel.length - (name.length - (name.lastIndexOf(".") === -1 ? name.length : name.lastIndexOf("."))));
  const doc = recordToDocument(data, FRONT_MATTER_FIELDS, { id: stem, text: body, source: file, date: fileDate });
  if (isRecordProblem(doc)) {
    const problem = doc.problem.replace(/^field "/, 'front matter "').replace(/^missing field/, "missing front matter");
    throw inputError(problem, file, doc.field === undefined ? undefined : keyLines.get(doc.field));
  }
  if (fileDate !== undefined && doc.date !== undefined && !doc.date.startsWith(fileDate) && !fileDate.startsWith(doc.date)) {
    const line = keyLines.get("date");
    sink.warn({
      code: "date_conflict",
      message: `${file}${line === undefined ? "" : `:${line}`}: front matter date ${describe(doc.date)} differs from the file name's ${describe(fileDate)}; using the front matter's`,
      file,
      ...(line === undefined ? {} : { line }),
    });
  }
  return doc;
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
