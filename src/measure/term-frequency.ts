import { tokenStream } from "../segment/token-stream";
import type { Corpus } from "../types";
import { TermCounter, type TermFrequencyOptions, type TermFrequencyRow } from "./term-counter";

export { TERM_FREQUENCY_COLUMNS } from "./term-counter";
export type { TermFrequencyOptions, TermFrequencyRow } from "./term-counter";

/**
 * Term frequencies: counts, rate per 1,000 tokens, document frequency and tf-idf, for
 * words or n-grams, overall or per document, metadata field or period.
 *
 * @param corpus The documents.
 * @param options
 * - `by` ("none"): "document", "year", "month", "quarter", "week" (ISO), "decade",
 *   "century", "period" (+ `breaks`), "era" (+ `eras`), or a field / metadata key
 *   ("speaker", "party", "lang"); a field no document has is an error naming the nearest.
 * - `split`: a second field for small multiples (column `split`).
 * - `ngram` (1): 1 to 3; n-grams never cross punctuation or sentence ends, and with
 *   `stopwords` an n-gram containing a stopword is not counted.
 * - `top` (all), `minCount` (1), `terms` (all; given terms are reported in every group,
 *   zeros included, each counted as a phrase of its own length whatever `ngram` is).
 * - token options: `lowercase` (true), `hyphens` ("split"), `unicode` ("NFC"),
 *   `removePunct` (true), `removeNumbers`, `removeUrls`, `removeEmails`, `removeHandles`,
 *   `removeHashtags` (false), `stopwords` (none; "auto" for each document's language,
 *   "en", "en,fa+word-word", ...).
 * - `onWarning`: documents lacking the grouping field (one warning with the count),
 *   terms never seen, languages without a stopword list.
 * @returns Rows with the columns {@link TERM_FREQUENCY_COLUMNS} (see {@link TermFrequencyRow}),
 *   groups in date order (then label), terms by count descending then codepoint order.
 *   `toDataFrame(rows)` gives the danfo DataFrame.
 * @example
 * const rows = termFrequency(sotuCorpus(), { by: "decade", stopwords: "en", top: 10 });
 * rows[0]; // { group: "1790s", group_start: "1790", term: "united", count: ..., per_1k: ..., ... }
 * @see Manning, Raghavan & Schütze (2008), Introduction to Information Retrieval, ch. 6 (tf-idf).
 */
export function termFrequency(corpus: Corpus, options: TermFrequencyOptions = {}): TermFrequencyRow[] {
  return termFrequencyOf("termFrequency", corpus, options);
}

/** {@link termFrequency} for a function built on it (`termRates`), its errors and warnings naming `fn`. @internal */
export function termFrequencyOf(fn: string, corpus: Corpus, options: TermFrequencyOptions): TermFrequencyRow[] {
  const counter = new TermCounter(fn, options);
  const groups = corpus.map((doc) => counter.groupOf(doc));
  counter.report(); // an unknown grouping field fails before the counting
  const tk = tokenStream(corpus, counter.scan); // the corpus's one tokenization, shared
  corpus.forEach((doc, d) => counter.addTokens(tk, d, groups[d], doc.date ?? null, doc.meta.lang));
  return counter.rows();
}
