import { ratePer1k } from "../group/group-rates";
import { argumentError, checkInteger, checkOneOf } from "../errors";
import type { OnWarning } from "../types";
import { adjustPValues, PCorrection } from "../stats/adjust-p-values";
import { chiSquarePValue } from "../stats/chi-square-p-value";
import { logLikelihood } from "../stats/log-likelihood";
import { yatesChiSquare } from "../stats/yates-chi-square";

export { PCorrection } from "../stats/adjust-p-values";

/** Columns of a keyness row, in output order. */
export const KEYNESS_COLUMNS = [
  "term",
  "n_target",
  "n_reference",
  "total_target",
  "total_reference",
  "per_1k_target",
  "per_1k_reference",
  "g2",
  "chi2",
  "p",
  "p_adjusted",
  "log_ratio",
  "pct_diff",
  "direction",
] as const;

/** Measures keyness rows can be ranked by. */
export const KeynessMeasure = {
  /** Dunning's log-likelihood G² (default). */
  g2: "g2",
  /** Pearson chi-square with Yates' correction. */
  chi2: "chi2",
  /** Hardie's log ratio (effect size), ranked by its absolute value. */
  log_ratio: "log_ratio",
  /** Gabrielatos & Marchi's %DIFF (effect size), ranked by its absolute value. */
  pct_diff: "pct_diff",
} as const;
export type KeynessMeasure = (typeof KeynessMeasure)[keyof typeof KeynessMeasure];

/** Which corpus a term is key in. */
export const KeynessDirection = { target: "target", reference: "reference" } as const;
export type KeynessDirection = (typeof KeynessDirection)[keyof typeof KeynessDirection];

/**
 * One term compared between a target and a reference. With a = n_target, b = n_reference,
 * c = total_target, d = total_reference, the 2x2 table is [[a, c - a], [b, d - b]].
 * - `per_1k_target`, `per_1k_reference`: 1000·a/c and 1000·b/d.
 * - `g2`: Dunning's log-likelihood, 2 Σ O ln(O/E) over the four cells (0 ln 0 = 0).
 * - `chi2`: Pearson chi-square with Yates' correction, Σ (max(0, |O-E| - 0.5))² / E.
 * - `p`: P(χ²₁ ≥ g2); `p_adjusted`: after the `correction` over the m tested terms.
 * - `log_ratio`: log2((a/c) / (b/d)), 0.5 in place of a zero a or b (Hardie 2014).
 * - `pct_diff`: 100 · (a/c - b/d) / (b/d), the same 0.5 for a zero count (Gabrielatos &
 *   Marchi 2012 use a tiny number instead, which makes %DIFF explode for b = 0).
 * - `direction`: "target" when a/c > b/d, else "reference".
 */
export type KeynessRow = {
  readonly term: string;
  readonly n_target: number;
  readonly n_reference: number;
  readonly total_target: number;
  readonly total_reference: number;
  readonly per_1k_target: number;
  readonly per_1k_reference: number;
  readonly g2: number;
  readonly chi2: number;
  readonly p: number;
  readonly p_adjusted: number;
  readonly log_ratio: number;
  readonly pct_diff: number;
  readonly direction: KeynessDirection;
};

/** Term counts of one corpus: `counts[i]` occurrences of `terms[i]` among `total` tokens. */
export interface TermCounts {
  readonly terms: readonly string[];
  readonly counts: ArrayLike<number>;
  readonly total: number;
}

/** Options of keyness and keynessOfCounts. */
export interface KeynessOptions {
  /** Rank by "g2" (default), "chi2", "log_ratio" or "pct_diff" (the last two by absolute value). */
  readonly measure?: KeynessMeasure;
  /** Test a term when n_target + n_reference ≥ minCount. Default 5. */
  readonly minCount?: number;
  /** Keep rows with p_adjusted ≤ maxP. Default 1 (all). */
  readonly maxP?: number;
  /** Keep the K strongest terms of each direction. Default: all. */
  readonly top?: number;
  /** p-value correction over the tested terms: "none" (default), "bonferroni", "fdr". */
  readonly correction?: PCorrection;
  /** Receives a warning when the target or reference has no tokens. */
  readonly onWarning?: OnWarning;
}

