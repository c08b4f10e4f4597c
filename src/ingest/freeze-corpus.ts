/** Freezing documents into a Corpus, and remembering corpora already validated. Internal. */
import type { Corpus, Document } from "../types";

const validated = new WeakSet<object>();

/** Freezes `doc` and its meta in place and returns it. */
export function freezeDocument(doc: Document): Document {
  Object.freeze(doc.meta);
  return Object.freeze(doc);
}

/** Freezes valid documents (and the array) into a Corpus that checkCorpus accepts as is. */
export function freezeCorpus(docs: Document[]): Corpus {
  for (const doc of docs) freezeDocument(doc);
  const corpus = Object.freeze(docs);
  validated.add(corpus);
  return corpus;
}

/** True when `docs` came from {@link freezeCorpus}, so it is valid and immutable. */
export function isValidatedCorpus(docs: unknown): boolean {
  return typeof docs === "object" && docs !== null && validated.has(docs);
}
