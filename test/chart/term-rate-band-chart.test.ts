import { describe, expect, test } from "vitest";
import { termRateBandChart } from "../../src/chart/term-rate-band-chart";
import type { Warning } from "../../src/types";
import { DiscourseError } from "../../src/errors";
import { rate, RATES } from "./compare-fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

type Layer = { mark: { type: string }; encoding: { tooltip?: { field: string }[] } };

describe("termRateBandChart", () => {
  test("a confidence band, a line and points per term; empty groups (NaN rates) dropped with a warning", () => {
    const warnings: Warning[] = [];
    const spec = termRateBandChart(RATES, { onWarning: (w) => warnings.push(w) });
    expectValidVegaLite(spec);
    expectGolden("term-rate-band", spec);
    const layers = spec.layer as Layer[];
    expect(layers.map((l) => l.mark.type)).toEqual(["area", "line", "point"]);
    expect(layers[2].encoding.tooltip!.map((t) => t.field)).toEqual(["group", "term", "count", "total_tokens", "per_1k", "ci_low", "ci_high"]);
    expect(warnings.map((w) => w.code)).toEqual(["no_rate"]);
    expect(spec.data.values.map((v) => `${v.term}:${v.group}`)).toEqual(["iran:1990s", "iran:2000s", "tariff:1990s", "tariff:2000s"]);
    expect(JSON.stringify(spec)).not.toMatch(/NaN|"per_1k":null/);
    expect(JSON.stringify(spec.layer)).not.toMatch(/opacity/); // from the theme
  });

  test("terms pick and order the lines; missing terms and undated rows warn", () => {
    const warnings: Warning[] = [];
    const spec = termRateBandChart([...RATES, { ...rate("x", "tariff", 1, 10, 0, 1), group_start: null }], { terms: ["tariff", "nope"], onWarning: (w) => warnings.push(w) });
    expectValidVegaLite(spec);
    expect(new Set(spec.data.values.map((v) => v.term))).toEqual(new Set(["tariff"]));
    expect(warnings.map((w) => w.code).sort()).toEqual(["no_group_start", "no_rate", "term_not_found"]);
  });

  test("the same rows in any order give byte-identical specs", () => {
    expect(JSON.stringify(termRateBandChart([...RATES].reverse()))).toBe(JSON.stringify(termRateBandChart(RATES)));
  });

  test("empty rows give a valid chart titled (no data)", () => {
    const spec = termRateBandChart([]);
    expectValidVegaLite(spec);
    expect((spec.title as { text: string }).text).toBe("Rate per 1,000 tokens with confidence bands (no data)");
  });

  test("bad options and rows throw", () => {
    expect(() => termRateBandChart(RATES, { terms: [] })).toThrow(/option "terms"/);
    expect(() => termRateBandChart(RATES, { height: 0 })).toThrow(/option "height"/);
    expect(() => termRateBandChart(RATES, { onWarning: "log" as never })).toThrow(/option "onWarning"/);
    expect(() => termRateBandChart(RATES, { top: 3 } as never)).toThrow(/got "top"/);
    expect(() => termRateBandChart([{ term: "x" } as never])).toThrow(/rows\[0\]/);
    try {
      termRateBandChart([...RATES, { ...RATES[0], split: "Whig" }]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
