/**
 * Pearson's chi-square of a 2x2 table [[o11, o12], [o21, o22]] with Yates' continuity
 * correction: Σ (|O - E| - 0.5)² / E, where, as in scipy.stats.chi2_contingency
 * (`correction=True`), the correction never exceeds |O - E| (a table closer than 0.5 to
 * independence gives 0). In a 2x2 table |O - E| is the same in every cell.
 * @see Yates, F. (1934). Contingency tables involving small numbers and the χ² test.
 *   Supplement to the Journal of the Royal Statistical Society 1(2), 217–235.
 * @internal
 */
export function yatesChiSquare(o11: number, o12: number, o21: number, o22: number): number {
  const n = o11 + o12 + o21 + o22;
  const r1 = o11 + o12;
  const r2 = o21 + o22;
  const c1 = o11 + o21;
  const c2 = o12 + o22;
  const e11 = (r1 * c1) / n;
  const e12 = (r1 * c2) / n;
  const e21 = (r2 * c1) / n;
  const e22 = (r2 * c2) / n;
  const dev = Math.max(0, Math.abs(o11 - e11) - 0.5);
  const d2 = dev * dev;
  return part(d2, e11) + part(d2, e12) + part(d2, e21) + part(d2, e22);
}

function part(d2: number, e: number): number {
  return e > 0 ? d2 / e : 0;
}
