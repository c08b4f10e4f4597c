/**
 * Wilson score interval for k successes in n trials at the two-sided normal quantile `z`
 * (1.96 for 95%): `[low, high]` within [0, 1]; `[NaN, NaN]` when n is 0.
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 *   inference. JASA 22, 209-212.
 * @internal
 */
export function wilsonInterval(k: number, n: number, z: number): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
