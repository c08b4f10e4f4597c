import { checkInteger } from "../errors";
import { tokenPolicy, type TokenOptions } from "../segment/token-filter";
import type { Corpus } from "../types";
import { keynessRows, keynessSettings, type KeynessOptions, type KeynessRow, type TermCounts } from "./keyness-of-counts";
import { termFrequency, type TermFrequencyOptions, type TermFrequencyRow } from "./term-frequency";

export { KEYNESS_COLUMNS, KeynessDirection, KeynessMeasure, PCorrection } from "./keyness-of-counts";
export type { KeynessOptions, KeynessRow, TermCounts } from "./keyness-of-counts";

/** Options of keyness: {@link KeynessOptions}, token options and `ngram`. */
export interface KeynessCorpusOptions extends KeynessOptions, TokenOptions {
  /** Compare n-grams of this length (1 to 3). Default 1. N-grams never cross punctuation or sentences. */
  readonly ngram?: number;
}

/**
 * Keyness of a target corpus against a reference corpus: the terms (or n-grams) whose
 * relative frequency differs, in either direction, with log-likelihood G², chi-square
 * with Yates' correction, p-values (optionally Bonferroni- or FDR-corrected), Hardie's log
 * ratio and %DIFF.
 *
 * Both corpora are counted as {@link termFrequency} counts them (punctuation removed by
 * default; totals are the tokens counted, before stopword removal), then compared with
 * {@link keynessOfCounts}. For a term with a = n_target, b = n_reference and totals c, d:
 * the 2x2 table is [[a, c - a], [b, d - b]]; g2 = 2 Σ O ln(O/E) (0 ln 0 = 0);
 * chi2 = Σ (max(0, |O - E| - 0.5))² / E; p = P(χ²₁ ≥ g2); log_ratio = log2((a/c)/(b/d));
 * pct_diff = 100 (a/c - b/d)/(b/d); 0.5 replaces a zero count in the last two.
 *
 * @param target The corpus of interest (e.g. speeches since 2001).
 * @param reference The corpus it is compared with (e.g. the earlier speeches).
 * @param options
 * - `measure` ("g2"): rank by "g2", "chi2", "log_ratio" or "pct_diff".
 * - `minCount` (5): test terms with n_target + n_reference ≥ minCount.
 * - `maxP` (1): keep rows with p_adjusted ≤ maxP; `correction` ("none"): "bonferroni",
 *   "fdr" (Benjamini–Hochberg) over the tested terms.
 * - `top` (all): the K strongest terms of each direction.
 * - `ngram` (1): 1 to 3.
 * - token options: `lowercase` (true), `hyphens` ("split"), `removePunct` (true),
 *   `removeNumbers` (false), `stopwords` (none), `stem` (none) or `lemma` (false): compare
 *   stems or lemmas.
 * - `onWarning`: an empty target or reference (rows are then empty).
 * @returns Rows with the columns {@link KEYNESS_COLUMNS} (see {@link KeynessRow}):
 *   target-key terms first, then reference-key terms, each strongest first.
 * @example
 * const all = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * const rows = keyness(all.filter((d) => d.date! >= "2001"), all.filter((d) => d.date! < "2001"), { stopwords: "en", top: 20, correction: "fdr" });
 * rows.filter((r) => r.direction === "target").map((r) => r.term); // ["america", "jobs", "tonight", "americans", "iraq", ...]
 * @see Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. Computational Linguistics 19(1), 61–74.
 * @see Hardie, A. (2014). Log Ratio: an informal introduction. CASS, Lancaster University.
 * @see Gabrielatos, C. & Marchi, A. (2012). Keyness: appropriate metrics and practical issues. CADS International Conference, Bologna.
 * @see Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate. JRSS B 57(1), 289–300.
 */
export function keyness(target: Corpus, reference: Corpus, options: KeynessCorpusOptions = {}): KeynessRow[] {
  const fn = "keyness";
  const settings = keynessSettings(fn, options);
  tokenPolicy(fn, options, true);
  const ngram = checkInteger(fn, 'option "ngram"', options.ngram ?? 1, 1, 3);
  const counting = keynessCounting(options, ngram);
  const count = (corpus: Corpus): TermCounts => termCountsOf(termFrequency(corpus, counting));
  return keynessRows(fn, count(target), count(reference), settings, options.onWarning);
}

/** How keyness counts each side: the term-frequency options of its token options and n-gram length. @internal */
export function keynessCounting(options: KeynessCorpusOptions, ngram: number): TermFrequencyOptions {
  return {
    ngram,
    lowercase: options.lowercase,
    hyphens: options.hyphens,
    removePunct: options.removePunct ?? true,
    removeNumbers: options.removeNumbers,
    removeSymbols: options.removeSymbols,
    stopwords: options.stopwords,
    stem: options.stem,
    lemma: options.lemma,
  };
}

/** The term counts of one side from its (ungrouped) term-frequency rows. @internal */
export function termCountsOf(rows: readonly TermFrequencyRow[]): TermCounts {
  const counts = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) counts[i] = rows[i].count;
  return { terms: rows.map((r) => r.term), counts, total: rows.length === 0 ? 0 : rows[0].total_tokens };
}
