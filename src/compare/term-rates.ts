import { argumentError } from "../errors";
import type { Corpus } from "../types";
import type { GroupOptions } from "../group/document-group";
import { confidenceZ, rateInterval } from "../group/group-rates";
import { termFrequencyOf, type TermFrequencyOptions, type TermFrequencyRow } from "../measure/term-frequency";

/** Columns of {@link termRates}. */
export const TERM_RATE_COLUMNS = ["group", "group_start", "split", "term", "count", "total_tokens", "per_1k", "ci_low", "ci_high", "n_words", "n_docs", "doc_freq"] as const;

/**
 * A term's rate in one group with its confidence interval: `per_1k` is count per 1,000
 * tokens; `ci_low`, `ci_high` bound it (Wilson score interval for the proportion
 * count / total_tokens, times 1,000), computed by the one per-group step: groups in its
 * order, and a group without tokens has NaN rate and bounds.
 */
export type TermRateRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly term: string;
  readonly count: number;
  readonly total_tokens: number;
  readonly per_1k: number;
  readonly ci_low: number;
  readonly ci_high: number;
  /** Words of the group's documents (the n_words of every table). */
  readonly n_words: number;
  readonly n_docs: number;
  readonly doc_freq: number;
};

/** Options of {@link termRates}. */
export interface TermRatesOptions extends GroupOptions, Omit<TermFrequencyOptions, "terms" | "top" | "minCount"> {
  /** Confidence level of the interval, between 0 and 1 exclusive. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Rates of given terms per 1,000 tokens in each group (by default each decade), with
 * Wilson score confidence intervals, zeros included: the data of a trend with bands.
 *
 * @param corpus Dated documents.
 * @param terms Words or n-grams (all of the same length) to follow.
 * @param options Grouping (`by`: "decade" by default, "year", "period" + `breaks`, "era" +
 *   `eras`, a field), `split`, `confidence` (0.95), token options.
 * @returns Rows {@link TERM_RATE_COLUMNS}, groups in date order, terms in the order given.
 * @example
 * const rows = termRates(sotuCorpus(), ["tariff", "iran"], { by: "decade" });
 * rows[0]; // { group: "1790s", term: "tariff", count: 0, total_tokens: 21334, per_1k: 0, ci_low: 0, ci_high: 0.18, n_words: 21334, ... }
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA 22, 209-212.
 */
export function termRates(corpus: Corpus, terms: readonly string[], options: TermRatesOptions = {}): TermRateRow[] {
  const z = confidenceZ("termRates", options.confidence ?? 0.95);
  return termRateRows(termFrequencyOf("termRates", corpus, termRatesCounting(terms, options)), z);
}

/** The term-frequency options {@link termRates} counts with (after checking `terms`). @internal */
export function termRatesCounting(terms: readonly string[], options: TermRatesOptions): TermFrequencyOptions {
  if (!Array.isArray(terms) || terms.length === 0) throw argumentError("termRates", 'argument "terms"', "a non-empty list of terms", terms);
  const ngram = Math.max(...terms.map((t) => String(t).trim().split(/\s+/).length));
  const { confidence: _c, ...rest } = options;
  return { by: "decade", ngram, ...rest, terms };
}

/** The rows of {@link termRates} from its term-frequency rows, with intervals at normal quantile `z`. @internal */
export function termRateRows(rows: readonly TermFrequencyRow[], z: number): TermRateRow[] {
  return rows.map((r) => {
    const [ci_low, ci_high] = rateInterval(r.count, r.total_tokens, z);
    return {
      group: r.group,
      group_start: r.group_start,
      split: r.split,
      term: r.term,
      count: r.count,
      total_tokens: r.total_tokens,
      per_1k: r.per_1k,
      ci_low,
      ci_high,
      n_words: r.n_words,
      n_docs: r.n_docs,
      doc_freq: r.doc_freq,
    };
  });
}

/** Wilson score interval for k successes in n trials. */
