import { argumentError } from "../../errors";
import { confidenceZ } from "../../group/group-rates";
import type { OnWarning } from "../../types";
import { checkCounts, type Dfm } from "../dfm/dfm-types";

/** Columns of a Wordscores position row, in order. */
export const WORDSCORES_COLUMNS = ["row", "date", "reference", "raw", "se", "lower", "upper", "lbg", "lbg_lower", "lbg_upper", "mv", "n_scored_words"] as const;

/** A text's Wordscores position: raw score with its standard error and interval, and the two rescalings. */
export type WordscoresRow = {
  readonly row: string;
  /** The row's period start, else its earliest document's date (null when undated). */
  readonly date: string | null;
  /** The reference score given for the row, or null for a virgin text. */
  readonly reference: number | null;
  readonly raw: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  /** LBG (2003) rescaling over the virgin texts (null for reference texts, and with fewer than two virgin texts). */
  readonly lbg: number | null;
  readonly lbg_lower: number | null;
  readonly lbg_upper: number | null;
  /** Martin-Vanberg (2008) rescaling, anchored on the lowest and highest reference texts. */
  readonly mv: number | null;
  /** Tokens of the text among the scored words (N_v). */
  readonly n_scored_words: number;
};

/** A scored word. */
export type WordScoreRow = { readonly feature: string; readonly score: number };

/** What {@link wordscores} returns. */
export interface WordscoresFit {
  readonly words: readonly WordScoreRow[];
  readonly positions: readonly WordscoresRow[];
}

/** Options of {@link wordscores}. */
export interface WordscoresOptions {
  /** Added to every count of the reference texts before scoring. Default 0 (LBG 2003). */
  readonly smooth?: number;
  /** Level of the intervals. Default 0.95. */
  readonly confidence?: number;
  readonly onWarning?: OnWarning;
}

/**
 * Wordscores (Laver, Benoit & Garry 2003): word scores from reference texts with known
 * positions, then a position for every text.
 * - F_wr = the relative frequency of word w in reference r; P_wr = F_wr / Σ_r F_wr;
 *   S_w = Σ_r P_wr A_r, A_r the reference score (words absent from every reference are unscored).
 * - A text's raw score S_v = Σ_w F_wv S_w, F_wv relative to its scored words; its standard
 *   error √(Σ_w F_wv (S_w − S_v)²) / √N_v, N_v its scored tokens; interval S_v ± z·se.
 * - LBG rescaling of the virgin texts: S*_v = (S_v − S̄_v)(SD_r / SD_v) + S̄_v, SD the sample
 *   standard deviations of the reference scores and of the virgin raw scores (as quanteda).
 * - MV rescaling (Martin & Vanberg 2008): S*_v = (S_v − S_R1)(A_R2 − A_R1)/(S_R2 − S_R1) + A_R1,
 *   R1 and R2 the references with the lowest and highest scores, S_R their raw scores.
 *
 * @param m A matrix of counts (rows: documents or groups).
 * @param reference Reference scores by row label (at least two rows, two distinct scores).
 * @param options `smooth` (0), `confidence` (0.95), `onWarning`.
 * @returns `{ words, positions }`: scored words (feature order) and one position per row.
 * @example
 * const fit = wordscores(m, { R1: -1.5, R2: -0.75, R3: 0, R4: 0.75, R5: 1.5 });
 * fit.positions.find((p) => p.row === "V1"); // { raw: -0.448, se: 0.0119, ... } (LBG 2003's example)
 * @see Laver, Benoit & Garry (2003), Extracting policy positions from political texts using words as data. APSR 97(2), 311–331.
 * @see Martin & Vanberg (2008), A robust transformation procedure for interpreting political text. Political Analysis 16(1), 93–100.
 */
