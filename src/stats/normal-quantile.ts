import quantile = require("@stdlib/stats-base-dists-normal-quantile");

/**
 * The standard normal quantile (inverse CDF): z such that P(Z <= z) = p, for 0 < p < 1
 * (-Infinity at 0, Infinity at 1, NaN outside), from `@stdlib/stats-base-dists-normal-quantile`.
 * @internal
 */
export function normalQuantile(p: number): number {
  return quantile(p, 0, 1);
}
