import { argumentError, checkInteger } from "../../errors";
import { confidenceZ } from "../../group/group-rates";
import type { OnWarning } from "../../types";
import { checkCounts, type Dfm } from "../dfm/dfm-types";
import { startingValues } from "./wordfish-start";
import { centre, finish, normalize, squarem, textStep, wordStep } from "./wordfish-steps";

/** Columns of a Wordfish position row, in order. */
export const WORDFISH_COLUMNS = ["row", "date", "theta", "se", "lower", "upper", "alpha", "n_words"] as const;

/** A text's estimated position θ with its standard error and interval, and its fixed effect α. */
export type WordfishRow = {
  readonly row: string;
  /** The row's period start, else its earliest document's date (null when undated). */
  readonly date: string | null;
  readonly theta: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly alpha: number;
  /** Tokens of the row in the matrix. */
  readonly n_words: number;
};

/** Columns of a Wordfish word row. */
export const WORDFISH_WORD_COLUMNS = ["feature", "beta", "psi", "count"] as const;

/** A word's weight β (how it discriminates positions) and fixed effect ψ (its frequency). */
export type WordfishWordRow = { readonly feature: string; readonly beta: number; readonly psi: number; readonly count: number };

/** What {@link wordfish} returns. */
export interface WordfishFit {
  readonly positions: readonly WordfishRow[];
  readonly words: readonly WordfishWordRow[];
  /** Penalized log-likelihood at the estimate, iterations made, whether the tolerance was met. */
  readonly logLik: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Options of {@link wordfish}. */
export interface WordfishOptions {
  /** Two row labels [a, b]: the direction is set so that θ_a < θ_b. Default: the first and last rows. */
  readonly dir?: readonly [string, string];
  /** Prior standard deviations of ψ and β (ridge penalties). Default 3 and 1, as quanteda's textmodel_wordfish. */
  readonly priorPsi?: number;
  readonly priorBeta?: number;
  /** Stop when one plain sweep moves no parameter more than this. Default 1e-10. */
  readonly tolerance?: number;
  /** Iteration limit. Default 2000. */
  readonly maxIterations?: number;
  /** Level of the intervals. Default 0.95. */
  readonly confidence?: number;
  readonly onWarning?: OnWarning;
}

/**
 * Wordfish (Slapin & Proksch 2008): a one-dimensional Poisson scaling of texts without
 * reference texts. Count y_ij of word j in text i ~ Poisson(λ_ij), log λ_ij = α_i + ψ_j + β_j θ_i.
 *
 * Estimated by conditional maximum likelihood as Slapin & Proksch do: from starting values
 * (α_i = log(N_i/N_1), ψ_j = log of word j's mean count, θ and β from the first singular
 * vectors of log(y + 0.1) − α − ψ), a sweep (1) sets each word's (ψ_j, β_j) to the maximum of
 * its likelihood with normal priors ψ ~ N(0, 3²), β ~ N(0, 1²) given the texts, (2) sets each
 * text's (α_i, θ_i) to the maximum of its likelihood given the words, (3) rescales θ to mean 0
 * and population standard deviation 1, (4) moves the common level from ψ to α so that
 * mean(ψ) = 0 (the likelihood is the same; without it the sweeps would creep along α + c,
 * ψ − c, held only by ψ's weak prior). The estimate is the fixed point of the sweep, reached
 * with SQUAREM acceleration (Varadhan & Roland 2008: plain sweeps converge linearly and
 * slowly along the model's near-invariant directions) until no parameter moves by more
 * than `tolerance` in a plain sweep. Each block is solved by Newton's method to machine precision.
 *
 * Identification: mean(θ) = 0 and sd(θ) = 1 (population sd), mean(ψ) = 0 (no α is pinned;
 * Slapin & Proksch's α₁ = 0 is the same model with another level); the direction θ_dir[0] < θ_dir[1]
 * (θ and β flip together). Standard errors of θ_i come from the inverse of the
 * 2x2 information of (α_i, θ_i) given the word parameters (as quanteda); intervals θ ± z·se.
 * They ignore the uncertainty of the word parameters (Lowe & Benoit 2013: too narrow).
 *
 * @param m A matrix of counts (documents or groups; trim rare words first).
 * @param options `dir`, `priorPsi` (3), `priorBeta` (1), `tolerance` (1e-10), `maxIterations`
 *   (2000), `confidence` (0.95), `onWarning` (not converged).
 * @returns Positions (rows of the matrix), word weights, log-likelihood, iterations.
 * @example
 * const m = dfmTrim(dfm(sotuCorpus(), { by: "speaker", stopwords: "en" }), { minDocFreq: 5 });
 * const fit = wordfish(m, { dir: ["George Washington", "Joseph R Biden"] });
 * @see Slapin & Proksch (2008), A scaling model for estimating time-series party positions from texts. AJPS 52(3), 705–722.
 * @see Lowe & Benoit (2013), Validating estimates of latent traits from textual data using human judgment as a benchmark. Political Analysis 21(3).
 */
export function wordfish(m: Dfm, options: WordfishOptions = {}): WordfishFit {
  const fn = "wordfish";
  checkCounts(fn, m);
  const z = confidenceZ(fn, options.confidence ?? 0.95);
  const n = m.rows.length;
  const V = m.features.length;
  if (n < 3 || V < 2) throw argumentError(fn, "the dfm", "at least 3 rows and 2 features", `${n} rows x ${V} features`);
  const labels = m.rows.map((r) => (r.split === null ? r.label : `${r.label} | ${r.split}`));
  const dir = (options.dir ?? [labels[0], labels[n - 1]]).map((l) => {
    const i = labels.indexOf(l);
    if (i < 0) throw argumentError(fn, 'option "dir"', "two row labels of the matrix", l);
    return i;
  });
  const precPsi = 1 / positive(fn, "priorPsi", options.priorPsi ?? 3) ** 2;
  const precBeta = 1 / positive(fn, "priorBeta", options.priorBeta ?? 1) ** 2;
  const tol = positive(fn, "tolerance", options.tolerance ?? 1e-10);
  const maxIt = checkInteger(fn, 'option "maxIterations"', options.maxIterations ?? 2000, 1, 1e6);
  // Dense counts, rows x features (the model is dense: every cell has a λ).
  const y = new Float64Array(n * V);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let p = m.rowPtr[i]; p < m.rowPtr[i + 1]; p++) {
    y[i * V + m.colIdx[p]] = m.values[p];
    rowSum[i] += m.values[p];
  }
  if (rowSum.some((s) => s === 0)) throw argumentError(fn, "the dfm", "rows with at least one count", labels[rowSum.findIndex((s) => s === 0)]);
  const start = startingValues(y, n, V);
  // x = [α (n), θ (n), ψ (V), β (V)]; one sweep of the alternation is the map `sweep`.
  let x: Float64Array = new Float64Array(2 * n + 2 * V);
  x.set(start.alpha, 0);
  x.set(start.theta, n);
  x.set(start.psi, 2 * n);
  x.set(start.beta, 2 * n + V);
  // Fast phase: the state keeps θ as the text step leaves it (θ_raw) and the words see it
  // rescaled, so a sweep may take one Newton step per block (a third of the cost). Its fixed
  // point is close to the estimator's, not equal to it (α differs by ~1e-6), so the polish
  // below finishes with exact sweeps that normalize θ inside, as the estimator defines.
  const sweepWith = (steps: number) => (from: Float64Array): Float64Array => {
    const out = from.slice();
    const alpha = out.subarray(0, n);
    const thetaRaw = out.subarray(n, 2 * n);
    const psi = out.subarray(2 * n, 2 * n + V);
    const beta = out.subarray(2 * n + V);
    const theta = thetaRaw.slice();
    normalize(theta);
    for (let j = 0; j < V; j++) wordStep(y, n, V, j, alpha, theta, psi, beta, precPsi, precBeta, steps);
    for (let i = 0; i < n; i++) textStep(y, V, i, alpha, thetaRaw, psi, beta, steps);
    centre(alpha, psi);
    return out;
  };
  const exact = sweepWith(100);
  const sweep = sweepWith(1);
  for (let k = 0; k < 3; k++) x = exact(x);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIt) {
    iterations++;
    const { next, residual } = squarem(x, sweep);
    if (residual < tol) {
      // x is the fixed point to within tol: one plain sweep moves no parameter further.
      converged = true;
      break;
    }
    x = next;
  }
  // Polish with the exact map of the estimator (θ normalized inside each sweep): from the
  // fast map's fixed point this takes a few steps, and the estimate is this map's fixed point.
  normalize(x.subarray(n, 2 * n));
  const polish = (from: Float64Array): Float64Array => {
    const out = exact(from);
    normalize(out.subarray(n, 2 * n));
    return out;
  };
  let polished = false;
  while (converged && iterations < maxIt) {
    iterations++;
    const { next, residual } = squarem(x, polish);
    if (residual < tol) {
      polished = true;
      break;
    }
    x = next;
  }
  converged = polished;
  if (!converged) options.onWarning?.({ code: "not_converged", message: `${fn}: no fixed point within ${tol} after ${iterations} iterations (option maxIterations); the estimates are the last iterate` });
  const alpha = x.subarray(0, n);
  const theta = x.subarray(n, 2 * n);
  const psi = x.subarray(2 * n, 2 * n + V);
  const beta = x.subarray(2 * n + V);
  if (theta[dir[0]] > theta[dir[1]]) {
    // Only β_j θ_i enters λ: turning the axis round flips both.
    for (let k = 0; k < n; k++) theta[k] = -theta[k];
    for (let j = 0; j < V; j++) beta[j] = -beta[j];
  }
  return finish(m, labels, y, n, V, alpha, psi, beta, theta, precPsi, precBeta, z, iterations, converged);
}

function positive(fn: string, name: string, x: unknown): number {
  if (typeof x !== "number" || !(x > 0) || !Number.isFinite(x)) throw argumentError(fn, `option "${name}"`, "a positive number", x);
  return x;
}
