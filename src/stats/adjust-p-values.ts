/** Multiple-testing corrections of p-values. */
export const PCorrection = {
  /** No correction: p_adjusted = p. */
  none: "none",
  /** Bonferroni: min(1, p × m). */
  bonferroni: "bonferroni",
  /** Benjamini–Hochberg false discovery rate (step-up, monotone, capped at 1). */
  fdr: "fdr",
} as const;
export type PCorrection = (typeof PCorrection)[keyof typeof PCorrection];

/**
 * Adjusted p-values for m = p.length tests: Bonferroni min(1, m·p), or Benjamini–Hochberg
 * p_(i) · m / i over the ascending p-values, made monotone from the largest down and capped
 * at 1 (scipy.stats.false_discovery_control(p, method="bh"); R's p.adjust "BH").
 * @see Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate.
 *   Journal of the Royal Statistical Society B 57(1), 289–300.
 * @internal
 */
export function adjustPValues(p: ArrayLike<number>, correction: PCorrection): Float64Array {
  const m = p.length;
  const out = Float64Array.from(p);
  if (correction === PCorrection.bonferroni) {
    for (let i = 0; i < m; i++) out[i] = Math.min(1, out[i] * m);
  } else if (correction === PCorrection.fdr) {
    const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => p[x] - p[y] || x - y);
    let running = 1;
    for (let r = m - 1; r >= 0; r--) {
      const i = order[r];
      running = Math.min(running, (p[i] * m) / (r + 1));
      out[i] = running;
    }
  }
  return out;
}