/** Validated keyness options. @internal */
export interface KeynessSettings {
  readonly measure: KeynessMeasure;
  readonly minCount: number;
  readonly maxP: number;
  readonly top: number;
  readonly correction: PCorrection;
}

/** Validates keyness options, naming `fn` in messages. @internal */
export function keynessSettings(fn: string, options: KeynessOptions): KeynessSettings {
  const measure = checkOneOf(fn, 'option "measure"', options.measure ?? KeynessMeasure.g2, Object.values(KeynessMeasure));
  const minCount = checkInteger(fn, 'option "minCount"', options.minCount ?? 5, 1, Number.MAX_SAFE_INTEGER);
  const top = checkInteger(fn, 'option "top"', options.top ?? Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER);
  const correction = checkOneOf(fn, 'option "correction"', options.correction ?? PCorrection.none, Object.values(PCorrection));
  const maxP = options.maxP ?? 1;
  if (typeof maxP !== "number" || !(maxP >= 0 && maxP <= 1)) throw argumentError(fn, 'option "maxP"', "a number from 0 to 1", maxP);
  return { measure, minCount, maxP, top, correction };
}

/**
 * Keyness of every term from its counts in a target and a reference: log-likelihood G²,
 * chi-square with Yates' correction, p-values (optionally Bonferroni- or FDR-corrected),
 * Hardie's log ratio and %DIFF, for terms key in either direction.
 *
 * Terms are joined by string; a term missing from one side counts 0 there. A term is
 * tested when n_target + n_reference ≥ `minCount`; corrections count those m tests.
 *
 * @param target Counts of the corpus of interest ({@link TermCounts}).
 * @param reference Counts of the corpus it is compared with.
 * @param options
 * - `measure` ("g2"): "g2", "chi2", "log_ratio" or "pct_diff" to rank by.
 * - `minCount` (5), `maxP` (1), `top` (all, per direction), `correction` ("none",
 *   "bonferroni" or "fdr").
 * - `onWarning`: an empty target or reference (rows are then empty).
 * @returns Rows with the columns {@link KEYNESS_COLUMNS} (see {@link KeynessRow}):
 *   target-key terms first, then reference-key terms, each by the strength of `measure`
 *   (descending, absolute value for log_ratio and pct_diff), ties in codepoint order.
 * @example
 * const rows = keynessOfCounts(
 *   { terms: ["terror", "vessels"], counts: [120, 2], total: 200_000 },
 *   { terms: ["terror", "vessels"], counts: [15, 300], total: 1_500_000 },
 * );
 * rows[0]; // { term: "terror", direction: "target", g2: ..., log_ratio: ..., ... }
 * @see Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. Computational Linguistics 19(1).
 * @see Hardie, A. (2014). Log Ratio: an informal introduction. ESRC Centre for Corpus Approaches to Social Science (CASS).
 * @see Gabrielatos, C. & Marchi, A. (2012). Keyness: appropriate metrics and practical issues. CADS International Conference, Bologna.
 * @see Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate. JRSS B 57(1).
 */
export function keynessOfCounts(target: TermCounts, reference: TermCounts, options: KeynessOptions = {}): KeynessRow[] {
  const fn = "keynessOfCounts";
  checkCounts(fn, "target", target);
  checkCounts(fn, "reference", reference);
  return keynessRows(fn, target, reference, keynessSettings(fn, options), options.onWarning);
}

