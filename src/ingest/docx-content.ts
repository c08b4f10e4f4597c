/** The text of a Word .docx file (mammoth) and its core properties. Internal to ingest/. */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { inputError } from "../errors";
import type { FileContent } from "./html-content";

const DC = "http://purl.org/dc/elements/1.1/";
const DCTERMS = "http://purl.org/dc/terms/";

/**
 * Text of the .docx `bytes` (mammoth's raw text: paragraphs separated by a blank line,
 * headers, footers and comments left out), with the title, author (dc:creator), creation
 * date (dcterms:created) of its core properties (docProps/core.xml) when
 * present. A file that is not a readable .docx is an `invalid_input` error naming `file`.
 */
export async function docxContent(bytes: Uint8Array, file: string): Promise<FileContent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw inputError(`not a readable .docx file (${(error as Error).message})`, file);
  }
  if (zip.file("word/document.xml") === null) throw inputError("not a .docx file: it has no word/document.xml", file);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw inputError(`not a readable .docx file (${(error as Error).message})`, file);
  }
  const core = await zip.file("docProps/core.xml")?.async("string");
  const props = core === undefined ? {} : coreProperties(core);
  return { text: text.replace(/\n{3,}/g, "\n\n").trim(), ...props };
}

function coreProperties(xml: string): Omit<FileContent, "text"> {
  const doc = new DOMParser({ errorHandler: () => {} }).parseFromString(xml, "text/xml");
  const value = (ns: string, name: string): string | undefined => {
    const text = doc.getElementsByTagNameNS(ns, name)[0]?.textContent?.trim();
    return text ? text : undefined;
  };
  const title = value(DC, "title");
  const author = value(DC, "creator");
  const date = value(DCTERMS, "created");
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date, dateFrom: "DOCX dcterms:created" } : {}),
  };
}
