// Seeded bootstrap over groups (topics, texts) for the accuracy benches: groups resampled
// with replacement, the statistic recomputed on the pooled rows, percentile interval.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile interval of `stat(indices)` over `resamples` bootstrap draws of the groups.
 * `groupOf[i]` is the group of row i; `stat` receives the row indices of one draw (a row
 * appears once per time its group was drawn) and returns an object of numbers.
 * Returns { key: [low, high] } for every key of the statistic.
 */
export function bootstrapByGroup(groupOf, stat, { resamples = 2000, seed = 15, level = 0.95 } = {}) {
  const groups = [...new Set(groupOf)].sort();
  const rowsOf = new Map(groups.map((g) => [g, []]));
  groupOf.forEach((g, i) => rowsOf.get(g).push(i));
  const next = rng(seed);
  const draws = {};
  for (let b = 0; b < resamples; b++) {
    const idx = [];
    for (let k = 0; k < groups.length; k++) idx.push(...rowsOf.get(groups[Math.floor(next() * groups.length)]));
    const s = stat(idx);
    for (const [key, v] of Object.entries(s)) (draws[key] ??= []).push(v);
  }
  const out = {};
  for (const [key, values] of Object.entries(draws)) {
    const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    const at = (q) => v[Math.min(v.length - 1, Math.max(0, Math.floor(q * v.length)))];
    out[key] = [at((1 - level) / 2), at(1 - (1 - level) / 2)];
  }
  return out;
}

/** Wilson score interval of k successes in n trials (95% by default). */
export function wilson(k, n, z = 1.959964) {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
