import { describe, expect, test } from "vitest";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { VEGA_LITE_SCHEMA } from "../../src/chart/spec";
import { DiscourseError } from "../../src/errors";
import { BY_DECADE, BY_DECADE_AND_PARTY, UNGROUPED } from "./fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

describe("topTermsChart", () => {
  test("one group gives a single bar chart, bars ranked by count descending with ties by term", () => {
    const spec = topTermsChart(UNGROUPED, { top: 4 });
    expectValidVegaLite(spec);
    expectGolden("top-terms-ungrouped", spec);
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.title).toBe("Top 4 terms by count");
    expect(spec.facet).toBeUndefined();
    expect(spec.data.values.map((v) => [v.term, v.rank])).toEqual([
      ["people", 1],
      ["union", 2],
      ["liberty", 3],
      ["war", 4],
    ]);
  });

  test("several groups give panels in period order with independent y scales and a shared x", () => {
    const spec = topTermsChart(BY_DECADE, { measure: "per_1k", top: 2, columns: 2 });
    expectValidVegaLite(spec);
    expectGolden("top-terms-by-decade", spec);
    expect(spec.facet).toEqual({ field: "panel", type: "nominal", title: null, sort: byRank("panel_order") });
    expect(rankedValues(spec, "panel", "panel_order")).toEqual(["1790s", "1800s", "1810s"]);
    expect(spec.columns).toBe(2);
    expect(spec.resolve).toEqual({ scale: { y: "independent" } });
    expect(spec.data.values.map((v) => `${v.panel}:${v.term}`)).toEqual(["1790s:union", "1790s:liberty", "1800s:war", "1800s:union", "1810s:war", "1810s:union"]);
  });

  test("rows with a split get one panel per group and split", () => {
    const spec = topTermsChart(BY_DECADE_AND_PARTY, { top: 1 });
    expectValidVegaLite(spec);
    expect(rankedValues(spec, "panel", "panel_order")).toEqual(["1850s / Democratic", "1850s / Whig", "1860s / Democratic", "1860s / Republican"]);
  });

  test("tooltips show term, count, per_1k, doc_freq and tfidf", () => {
    const spec = topTermsChart(UNGROUPED);
    const tooltip = (spec.encoding as { tooltip: { field: string }[] }).tooltip.map((t) => t.field);
    expect(tooltip).toEqual(["term", "count", "per_1k", "doc_freq", "tfidf"]);
  });

  test("the same rows in any order give byte-identical specs", () => {
    const a = JSON.stringify(topTermsChart(BY_DECADE));
    const b = JSON.stringify(topTermsChart([...BY_DECADE].reverse()));
    expect(b).toBe(a);
  });

  test("empty rows give a valid chart titled (no data)", () => {
    const spec = topTermsChart([]);
    expectValidVegaLite(spec);
    expect(spec.title).toBe("Top 10 terms by count (no data)");
    expect(spec.data.values).toEqual([]);
  });

  test("bad options throw invalid_argument naming the option", () => {
    expect(() => topTermsChart(UNGROUPED, { measure: "G2" as never })).toThrow('topTermsChart: option "measure" must be one of count, per_1k, tfidf; got "G2"');
    expect(() => topTermsChart(UNGROUPED, { top: 0 })).toThrow(DiscourseError);
    expect(() => topTermsChart(UNGROUPED, { top: 1.5 })).toThrow(/option "top" must be an integer/);
    expect(() => topTermsChart(UNGROUPED, { measures: "count" } as never)).toThrow(/got "measures"/);
    expect(() => topTermsChart("rows" as never)).toThrow(/rows must be an array/);
  });

  test("a group with the same term twice is invalid input", () => {
    try {
      topTermsChart([...UNGROUPED, UNGROUPED[0]]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
