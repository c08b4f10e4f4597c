import { statSync } from "node:fs";
import { extname } from "node:path";
import { argumentError, checkString, DiscourseError, ErrorCode } from "../errors";

/** Kinds of corpus source {@link corpusSourceKind} tells apart, one list for types, checks and docs. */
export const CorpusSourceKind = {
  /** The bundled State of the Union addresses (the spec "sotu"). */
  sotu: "sotu",
  /** A folder: every file of a known kind in it and its subfolders. */
  folder: "folder",
  /** JSON Lines (.jsonl, .ndjson): one document per line. */
  jsonl: "jsonl",
  /** CSV with a header row (.csv): one document per record. */
  csv: "csv",
  /** A JSON array of document objects (.json). */
  json: "json",
  /** Plain text or Markdown (.txt, .md, .markdown), with optional YAML front matter: one document. */
  text: "text",
  /** A web page (.html, .htm, .xhtml): its main text, one document. */
  html: "html",
  /** A PDF (.pdf): one document, or one per page. */
  pdf: "pdf",
  /** A Word document (.docx): one document. */
  docx: "docx",
} as const;
export type CorpusSourceKind = (typeof CorpusSourceKind)[keyof typeof CorpusSourceKind];

/** File extensions of each file kind (lowercase). */
export const FILE_KIND_EXTENSIONS: Readonly<Record<Exclude<CorpusSourceKind, "sotu" | "folder">, readonly string[]>> = {
  jsonl: [".jsonl", ".ndjson"],
  csv: [".csv"],
  json: [".json"],
  text: [".txt", ".md", ".markdown"],
  html: [".html", ".htm", ".xhtml"],
  pdf: [".pdf"],
  docx: [".docx"],
};

const BY_EXTENSION = new Map<string, CorpusSourceKind>(
  Object.entries(FILE_KIND_EXTENSIONS).flatMap(([kind, exts]) => exts.map((ext) => [ext, kind as CorpusSourceKind] as const)),
);

/** What is accepted, for messages. */
export const ACCEPTED_SOURCES = `"sotu", a folder, or a ${[...BY_EXTENSION.keys()].join(", ")} file`;

/** The kind of the file named `path` by its extension (case-insensitive), or undefined. */
export function fileKind(path: string): Exclude<CorpusSourceKind, "sotu" | "folder"> | undefined {
  return BY_EXTENSION.get(extname(path).toLowerCase()) as Exclude<CorpusSourceKind, "sotu" | "folder"> | undefined;
}

/**
 * What a corpus spec names: `"sotu"` (the bundled corpus; write `./sotu` for a folder of
 * that name), a folder, or a file of a known kind chosen by its extension (compared
 * case-insensitively; see {@link CorpusSourceKind}). The one place a corpus path's kind
 * is decided, with one message for each mistake.
 *
 * Throws an `io` error naming a path that does not exist (`"x.csv: cannot read: no such
 * file or folder"`), and `invalid_argument` for a file of another kind, listing what is
 * accepted (with a hint for .doc, .odt, .rtf and spreadsheets: save as .docx or .csv).
 *
 * @param spec - "sotu" or a path
 * @example
 * ```ts
 * corpusSourceKind("sotu"); // "sotu"
 * corpusSourceKind("speeches/"); // "folder"
 * corpusSourceKind("page.HTML"); // "html"
 * ```
 */
export function corpusSourceKind(spec: string): CorpusSourceKind {
  const fn = "corpusSourceKind";
  checkString(fn, "spec", spec);
  if (spec === "sotu") return CorpusSourceKind.sotu;
  let isFolder: boolean;
  try {
    isFolder = statSync(spec).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" || code === "ENOTDIR" ? "no such file or folder" : (error as Error).message;
    throw new DiscourseError(ErrorCode.io, `${spec}: cannot read: ${reason}`, { file: spec });
  }
  if (isFolder) return CorpusSourceKind.folder;
  const kind = fileKind(spec);
  if (kind !== undefined) return kind;
  const ext = extname(spec).toLowerCase();
  const hint = [".doc", ".odt", ".rtf", ".pages"].includes(ext)
    ? " (save it as .docx)"
    : [".xls", ".xlsx", ".ods"].includes(ext)
      ? " (save it as .csv)"
      : "";
  throw argumentError("loadCorpus", "spec", `${ACCEPTED_SOURCES}${hint}`, spec);
}
