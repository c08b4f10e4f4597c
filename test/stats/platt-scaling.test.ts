import { describe, expect, test } from "vitest";
import { plattScaling } from "../../src/stats/platt-scaling";

describe("plattScaling", () => {
  test("matches the maximum-likelihood sigmoid with Platt's smoothed targets (scipy oracle)", () => {
    // Oracle: scipy 1.17.1, scipy.optimize.minimize(BFGS, gtol 1e-12) of
    // -sum(t log p + (1 - t) log(1 - p)), p = 1 / (1 + exp(a s + b)), t = (n+ + 1)/(n+ + 2) or 1/(n- + 2):
    // a = -0.91418527, b = -0.24271749.
    const s = [-2, -1.5, -1, -0.5, -0.2, 0, 0.3, 0.5, 1, 1.2, 2, 2.5];
    const y = [0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1] as const;
    const { a, b } = plattScaling(s, [...y]);
    expect(a).toBeCloseTo(-0.91418527, 6);
    expect(b).toBeCloseTo(-0.24271749, 6);
  });
  test("separable scores still give finite parameters, and a < 0 when high scores are positives", () => {
    const { a, b } = plattScaling([-3, -2, -1, 1, 2, 3], [0, 0, 0, 1, 1, 1]);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(a).toBeLessThan(0);
  });
});
