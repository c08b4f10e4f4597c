/**
 * Dunning's log-likelihood G² of a 2x2 contingency table [[o11, o12], [o21, o22]]:
 * G² = 2 Σ O ln(O / E) over the four cells, E = row sum × column sum / N, with
 * 0 ln 0 = 0 and no continuity correction (as scipy.stats.chi2_contingency with
 * `lambda_="log-likelihood", correction=False`). Clamped at 0 against rounding.
 * @see Dunning, T. (1993). Accurate methods for the statistics of surprise and
 *   coincidence. Computational Linguistics 19(1), 61–74.
 * @internal
 */
export function logLikelihood(o11: number, o12: number, o21: number, o22: number): number {
  const n = o11 + o12 + o21 + o22;
  const r1 = o11 + o12;
  const r2 = o21 + o22;
  const c1 = o11 + o21;
  const c2 = o12 + o22;
  const g2 = 2 * (cell(o11, (r1 * c1) / n) + cell(o12, (r1 * c2) / n) + cell(o21, (r2 * c1) / n) + cell(o22, (r2 * c2) / n));
  return g2 > 0 ? g2 : 0;
}

function cell(o: number, e: number): number {
  return o === 0 ? 0 : o * Math.log(o / e);
}
