import { describe, expect, test } from "vitest";
import { termTrendChart } from "../../src/chart/term-trend-chart";
import type { Warning } from "../../src/types";
import { BY_DECADE, BY_DECADE_AND_PARTY, UNGROUPED } from "./fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

describe("termTrendChart", () => {
  test("draws one line per term over a UTC year axis with points and tooltips", () => {
    const spec = termTrendChart(BY_DECADE, { terms: ["union", "war"] });
    expectValidVegaLite(spec);
    expectGolden("term-trend-by-decade", spec);
    const enc = spec.encoding as Record<string, Record<string, unknown>>;
    expect(spec.mark).toEqual({ type: "line", point: true });
    expect(enc.x).toMatchObject({ field: "group_start", type: "temporal", scale: { type: "utc" } });
    expect(enc.x.axis).toMatchObject({ format: "%Y", tickCount: { interval: "year", step: 5 } });
    expect(enc.y).toMatchObject({ field: "per_1k" });
    expect(enc.color).toMatchObject({ field: "term", sort: ["union", "war"] });
    expect((enc.tooltip as unknown as { field: string }[]).map((t) => t.field)).toEqual(["group", "term", "count", "per_1k"]);
    expect(spec.data.values.map((v) => `${v.term}@${v.group_start}`)).toEqual(["union@1790", "union@1800", "union@1810", "war@1790", "war@1800", "war@1810"]);
  });

  test("without terms it draws the top terms by total count", () => {
    const spec = termTrendChart(BY_DECADE, { top: 2, measure: "count" });
    expectValidVegaLite(spec);
    expect((spec.encoding as { color: { sort: string[] } }).color.sort).toEqual(["war", "union"]);
    expect(spec.title).toBe("Terms over time (count)");
  });

  test("undated rows and unknown terms are left out with warnings", () => {
    const warnings: Warning[] = [];
    const spec = termTrendChart(UNGROUPED, { terms: ["union", "nowhere"], onWarning: (w) => warnings.push(w) });
    expectValidVegaLite(spec);
    expect(warnings.map((w) => w.code)).toEqual(["term_not_found", "no_group_start"]);
    expect(spec.title).toBe("Terms over time (per 1,000 tokens) (no data)");
  });

  test("input order does not change the spec", () => {
    expect(JSON.stringify(termTrendChart([...BY_DECADE].reverse()))).toBe(JSON.stringify(termTrendChart(BY_DECADE)));
  });

  test("rows with a split are refused, pointing to termTrendByGroupChart", () => {
    expect(() => termTrendChart(BY_DECADE_AND_PARTY)).toThrow(/use termTrendByGroupChart/);
  });

  test("bad options throw", () => {
    expect(() => termTrendChart(BY_DECADE, { terms: [] })).toThrow('termTrendChart: option "terms" must be a non-empty array of terms; got an array of 0');
    expect(() => termTrendChart(BY_DECADE, { terms: ["a", "a"] })).toThrow(/distinct/);
    expect(() => termTrendChart(BY_DECADE, { measure: "doc_freq" as never })).toThrow(/option "measure"/);
    expect(() => termTrendChart(BY_DECADE, { top: 0 })).toThrow(/option "top"/);
  });
});
