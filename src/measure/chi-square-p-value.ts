import { erfc } from "./erfc";

/**
 * Upper-tail probability of a chi-square statistic with 1 degree of freedom,
 * P(X ≥ x) = erfc(√(x / 2)) (scipy.stats.chi2.sf(x, 1)); 1 for x ≤ 0, underflows to 0
 * past x ≈ 1409.
 * @internal
 */
export function chiSquarePValue(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}
