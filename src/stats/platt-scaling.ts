/**
 * Platt scaling: the sigmoid `P(y = 1 | s) = 1 / (1 + exp(a s + b))` fitted to scores `s`
 * and 0/1 labels by maximum likelihood, with Platt's smoothed targets
 * ((n+ + 1) / (n+ + 2) for positives, 1 / (n- + 2) for negatives) so separable data gives
 * finite parameters. Newton's method with step halving (Lin, Lin & Weng 2007); deterministic.
 * Returns `{ a, b }`; a < 0 when higher scores mean the positive class.
 * @see Platt, J. (1999). Probabilistic outputs for support vector machines. Advances in Large Margin Classifiers.
 * @see Lin, H.-T., Lin, C.-J. & Weng, R. C. (2007). A note on Platt's probabilistic outputs for support vector machines. Machine Learning 68, 267-276.
 * @internal
 */
export function plattScaling(scores: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  const n = scores.length;
  let pos = 0;
  for (const y of labels) pos += y;
  const neg = n - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const t = labels.map((y) => (y === 1 ? hi : lo));
  let a = 0;
  let b = Math.log((neg + 1) / (pos + 1));
  const loss = (a1: number, b1: number) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const z = scores[i] * a1 + b1;
      // -[t log p + (1 - t) log (1 - p)] with p = 1 / (1 + e^z), written to avoid overflow
      f += z >= 0 ? t[i] * z + Math.log1p(Math.exp(-z)) : (t[i] - 1) * z + Math.log1p(Math.exp(z));
    }
    return f;
  };
  let f = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
    for (let i = 0; i < n; i++) {
      const z = scores[i] * a + b;
      const p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
      const q = 1 - p;
      const d2 = p * q;
      h11 += scores[i] * scores[i] * d2;
      h22 += d2;
      h21 += scores[i] * d2;
      const d1 = t[i] - p;
      g1 += scores[i] * d1;
      g2 += d1;
    }
    if (Math.abs(g1) < 1e-9 && Math.abs(g2) < 1e-9) break;
    const det = h11 * h22 - h21 * h21;
    const da = -(h22 * g1 - h21 * g2) / det;
    const db = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * da + g2 * db;
    let step = 1;
    while (step >= 1e-10) {
      const fa = loss(a + step * da, b + step * db);
      if (fa < f + 1e-4 * step * gd) {
        a += step * da;
        b += step * db;
        f = fa;
        break;
      }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return { a, b };
}
