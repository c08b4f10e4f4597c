import { argumentError, checkInteger } from "../errors";
import { tokenPolicy } from "../segment/token-filter";
import { tokens } from "../segment/tokens";
import type { Corpus } from "../types";
import type { DispersionOptions } from "./dispersion-hits";
import { forEachMatch, termMatcher } from "./match-terms";

/** Columns of a dispersion row, in output order. */
export const DISPERSION_COLUMNS = ["term", "count", "n_parts", "parts_with_term", "juilland_d", "dp", "dp_norm"] as const;

/**
 * How evenly one term is spread over the n corpus parts. With f_i the term's count in
 * part i, f = Σ f_i, and s_i the part's share of the corpus tokens:
 * - `juilland_d` = 1 - V / √(n - 1), V = σ / μ of the relative frequencies p_i = f_i /
 *   size_i (σ the population standard deviation); 1 = perfectly even, 0 = all in one part.
 * - `dp` = ½ Σ |f_i / f - s_i| (Gries' deviation of proportions); 0 = even, near 1 = all
 *   in one small part.
 * - `dp_norm` = dp / (1 - min s_i), which reaches 1 (Lijffijt & Gries 2012).
 * Parts without tokens are left out (they do not count in n). NaN when the term never
 * occurs, and `juilland_d` is NaN with a single part.
 */
export type DispersionRow = {
  readonly term: string;
  readonly count: number;
  readonly n_parts: number;
  readonly parts_with_term: number;
  readonly juilland_d: number;
  readonly dp: number;
  readonly dp_norm: number;
};

/** Options of dispersionMeasures. */
export interface DispersionMeasuresOptions extends DispersionOptions {
  /** "documents" (default): each document is a part; a number k: k equal token chunks of the whole corpus. */
  readonly parts?: "documents" | number;
}

/**
 * Dispersion of terms across the parts of a corpus: Juilland's D and Gries' DP (with the
 * Lijffijt & Gries normalization).
 *
 * Juilland's D was defined for equal parts; for parts of unequal size (documents) it is
 * computed on relative frequencies, as Gries (2008) does: D = 1 - (σ/μ)/√(n - 1) over
 * p_i = f_i / size_i, σ the population standard deviation. DP = ½ Σ |v_i - s_i| with
 * v_i = f_i / f and s_i = size_i / corpus size; DP_norm = DP / (1 - min s_i).
 * With `parts: k`, part j holds tokens i of the corpus stream with ⌊i·k/N⌋ = j (sizes
 * differ by at most 1), and an occurrence belongs to the part of its first token.
 *
 * @param corpus The documents.
 * @param terms Words or space-separated phrases, matched against normalized forms.
 * @param options
 * - `parts` ("documents"): or an integer k ≥ 2 of equal token chunks.
 * - token options: `lowercase` (true), `hyphens` ("split"), `removePunct` (true),
 *   `removeNumbers` (false), `stopwords` (none).
 * - `onWarning`: terms never seen (their row has count 0 and NaN measures), fewer than
 *   two non-empty parts.
 * @returns One row per distinct term, in the order given, with the columns
 *   {@link DISPERSION_COLUMNS} (see {@link DispersionRow}).
 * @example
 * const sotu = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * dispersionMeasures(sotu, ["the", "terror"]);
 * // [{ term: "the", count: 167398, n_parts: 245, parts_with_term: 245, juilland_d: 0.984, dp: 0.102, dp_norm: 0.102 },
 * //  { term: "terror", count: 100, n_parts: 245, parts_with_term: 41, juilland_d: 0.723, dp: 0.842, dp_norm: 0.843 }]
 * @see Juilland, A. & Chang-Rodríguez, E. (1964). Frequency Dictionary of Spanish Words. Mouton.
 * @see Gries, S. Th. (2008). Dispersions and adjusted frequencies in corpora. International Journal of Corpus Linguistics 13(4), 403–437.
 * @see Lijffijt, J. & Gries, S. Th. (2012). Correction to Stefan Th. Gries' "Dispersions and adjusted frequencies in corpora". IJCL 17(1), 147–149.
 */
export function dispersionMeasures(corpus: Corpus, terms: readonly string[], options: DispersionMeasuresOptions = {}): DispersionRow[] {
  const fn = "dispersionMeasures";
  const policy = tokenPolicy(fn, options, true);
  const partsOpt = options.parts ?? "documents";
  if (partsOpt !== "documents" && (typeof partsOpt !== "number" || !Number.isInteger(partsOpt) || partsOpt < 2)) {
    throw argumentError(fn, 'option "parts"', '"documents" or an integer >= 2', partsOpt);
  }
  if (typeof partsOpt === "number") checkInteger(fn, 'option "parts"', partsOpt, 2, 1e7);
  const tk = tokens(corpus, { ...options, removePunct: options.removePunct ?? true });
  const m = termMatcher(fn, tk, terms, policy.scan, options.onWarning);
  const N = tk.length;
  const k = partsOpt === "documents" ? tk.docIds.length : partsOpt;
  const size = new Float64Array(k);
  if (partsOpt === "documents") for (let d = 0; d < k; d++) size[d] = tk.docStart[d + 1] - tk.docStart[d];
  // Tokens i with floor(i·k/N) = j are those with ceil(j·N/k) <= i < ceil((j+1)·N/k).
  else for (let j = 0; j < k; j++) size[j] = Math.ceil(((j + 1) * N) / k) - Math.ceil((j * N) / k);
  const T = m.forms.length;
  const counts = new Float64Array(T * k); // counts[t * k + part]
  let d = 0;
  forEachMatch(tk, m, (t, start) => {
    let part: number;
    if (partsOpt === "documents") {
      while (tk.docStart[d + 1] <= start) d++;
      part = d;
    } else {
      part = Math.floor((start * k) / N);
    }
    counts[t * k + part]++;
  });
  const nonEmpty: number[] = [];
  for (let j = 0; j < k; j++) if (size[j] > 0) nonEmpty.push(j);
  if (nonEmpty.length < 2) {
    options.onWarning?.({ code: "too_few_parts", message: `${fn}: ${nonEmpty.length} non-empty part(s); Juilland's D needs at least 2` });
  }
  return m.forms.map((term, t) => dispersionRow(term, counts.subarray(t * k, (t + 1) * k), size, nonEmpty, N));
}

function dispersionRow(term: string, f: Float64Array, size: Float64Array, parts: readonly number[], N: number): DispersionRow {
  const n = parts.length;
  let total = 0;
  let withTerm = 0;
  let meanRel = 0;
  let minShare = Infinity;
  for (const j of parts) {
    total += f[j];
    if (f[j] > 0) withTerm++;
    meanRel += f[j] / size[j];
    minShare = Math.min(minShare, size[j] / N);
  }
  meanRel /= n;
  let ss = 0;
  let dev = 0;
  for (const j of parts) {
    const r = f[j] / size[j] - meanRel;
    ss += r * r;
    dev += Math.abs(f[j] / total - size[j] / N);
  }
  const cv = Math.sqrt(ss / n) / meanRel;
  const dp = total === 0 ? NaN : dev / 2;
  return {
    term,
    count: total,
    n_parts: n,
    parts_with_term: withTerm,
    juilland_d: total === 0 || n < 2 ? NaN : 1 - cv / Math.sqrt(n - 1),
    dp,
    dp_norm: dp / (1 - minShare),
  };
}
