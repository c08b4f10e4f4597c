import type { Corpus, Document } from "../types";
import { folderStream, type ReadFolderOptions } from "./folder-documents";
import { freezeCorpus } from "./freeze-corpus";

export type { ReadFolderOptions } from "./folder-documents";

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
 * Collects {@link folderDocuments} (which streams the same documents), except that with
 * `skipInvalid` a file that fails part-way gives no documents at all.
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
  const docs: Document[] = [];
  for await (const doc of folderStream("readFolder", dir, options, true)) docs.push(doc);
  return freezeCorpus(docs);
}
