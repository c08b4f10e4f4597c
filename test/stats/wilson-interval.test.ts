import { describe, expect, it } from "vitest";
import oracle from "./oracles/wilson.json";
import { normalQuantile } from "../../src/stats/normal-quantile";
import { wilsonInterval } from "../../src/stats/wilson-interval";

const close = (x: number, y: number, tol = 1e-9) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(y)));

describe("wilsonInterval(k, n, z) and normalQuantile(p)", () => {
  it("equal scipy's values (oracle in oracles/wilson.json, computed by compute_wilson.py)", () => {
    for (const c of oracle.cases) {
      const z = normalQuantile(1 - (1 - c.confidence) / 2);
      close(z, c.z, 1e-12);
      const [lo, hi] = wilsonInterval(c.k, c.n, z);
      close(lo * 1000, c.ci_low_per_1k);
      close(hi * 1000, c.ci_high_per_1k);
    }
  });
  it("an interval over no trials is [NaN, NaN]; bounds stay within [0, 1]", () => {
    expect(wilsonInterval(0, 0, 1.96)).toEqual([NaN, NaN]);
    const [lo, hi] = wilsonInterval(5, 5, 1.96);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBe(1);
  });
  it("normalQuantile is -Infinity at 0, Infinity at 1 and NaN outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
