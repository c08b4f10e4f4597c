import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Document } from "../types";
import { DiscourseError, ErrorCode, argumentError, checkString, describe } from "../errors";
import { FILE_KIND_EXTENSIONS, fileKind } from "./corpus-source-kind";
import { csvStream, type ReadCsvOptions } from "./csv-documents";
import { fileDocuments, type FileDocumentOptions } from "./file-documents";
import { freezeDocument } from "./freeze-corpus";
import { checkIngestOptions } from "./ingest-options";
import { jsonlDocuments } from "./jsonl-documents";
import type { JsonFieldOptions } from "./jsonl-fields";
import { readJson } from "./read-json";
import { RecordSink } from "./record-sink";

/** Options of {@link folderDocuments} and readFolder: their own, and those of the readers of the files in it. */
export interface ReadFolderOptions extends ReadCsvOptions, JsonFieldOptions, FileDocumentOptions {
  /** File extensions read (compared case-insensitively). Default: every kind readFolder reads (see there). */
  readonly extensions?: readonly string[];
}

/** Every extension a folder reads by default. */
const ALL_EXTENSIONS = Object.values(FILE_KIND_EXTENSIONS).flat();

/**
 * Streams the documents of the files of a folder and its subfolders, file by file in the
 * order readFolder reads them, so memory is bounded by one file (one record for CSV and
 * JSON Lines files, which are streamed by csvDocuments and jsonlDocuments).
 *
 * Yields what readFolder collects: the same kinds of file, read the same way (see
 * readFolder for the formats, defaults and errors), with duplicate ids across files
 * detected (naming both places). One difference: with `skipInvalid`, a file that fails
 * after some of its documents were yielded (broken CSV quoting, invalid UTF-8 in a file
 * marked as UTF-8) keeps those documents, and the warning says how many; readFolder leaves
 * out every document of such a file. Options are validated when called, before reading;
 * the column and field options when the first file that uses them is read (as readFolder).
 *
 * Options: `extensions` (all kinds readFolder reads), `dateFromFileName` (true),
 * `pdfPages` (false), `encoding` (detected), `dateOrder` (none), the readCsv column
 * options and the JSON field options, `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * for await (const doc of folderDocuments("speeches", { dateOrder: "dmy" })) {
 *   console.log(doc.id, doc.date, doc.source);
 * }
 * ```
 */
export function folderDocuments(dir: string, options: ReadFolderOptions = {}): AsyncGenerator<Document, void, undefined> {
  return folderStream("folderDocuments", dir, options, false);
}

/**
 * {@link folderDocuments} with errors about arguments naming `fn`: checks the options now
 * and returns the stream. With `wholeFiles` (readFolder), the documents of a file are held
 * until the whole file has been read, so that a file failing with `skipInvalid` gives none.
 * @internal
 */
export function folderStream(fn: string, dir: string, options: ReadFolderOptions, wholeFiles: boolean): AsyncGenerator<Document, void, undefined> {
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
  const { extensions: _e, ...readerOptions } = options;
  const plan: FolderPlan = { dir, wanted: new Set(extensions.map((e) => e.toLowerCase())), files: { dateFromFileName, pdfPages }, readerOptions, wholeFiles };
  return streamFolder(plan, new RecordSink(settings));
}

/** What {@link streamFolder} reads, checked. */
interface FolderPlan {
  readonly dir: string;
  /** Extensions read, lowercase. */
  readonly wanted: ReadonlySet<string>;
  readonly files: FileDocumentOptions;
  readonly readerOptions: ReadFolderOptions;
  readonly wholeFiles: boolean;
}

async function* streamFolder(plan: FolderPlan, sink: RecordSink): AsyncGenerator<Document, void, undefined> {
  const { dir, wanted } = plan;
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

  for (const rel of files) {
    const file = join(dir, rel);
    const kind = fileKind(rel);
    if (kind === undefined) continue;
    const oneFile = kind === "text" || kind === "html" || kind === "docx" || (kind === "pdf" && !plan.files.pdfPages);
    const claim = (doc: Document): boolean => sink.claim(doc.id, oneFile ? rel : (doc.source ?? rel), file);
    const held: Document[] = [];
    let yielded = 0;
    try {
      for await (const doc of fileStream(file, rel, kind, plan, sink)) {
        if (plan.wholeFiles) held.push(doc);
        else if (claim(doc)) {
          yielded++;
          yield doc;
        }
      }
      for (const doc of held) if (claim(doc)) yield doc;
    } catch (error) {
      if (!(error instanceof DiscourseError) || error.code === ErrorCode.io) throw error;
      if (yielded === 0 || !sink.settings.skipInvalid) sink.reject(error);
      else {
        sink.warn({
          code: error.code,
          message: `${error.message} (the rest of the file skipped; its ${yielded} document(s) before that were kept)`,
          file: error.file ?? file,
          ...(error.line === undefined ? {} : { line: error.line }),
        });
      }
    }
  }
  if (files.length === 0) sink.warn({ code: "empty_corpus", message: `${dir}: no ${kinds} files`, file: dir });
}

/** The documents of one file of the folder, streamed for CSV and JSON Lines. */
async function* fileStream(
  file: string,
  rel: string,
  kind: NonNullable<ReturnType<typeof fileKind>>,
  plan: FolderPlan,
  sink: RecordSink,
): AsyncGenerator<Document, void, undefined> {
  const options = plan.readerOptions;
  // Argument errors name the readers readFolder has always called for these files.
  if (kind === "csv") yield* csvStream("readCsv", file, options);
  else if (kind === "jsonl") yield* jsonlDocuments(file, { ...options, metaFile: undefined });
  else if (kind === "json") yield* await readJson(file, options);
  else for (const doc of await fileDocuments(file, rel, kind, plan.files, sink)) yield freezeDocument(doc);
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
