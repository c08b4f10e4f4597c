/** The blocks of Wordfish's conditional maximum likelihood, each solved by Newton's method. @internal */
import type { Dfm } from "../dfm/dfm-types";
import type { WordfishFit } from "./wordfish";

const NEWTON_STEPS = 100;
// Newton converges quadratically: after a step below 1e-9 the error left is ~1e-18.
const NEWTON_TOL = 1e-9;

/**
 * (ψ_j, β_j) maximizing Σ_i [y_ij η_ij − exp η_ij] − ψ²·precPsi/2 − β²·precBeta/2 given α, θ;
 * returns the largest change. @internal
 */
export function wordStep(y: Float64Array, n: number, V: number, j: number, alpha: Float64Array, theta: Float64Array, psi: Float64Array, beta: Float64Array, precPsi: number, precBeta: number, steps = NEWTON_STEPS): number {
  const p0 = psi[j];
  const b0 = beta[j];
  let p = p0;
  let b = b0;
  for (let it = 0; it < steps; it++) {
    let g1 = -precPsi * p;
    let g2 = -precBeta * b;
    let h11 = precPsi;
    let h12 = 0;
    let h22 = precBeta;
    for (let i = 0; i < n; i++) {
      const t = theta[i];
      const lambda = Math.exp(alpha[i] + p + b * t);
      const r = y[i * V + j] - lambda;
      g1 += r;
      g2 += r * t;
      h11 += lambda;
      h12 += lambda * t;
      h22 += lambda * t * t;
    }
    const det = h11 * h22 - h12 * h12;
    const d1 = (h22 * g1 - h12 * g2) / det;
    const d2 = (h11 * g2 - h12 * g1) / det;
    p += d1;
    b += d2;
    if (Math.abs(d1) < NEWTON_TOL && Math.abs(d2) < NEWTON_TOL) break;
  }
  psi[j] = p;
  beta[j] = b;
  return Math.max(Math.abs(p - p0), Math.abs(b - b0));
}

/** (α_i, θ_i) maximizing Σ_j [y_ij η_ij − exp η_ij] given ψ, β; returns the largest change. @internal */
export function textStep(y: Float64Array, V: number, i: number, alpha: Float64Array, theta: Float64Array, psi: Float64Array, beta: Float64Array, steps = NEWTON_STEPS): number {
  const a0 = alpha[i];
  const t0 = theta[i];
  let a = a0;
  let t = t0;
  for (let it = 0; it < steps; it++) {
    let g1 = 0;
    let g2 = 0;
    let h11 = 0;
    let h12 = 0;
    let h22 = 0;
    for (let j = 0; j < V; j++) {
      const bj = beta[j];
      const lambda = Math.exp(a + psi[j] + bj * t);
      const r = y[i * V + j] - lambda;
      g1 += r;
      g2 += r * bj;
      h11 += lambda;
      h12 += lambda * bj;
      h22 += lambda * bj * bj;
    }
    const det = h11 * h22 - h12 * h12;
    const d1 = (h22 * g1 - h12 * g2) / det;
    const d2 = (h11 * g2 - h12 * g1) / det;
    a += d1;
    t += d2;
    if (Math.abs(d1) < NEWTON_TOL && Math.abs(d2) < NEWTON_TOL) break;
  }
  alpha[i] = a;
  theta[i] = t;
  return Math.max(Math.abs(a - a0), Math.abs(t - t0));
}

/** Rescales θ to mean 0 and population sd 1 (in place); returns the largest change. @internal */
export function normalize(theta: Float64Array): number {
  const n = theta.length;
  const mean = theta.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(theta.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  let change = 0;
  for (let i = 0; i < n; i++) {
    const x = (theta[i] - mean) / sd;
    change = Math.max(change, Math.abs(x - theta[i]));
    theta[i] = x;
  }
  return change;
}

/** The fit's rows: positions with standard errors from the 2x2 information of (α_i, θ_i). @internal */
export function finish(m: Dfm, labels: readonly string[], y: Float64Array, n: number, V: number, alpha: Float64Array, psi: Float64Array, beta: Float64Array, theta: Float64Array, precPsi: number, precBeta: number, z: number, iterations: number, converged: boolean): WordfishFit {
  let logLik = 0;
  const counts = new Float64Array(V);
  const positions = m.rows.map((row, i) => {
    let i11 = 0;
    let i12 = 0;
    let i22 = 0;
    let words = 0;
    for (let j = 0; j < V; j++) {
      const eta = alpha[i] + psi[j] + beta[j] * theta[i];
      const lambda = Math.exp(eta);
      const c = y[i * V + j];
      logLik += c * eta - lambda;
      counts[j] += c;
      words += c;
      i11 += lambda;
      i12 += lambda * beta[j];
      i22 += lambda * beta[j] * beta[j];
    }
    const se = Math.sqrt(i11 / (i11 * i22 - i12 * i12));
    return { row: labels[i], date: row.group_start ?? row.first_date, theta: theta[i], se, lower: theta[i] - z * se, upper: theta[i] + z * se, alpha: alpha[i], n_words: words };
  });
  for (let j = 0; j < V; j++) logLik -= (precPsi * psi[j] * psi[j] + precBeta * beta[j] * beta[j]) / 2;
  const words = m.features.map((feature, j) => ({ feature, beta: beta[j], psi: psi[j], count: counts[j] }));
  return { positions, words, logLik, iterations, converged };
}

/**
 * One SQUAREM step (Varadhan & Roland 2008, scheme S3) of the fixed-point map F: two maps,
 * an extrapolation with step −‖r‖/‖v‖ (at most −1), and a map of the extrapolated point.
 * `residual` is max |F(x) − x| at the start. @internal
 */
export function squarem(x: Float64Array, F: (x: Float64Array) => Float64Array): { next: Float64Array; residual: number } {
  const x1 = F(x);
  const residual = maxAbsDiff(x1, x);
  const x2 = F(x1);
  let rr = 0;
  let vv = 0;
  for (let k = 0; k < x.length; k++) {
    const r = x1[k] - x[k];
    const v = x2[k] - 2 * x1[k] + x[k];
    rr += r * r;
    vv += v * v;
  }
  if (vv === 0) return { next: x2, residual };
  const a = Math.min(-Math.sqrt(rr / vv), -1);
  const ext = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) ext[k] = x[k] - 2 * a * (x1[k] - x[k]) + a * a * (x2[k] - 2 * x1[k] + x[k]);
  const out = F(ext);
  return { next: out.every(Number.isFinite) ? out : x2, residual };
}

/** Largest absolute difference. @internal */
export function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) d = Math.max(d, Math.abs(a[k] - b[k]));
  return d;
}

/** Moves the mean of ψ into α (α + c, ψ − c leaves every λ unchanged). @internal */
export function centre(alpha: Float64Array, psi: Float64Array): void {
  const c = psi.reduce((a, b) => a + b, 0) / psi.length;
  for (let j = 0; j < psi.length; j++) psi[j] -= c;
  for (let i = 0; i < alpha.length; i++) alpha[i] += c;
}
