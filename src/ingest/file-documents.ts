/** One file of text (.txt/.md, .html, .pdf, .docx) -> its document(s). Internal to ingest/. */
import type { Document, MetaValue } from "../types";
import { describe, inputError } from "../errors";
import type { CorpusSourceKind } from "./corpus-source-kind";
import { dateText } from "./date-text";
import { decodeText } from "./decode-text";
import { docxContent } from "./docx-content";
import { splitFrontMatter } from "./front-matter";
import { declaredCharset, htmlContent, type FileContent } from "./html-content";
import { pdfContent } from "./pdf-content";
import { readFileBytes } from "./read-file-bytes";
import type { RecordSink } from "./record-sink";
import { DATE_ORIGINAL, isRecordProblem, readDate, recordToDocument } from "./record-to-document";

/** Options of the readers of single text files (a folder's, or loadCorpus's). */
export interface FileDocumentOptions {
  /**
   * Take a document's date from a file name starting with a date ("2019-09-17_speech.txt",
   * "2019_09_17 speech.pdf", "20190917-speech.docx", "1999_x.md") when the file itself gives
   * none (front matter and HTML meta tags win over the name; the name wins over a PDF's or
   * DOCX's creation date, which is when the file was made). Default `true`.
   */
  readonly dateFromFileName?: boolean;
  /** PDF: one document per page (id `<name>#page=<n>`, `meta.page`) instead of one per file. Default `false`. */
  readonly pdfPages?: boolean;
}

const FIELDS = { id: "id", date: "date", speaker: "speaker", title: "title", source: "source" } as const;
const FILE_NAME_DATE = /^(\d{4}(?:([-_.])\d{2}(?:\2\d{2})?)?|\d{8})(?![\d])/;

/**
 * The documents of the file `file` (`rel`: its path relative to the folder read, "/"
 * separators; its name without extension is the id). Throws a DiscourseError naming the
 * file (and line) when the file is bad; warnings go to `sink`.
 */
export async function fileDocuments(
  file: string,
  rel: string,
  kind: Extract<CorpusSourceKind, "text" | "html" | "pdf" | "docx">,
  options: FileDocumentOptions,
  sink: RecordSink,
): Promise<Document[]> {
  const bytes = await readFileBytes(file);
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const stem = rel.slice(0, rel.length - (dot <= 0 ? 0 : name.length - dot));
  const fileDate = options.dateFromFileName === false ? undefined : nameDate(name, file);
  const warn = sink.warn.bind(sink);
  const encoding = sink.settings.encoding;

  if (kind === "text") {
    const { text } = decodeText(bytes, file, { encoding }, warn);
    const { data, body, keyLines, bodyLine } = splitFrontMatter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, warn);
    if (!/\S/.test(body)) {
      const after = keyLines.size > 0 || bodyLine > 1 ? " after the front matter" : "";
      throw inputError(`no text${after}`, file, bodyLine > 1 ? bodyLine : undefined);
    }
    const hasDate = data.date !== undefined && data.date !== null && data.date !== "";
    const doc = recordToDocument(data, FIELDS, { id: stem, text: body, source: file, date: fileDate }, sink.settings.dateOrder);
    if (isRecordProblem(doc)) {
      const problem = doc.problem.replace(/^field "/, 'front matter "').replace(/^missing field/, "missing front matter");
      throw inputError(problem, file, doc.field === undefined ? undefined : keyLines.get(doc.field));
    }
    if (hasDate) warnConflict(doc, fileDate, "front matter", file, keyLines.get("date"), sink);
    return [doc];
  }

  let content: FileContent;
  let pages: readonly string[] | undefined;
  if (kind === "html") {
    const { text } = decodeText(bytes, file, { encoding, declared: declaredCharset(bytes) }, warn);
    content = htmlContent(text, file, warn);
  } else if (kind === "docx") {
    content = await docxContent(bytes, file);
  } else {
    const pdf = await pdfContent(bytes, file);
    pages = pdf.pages;
    content = { ...pdf.info, text: pdf.pages.filter((p) => p !== "").join("\n\n") };
  }
  if (!/\S/.test(content.text)) {
    throw inputError(kind === "pdf" ? "no text (a scanned PDF needs OCR before it can be read)" : "no text", file);
  }
  // A date the file itself declares (HTML meta) wins over its name; a creation date (PDF,
  // DOCX) does not. Machine-written dates that cannot be read are warned about and dropped.
  let date: string | undefined;
  let dateOriginal: string | undefined;
  if (content.date !== undefined && (kind === "html" || fileDate === undefined)) {
    const read = readDate(`date (${content.dateFrom})`, content.date, sink.settings.dateOrder);
    if (isRecordProblem(read)) {
      sink.warn({ code: "date_unreadable", message: `${file}: ${read.problem}; the document has no date from it`, file });
    } else {
      date = read.iso;
      dateOriginal = read.original;
    }
  }
  const meta: Record<string, MetaValue> = {};
  if (content.author !== undefined) meta.author = content.author;
  if (dateOriginal !== undefined) meta[DATE_ORIGINAL] = dateOriginal;
  const base: Document = {
    id: stem,
    text: content.text,
    ...(date === undefined ? (fileDate === undefined ? {} : { date: fileDate }) : { date }),
    ...(content.title === undefined ? {} : { title: content.title }),
    source: file,
    meta,
  };
  if (kind === "html" && date !== undefined) warnConflict(base, fileDate, "meta tag", file, undefined, sink);
  if (kind !== "pdf" || !options.pdfPages || pages === undefined) return [base];

  const docs: Document[] = [];
  const empty: number[] = [];
  pages.forEach((text, i) => {
    if (!/\S/.test(text)) empty.push(i + 1);
    else docs.push({ ...base, id: `${stem}#page=${i + 1}`, text, source: `${file}#page=${i + 1}`, meta: { ...meta, page: i + 1 } });
  });
  if (empty.length > 0) {
    sink.warn({
      code: "pdf_empty_pages",
      message: `${file}: ${empty.length} page(s) without text were left out (page ${empty.slice(0, 5).join(", ")}${empty.length > 5 ? ", ..." : ""}; a scanned page needs OCR)`,
      file,
    });
  }
  return docs;
}

/** The ISO date a file name starts with, or undefined; an impossible one is an error naming the file. */
function nameDate(name: string, file: string): string | undefined {
  const match = FILE_NAME_DATE.exec(name)?.[1];
  if (match === undefined) return undefined;
  const read = dateText(match.replace(/[_.]/g, "-"));
  if ("problem" in read) {
    // Eight digits that are no date ("12345678_report.txt") are a number, not a bad date.
    if (/^\d{8}$/.test(match)) return undefined;
    throw inputError(`date from the file name ${describe(name)}: ${read.problem}`, file);
  }
  return read.iso;
}

function warnConflict(doc: Document, fileDate: string | undefined, what: string, file: string, line: number | undefined, sink: RecordSink): void {
  if (fileDate === undefined || doc.date === undefined || doc.date.startsWith(fileDate) || fileDate.startsWith(doc.date)) return;
  sink.warn({
    code: "date_conflict",
    message: `${file}${line === undefined ? "" : `:${line}`}: ${what} date ${describe(doc.date)} differs from the file name's ${describe(fileDate)}; using the ${what}'s`,
    file,
    ...(line === undefined ? {} : { line }),
  });
}