/** keynessOfCounts after validation. @internal */
export function keynessRows(fn: string, target: TermCounts, reference: TermCounts, s: KeynessSettings, onWarning: OnWarning | undefined): KeynessRow[] {
  const c = target.total;
  const d = reference.total;
  if (c === 0 || d === 0) {
    const which = c === 0 && d === 0 ? "target and reference have" : c === 0 ? "target has" : "reference has";
    onWarning?.({ code: "empty_corpus", message: `${fn}: ${which} no tokens; no keyness rows` });
    return [];
  }
  // Join by term: index of each term in the union, target terms first.
  const index = new Map<string, number>();
  const terms: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < target.terms.length; i++) {
    index.set(target.terms[i], terms.length);
    terms.push(target.terms[i]);
    a.push(target.counts[i]);
    b.push(0);
  }
  for (let i = 0; i < reference.terms.length; i++) {
    const t = reference.terms[i];
    const k = index.get(t);
    if (k !== undefined) b[k] = reference.counts[i];
    else {
      terms.push(t);
      a.push(0);
      b.push(reference.counts[i]);
    }
  }
  const tested: number[] = [];
  for (let k = 0; k < terms.length; k++) if (a[k] + b[k] >= s.minCount) tested.push(k);
  const g2 = tested.map((k) => logLikelihood(a[k], c - a[k], b[k], d - b[k]));
  const p = g2.map(chiSquarePValue);
  const pAdj = adjustPValues(p, s.correction);
  const rows: KeynessRow[] = [];
  for (let j = 0; j < tested.length; j++) {
    if (!(pAdj[j] <= s.maxP)) continue;
    const k = tested[j];
    const ak = a[k];
    const bk = b[k];
    // Hardie's log ratio and %DIFF, with 0.5 in place of a zero count.
    const ratio = (ak === 0 ? 0.5 : ak) / c / ((bk === 0 ? 0.5 : bk) / d);
    rows.push({
      term: terms[k],
      n_target: ak,
      n_reference: bk,
      total_target: c,
      total_reference: d,
      per_1k_target: ratePer1k(ak, c),
      per_1k_reference: ratePer1k(bk, d),
      g2: g2[j],
      chi2: yatesChiSquare(ak, c - ak, bk, d - bk),
      p: p[j],
      p_adjusted: pAdj[j],
      log_ratio: Math.log2(ratio),
      pct_diff: 100 * (ratio - 1),
      direction: ak * d > bk * c ? KeynessDirection.target : KeynessDirection.reference,
    });
  }
  return rankKeyness(rows, s.measure, s.top);
}

/** Target-key rows first, then reference-key rows, each by strength; `top` per direction. */
function rankKeyness(rows: KeynessRow[], measure: KeynessMeasure, top: number): KeynessRow[] {
  const strength = (r: KeynessRow): number => Math.abs(r[measure]);
  rows.sort((x, y) => {
    if (x.direction !== y.direction) return x.direction === KeynessDirection.target ? -1 : 1;
    return strength(y) - strength(x) || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
  });
  if (top >= rows.length) return rows;
  let inTarget = 0;
  let inReference = 0;
  return rows.filter((r) => (r.direction === KeynessDirection.target ? ++inTarget : ++inReference) <= top);
}

function checkCounts(fn: string, name: string, tc: TermCounts): void {
  if (tc === null || typeof tc !== "object" || !Array.isArray(tc.terms) || tc.counts === null || typeof tc.counts !== "object" || tc.terms.length !== tc.counts.length) {
    throw argumentError(fn, name, "{terms, counts, total} with as many counts as terms", tc);
  }
  if (typeof tc.total !== "number" || !Number.isFinite(tc.total) || tc.total < 0) throw argumentError(fn, `${name}.total`, "a finite number >= 0", tc.total);
  const seen = new Set<string>();
  for (let i = 0; i < tc.terms.length; i++) {
    const t = tc.terms[i];
    if (typeof t !== "string") throw argumentError(fn, `${name}.terms[${i}]`, "a string", t);
    if (seen.has(t)) throw argumentError(fn, `${name}.terms`, "distinct terms", t);
    seen.add(t);
    const n = tc.counts[i];
    if (typeof n !== "number" || !(n >= 0 && n <= tc.total)) throw argumentError(fn, `${name}.counts[${i}] (${JSON.stringify(t)})`, `a number from 0 to total (${tc.total})`, n);
  }
}
