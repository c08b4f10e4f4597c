/**
 * Wordfish starting values (Slapin & Proksch 2008): α_i = log(N_i / N_1), ψ_j = log of the
 * mean count of word j, and θ, β from the first singular pair of
 * Y = log(y + 0.1) − α_i − ψ_j (θ = u₁ standardized, β = σ₁ v₁ scaled back). @internal
 */
export function startingValues(y: Float64Array, n: number, V: number): { alpha: Float64Array; psi: Float64Array; beta: Float64Array; theta: Float64Array } {
  const rowSum = new Float64Array(n);
  const colMean = new Float64Array(V);
  for (let i = 0; i < n; i++) for (let j = 0; j < V; j++) {
    rowSum[i] += y[i * V + j];
    colMean[j] += y[i * V + j] / n;
  }
  const alpha = rowSum.map((s) => Math.log(s / rowSum[0]));
  const psi = colMean.map((c) => Math.log(Math.max(c, 1e-10)));
  const Y = new Float64Array(n * V);
  for (let i = 0; i < n; i++) for (let j = 0; j < V; j++) Y[i * V + j] = Math.log(y[i * V + j] + 0.1) - alpha[i] - psi[j];
  // First left singular vector of Y: power iteration on Y Yᵀ (n x n), from a fixed start.
  const G = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = a; b < n; b++) {
    let s = 0;
    for (let j = 0; j < V; j++) s += Y[a * V + j] * Y[b * V + j];
    G[a * n + b] = G[b * n + a] = s;
  }
  let u = new Float64Array(n).map((_, i) => 1 + i / n);
  for (let it = 0; it < 500; it++) {
    const next = new Float64Array(n);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) next[a] += G[a * n + b] * u[b];
    const norm = Math.hypot(...next);
    let diff = 0;
    for (let a = 0; a < n; a++) diff = Math.max(diff, Math.abs(next[a] / norm - u[a]));
    u = next.map((x) => x / norm);
    if (diff < 1e-12) break;
  }
  const mean = u.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(u.reduce((s, x) => s + (x - mean) ** 2, 0) / n) || 1;
  const theta = u.map((x) => (x - mean) / sd);
  // β_j: least squares of Y's column j on θ.
  const tt = theta.reduce((s, x) => s + x * x, 0);
  const beta = new Float64Array(V);
  for (let j = 0; j < V; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Y[i * V + j] * theta[i];
    beta[j] = s / tt;
  }
  return { alpha, psi, beta, theta };
}
