import type { Document } from "../types";
import { TermCounter, type TermFrequencyOptions, type TermFrequencyRow } from "./term-counter";

/**
 * {@link termFrequency} over documents that arrive one at a time (a JSON Lines file read
 * line by line): memory is bounded by the vocabulary and the groups, not the corpus.
 * Gives exactly the rows `termFrequency` gives on the same documents.
 *
 * @param documents Any (async) iterable of documents, e.g. `jsonlDocuments(path)`.
 * @param options As for {@link termFrequency}, plus `onDocument(index)` called after each
 *   document (for progress bars).
 * @returns The rows (columns {@link TERM_FREQUENCY_COLUMNS}).
 * @example
 * const rows = await termFrequencyStream(jsonlDocuments("speeches.jsonl"), { top: 20 });
 */
export async function termFrequencyStream(
  documents: AsyncIterable<Document> | Iterable<Document>,
  options: TermFrequencyOptions & { readonly onDocument?: (index: number, doc: Document) => void } = {},
): Promise<TermFrequencyRow[]> {
  const counter = new TermCounter("termFrequencyStream", options);
  let i = 0;
  for await (const doc of documents) {
    counter.add(doc);
    options.onDocument?.(i++, doc);
  }
  return counter.rows();
}
