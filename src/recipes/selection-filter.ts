import { selectionTest } from "../compare/select-documents";
import type { Document } from "../types";

/**
 * A selection (`FIELD OP VALUE[,...]`, the syntax and rules of `selectDocuments`) as a test
 * of one document, for documents that stream past (`termFrequencyFile`'s `keep`, the
 * CLI's `--where` on a JSON Lines corpus): nothing is loaded or kept. The selection is
 * parsed (and its errors thrown) when called, before any document is read.
 *
 * @param selection e.g. `party=Democratic, date>=1981`.
 * @returns Whether a document matches every clause.
 * @throws DiscourseError `invalid_argument` quoting the clause for a malformed selection.
 * @example
 * const rows = await termFrequencyFile("speeches.jsonl", { by: "decade", keep: selectionFilter("party=Whig") });
 */
export function selectionFilter(selection: string): (doc: Document) => boolean {
  return selectionTest("selectionFilter", selection);
}
