/** The text of a PDF, page by page, and its document information (pdf.js through unpdf). Internal to ingest/. */
import { getDocumentProxy } from "unpdf";
import { inputError } from "../errors";
import type { FileContent } from "./html-content";

/** The text of each page and what the PDF's document information says. */
export interface PdfContent {
  /** Text of each page, in page order ("" for a page without text, such as a scan). */
  readonly pages: readonly string[];
  readonly info: Omit<FileContent, "text">;
}

interface TextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly height: number;
}

/**
 * Text of each page of the PDF `bytes`, in the order pdf.js reads its content (the reading
 * order of the page's text), lines joined by "\n" and paragraphs (a vertical gap wider than
 * 1.5 lines) by a blank line; with Title, Author and CreationDate from its document
 * information. A file pdf.js cannot open (damaged, password-protected) is an
 * `invalid_input` error naming `file`.
 */
export async function pdfContent(bytes: Uint8Array, file: string): Promise<PdfContent> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 } as object);
  } catch (error) {
    const name = (error as Error).name;
    const reason = name === "PasswordException" ? "the PDF is password-protected" : `not a readable PDF (${(error as Error).message})`;
    throw inputError(reason, file);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText((content.items as unknown[]).filter((item): item is TextItem => typeof (item as TextItem).str === "string")));
      page.cleanup();
    }
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    const field = (name: string): string | undefined => {
      const value = info?.[name];
      return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
    };
    const title = field("Title");
    const author = field("Author");
    const date = field("CreationDate");
    return {
      pages,
      info: {
        ...(title ? { title } : {}),
        ...(author ? { author } : {}),
        ...(date ? { date, dateFrom: "PDF CreationDate" } : {}),
          },
    };
  } finally {
    await pdf.destroy();
  }
}

/** Joins a page's text items: "\n" at line ends, a blank line at a paragraph gap. */
function pageText(items: readonly TextItem[]): string {
  let out = "";
  let lastY: number | undefined;
  let lastHeight = 0;
  let lineEnded = false;
  for (const item of items) {
    const y = item.transform[5];
    if (item.str !== "") {
      if (lastY !== undefined && (lineEnded || Math.abs(y - lastY) > Math.max(1, lastHeight * 0.5))) {
        const gap = Math.abs(lastY - y);
        out = out.replace(/[ \t]+$/, "");
        out += lastHeight > 0 && gap > lastHeight * 1.5 + 0.5 ? "\n\n" : "\n";
      }
      out += item.str;
      lastY = y;
      lastHeight = item.height || lastHeight;
      lineEnded = false;
    }
    if (item.hasEOL) lineEnded = true;
  }
  return out.trim();
}
