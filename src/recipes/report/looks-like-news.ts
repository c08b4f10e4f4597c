import { termFrequency } from "../../measure/term-frequency";
import type { Corpus } from "../../types";

/** Reporting verbs counted by {@link looksLikeNews}. */
const REPORTING = ["said", "says", "told", "according", "added", "stated", "spokesman", "spokeswoman", "spokesperson"] as const;
/** Reporting words per 1,000 words from which a text reads as a report. */
const MIN_RATE = 4;

/**
 * Whether a corpus holds news reports rather than speeches: at least half of its documents
 * have a `published` or `outlet` field, or carry quotation marks and at least 4 reporting
 * words ("said", "told", "according", ...) per 1,000 words (speeches have well under 1;
 * wire copy 10 and more). Pure.
 * @example
 * looksLikeNews(sotuCorpus()); // false
 */
export function looksLikeNews(corpus: Corpus): boolean {
  if (corpus.length === 0) return false;
  const rows = termFrequency(corpus, { by: "document", terms: [...REPORTING] });
  // Rates of one document add up: the per-1,000 rate of all reporting words is the sum of each word's.
  const reporting = new Map<string, number>();
  for (const r of rows) reporting.set(r.group, (reporting.get(r.group) ?? 0) + (Number.isFinite(r.per_1k) ? r.per_1k : 0));
  let reports = 0;
  for (const doc of corpus) {
    if (doc.meta.published !== undefined || doc.meta.outlet !== undefined) {
      reports++;
      continue;
    }
    const quoted = /["“”«»„]/.test(doc.text);
    if (quoted && (reporting.get(doc.id) ?? 0) >= MIN_RATE) reports++;
  }
  return reports * 2 >= corpus.length;
}
