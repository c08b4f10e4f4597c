import erfc = require("@stdlib/math-base-special-erfc");

/**
 * Upper-tail probability of a chi-square statistic with 1 degree of freedom,
 * P(X ≥ x) = erfc(√(x / 2)) (scipy.stats.chi2.sf(x, 1)); 1 for x ≤ 0, underflows to 0
 * past x ≈ 1409. The complementary error function is stdlib's
 * (`@stdlib/math-base-special-erfc`), accurate in the far tail where `1 - cdf(x)` would
 * round to 0 (so `@stdlib/stats-base-dists-chisquare-cdf` is not used here).
 * @internal
 */
export function chiSquarePValue(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}
