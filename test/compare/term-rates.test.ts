import { describe, expect, it } from "vitest";
import { termRates } from "../../src/compare/term-rates";
import { wilsonInterval as wilson } from "../../src/stats/wilson-interval";
import { normalQuantile } from "../../src/stats/normal-quantile";
import type { Document } from "../../src/types";

const close = (x: number, y: number, tol = 1e-9) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(y)));
const d = (id: string, text: string, date: string): Document => ({ id, text, date, meta: {} });

describe("termRates(corpus, terms)", () => {
  it("reports each term in each decade with counts, rates and bounds around the rate", () => {
    const corpus = [d("a", "war war peace", "1861"), d("b", "peace now", "1870-05-01")];
    const rows = termRates(corpus, ["war", "peace"]);
    expect(rows.map((r) => `${r.group}:${r.term}:${r.count}/${r.total_tokens}`)).toEqual(["1860s:war:2/3", "1860s:peace:1/3", "1870s:war:0/2", "1870s:peace:1/2"]);
    for (const r of rows) {
      expect(r.ci_low).toBeLessThanOrEqual(r.per_1k);
      expect(r.ci_high).toBeGreaterThanOrEqual(r.per_1k);
    }
    const [lo, hi] = wilson(2, 3, normalQuantile(0.975));
    expect(rows[0].ci_low).toBe(lo * 1000);
    expect(rows[0].ci_high).toBe(hi * 1000);
  });

  it("follows bigrams when the terms are phrases", () => {
    const rows = termRates([d("a", "maximum pressure. maximum pressure failed", "2019")], ["maximum pressure"], { by: "year" });
    expect(rows[0]).toMatchObject({ group: "2019", term: "maximum pressure", count: 2, total_tokens: 3 });
  });

  it("rejects a confidence outside (0, 1) and an empty term list", () => {
    expect(() => termRates([], ["x"], { confidence: 95 })).toThrow('termRates: option "confidence" must be a number between 0 and 1 (exclusive); got 95');
    expect(() => termRates([], [])).toThrow(/argument "terms"/);
  });
});
