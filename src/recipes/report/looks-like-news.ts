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
  const reporting = new Map<string, { n: number; words: number }>();
  for (const r of rows) {
    const x = reporting.get(r.group) ?? { n: 0, words: r.n_words };
    x.n += r.count;
    reporting.set(r.group, x);
  }
  let reports = 0;
  for (const doc of corpus) {
    if (doc.meta.published !== undefined || doc.meta.outlet !== undefined) {
      reports++;
      continue;
    }
    const x = reporting.get(doc.id);
    const quoted = /["“”«»„]/.test(doc.text);
    if (quoted && x && x.words > 0 && (x.n * 1000) / x.words >= MIN_RATE) reports++;
  }
  return reports * 2 >= corpus.length;
}
