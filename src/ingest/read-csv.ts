import type { Corpus, Document } from "../types";
import { csvStream, type ReadCsvOptions } from "./csv-documents";
import { freezeCorpus } from "./freeze-corpus";

export type { ReadCsvOptions } from "./csv-documents";

/**
 * Reads a CSV file with a header row into a Corpus, one document per record, in file order.
 *
 * Collects {@link csvDocuments}: same format, options, defaults and errors (each naming
 * the file and line). Use csvDocuments itself to stream a file too large for memory.
 *
 * The file is read as UTF-8 when it is valid UTF-8, by its byte order mark (dropped), in
 * `encoding` when given, and otherwise in the encoding detected, with an `encoding_assumed`
 * warning naming it (a Latin-1 export is read as windows-1252). Quoted fields may span lines. The
 * named columns become text, id, date, speaker, title and source; every other column goes to
 * `meta` as a string ("" for an empty cell). An empty date, speaker, title or source cell
 * leaves that field absent. Dates as people write them ("4 Nov 2019") become ISO, the cell
 * kept in `meta.date_original`. A column named explicitly in the options must exist; the
 * defaults are used only when present, except the text column, which is required.
 *
 * Errors name the file and the line where the record starts: a record with more or fewer
 * fields than the header, empty or whitespace-only text, an empty id, an impossible date,
 * an ambiguous numeric date without `dateOrder`, a duplicate id (naming both lines). With
 * `skipInvalid` such records are skipped and reported to `onWarning`. Always thrown: an
 * unreadable file (`io`), invalid UTF-8 in a file marked or forced as UTF-8, broken
 * quoting, a missing column (the message lists the columns there are), repeated header names.
 *
 * Options: `textColumn` ("text"), `idColumn` ("id"), `dateColumn` ("date"), `speakerColumn`
 * ("speaker"), `titleColumn` ("title"), `sourceColumn` ("source"), `delimiter` (","),
 * `encoding` (detected), `dateOrder` (none), `skipInvalid` (false), `onWarning` (none).
 *
 * @example
 * ```ts
 * // speeches.csv:  id,date,speaker,text
 * //                a1,2019-09-17,Ann,"We choose to go..."
 * const corpus = await readCsv("speeches.csv");
 * corpus[0]; // { id: "a1", text: "We choose to go...", date: "2019-09-17", speaker: "Ann", source: "speeches.csv:2", meta: {} }
 * ```
 */
export async function readCsv(path: string, options: ReadCsvOptions = {}): Promise<Corpus> {
  const docs: Document[] = [];
  for await (const doc of csvStream("readCsv", path, options)) docs.push(doc);
  return freezeCorpus(docs);
}