export function wordscores(m: Dfm, reference: Readonly<Record<string, number>>, options: WordscoresOptions = {}): WordscoresFit {
  const fn = "wordscores";
  checkCounts(fn, m);
  const z = confidenceZ(fn, options.confidence ?? 0.95);
  const smooth = options.smooth ?? 0;
  if (typeof smooth !== "number" || !(smooth >= 0)) throw argumentError(fn, 'option "smooth"', "a number >= 0", smooth);
  const labels = m.rows.map((r) => r.label);
  const refs: { r: number; a: number }[] = [];
  for (const [name, a] of Object.entries(reference ?? {})) {
    const r = labels.indexOf(name);
    if (r < 0) throw argumentError(fn, "reference", `scores of rows of the matrix (${labels.slice(0, 5).join(", ")}, ...)`, name);
    if (typeof a !== "number" || !Number.isFinite(a)) throw argumentError(fn, `reference score of ${JSON.stringify(name)}`, "a finite number", a);
    refs.push({ r, a });
  }
  if (refs.length < 2 || new Set(refs.map((x) => x.a)).size < 2) throw argumentError(fn, "reference", "scores for at least two rows, not all equal", Object.keys(reference ?? {}).length);
  const F = m.features.length;
  // Relative frequencies in the references, then P_wr and S_w.
  const rel = refs.map(({ r }) => {
    const f = new Float64Array(F).fill(smooth);
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) f[m.colIdx[p]] += m.values[p];
    const total = f.reduce((s, x) => s + x, 0);
    return f.map((x) => (total > 0 ? x / total : 0));
  });
  const score = new Float64Array(F).fill(NaN);
  for (let w = 0; w < F; w++) {
    let sum = 0;
    for (const f of rel) sum += f[w];
    if (sum <= 0) continue;
    let s = 0;
    refs.forEach((ref, k) => (s += (rel[k][w] / sum) * ref.a));
    score[w] = s;
  }
  const scored = m.rows.map((_, r) => textScore(m, r, score));
  const isRef = new Map(refs.map((x) => [x.r, x.a]));
  const virgin = scored.map((s, r) => (isRef.has(r) || !Number.isFinite(s.raw) ? undefined : s.raw)).filter((x): x is number => x !== undefined);
  const lbg = lbgRescaling(refs.map((x) => x.a), virgin);
  if (!lbg) options.onWarning?.({ code: "no_rescaling", message: `${fn}: LBG rescaling needs two virgin texts with different raw scores; lbg columns are null` });
  const lo = refs.reduce((x, y) => (y.a < x.a ? y : x));
  const hi = refs.reduce((x, y) => (y.a > x.a ? y : x));
  const sLo = scored[lo.r].raw;
  const sHi = scored[hi.r].raw;
  const mv = (s: number) => ((s - sLo) * (hi.a - lo.a)) / (sHi - sLo) + lo.a;
  const positions = m.rows.map((row, r): WordscoresRow => {
    const s = scored[r];
    const ref = isRef.get(r);
    const rescale = lbg && ref === undefined && Number.isFinite(s.raw) ? lbg : undefined;
    return {
      row: row.split === null ? row.label : `${row.label} | ${row.split}`,
      date: row.group_start ?? row.first_date,
      reference: ref ?? null,
      raw: s.raw,
      se: s.se,
      lower: s.raw - z * s.se,
      upper: s.raw + z * s.se,
      lbg: rescale ? rescale(s.raw) : null,
      lbg_lower: rescale ? rescale(s.raw - z * s.se) : null,
      lbg_upper: rescale ? rescale(s.raw + z * s.se) : null,
      mv: Number.isFinite(s.raw) ? mv(s.raw) : null,
      n_scored_words: s.n,
    };
  });
  const words = m.features.map((feature, w) => ({ feature, score: score[w] })).filter((x) => Number.isFinite(x.score));
  return { words, positions };
}

/** Raw score, standard error and scored tokens of row r. */
function textScore(m: Dfm, r: number, score: Float64Array): { raw: number; se: number; n: number } {
  let n = 0;
  let sum = 0;
  for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) {
    const s = score[m.colIdx[p]];
    if (Number.isNaN(s)) continue;
    n += m.values[p];
    sum += m.values[p] * s;
  }
  if (n === 0) return { raw: NaN, se: NaN, n: 0 };
  const raw = sum / n;
  let v = 0;
  for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) {
    const s = score[m.colIdx[p]];
    if (!Number.isNaN(s)) v += (m.values[p] / n) * (s - raw) ** 2;
  }
  return { raw, se: Math.sqrt(v) / Math.sqrt(n), n };
}

/** The LBG rescaling function, or undefined with fewer than two distinct virgin scores. */
function lbgRescaling(refScores: readonly number[], virgin: readonly number[]): ((s: number) => number) | undefined {
  if (virgin.length < 2) return undefined;
  const sdR = sampleSd(refScores);
  const mean = virgin.reduce((a, b) => a + b, 0) / virgin.length;
  const sdV = sampleSd(virgin);
  if (!(sdV > 0)) return undefined;
  return (s) => (s - mean) * (sdR / sdV) + mean;
}

function sampleSd(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}
