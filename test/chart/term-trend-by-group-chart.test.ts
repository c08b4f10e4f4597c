import { describe, expect, test } from "vitest";
import { termTrendByGroupChart } from "../../src/chart/term-trend-by-group-chart";
import type { Warning } from "../../src/types";
import { BY_DECADE, BY_DECADE_AND_PARTY } from "./fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

describe("termTrendByGroupChart", () => {
  test("one panel per split value, sorted, sharing the time axis", () => {
    const spec = termTrendByGroupChart(BY_DECADE_AND_PARTY, { columns: 2 });
    expectValidVegaLite(spec);
    expectGolden("term-trend-by-party", spec);
    expect(spec.facet).toEqual({ field: "split", type: "nominal", title: null, sort: byRank("panel_order") });
    expect(rankedValues(spec, "split", "panel_order")).toEqual(["Democratic", "Republican", "Whig"]);
    expect(spec.columns).toBe(2);
    expect(spec.resolve).toBeUndefined();
    const inner = spec.spec as { encoding: { x: { field: string } } };
    expect(inner.encoding.x.field).toBe("group_start");
  });

  test("the measure can be tfidf, which is added to data and tooltips", () => {
    const spec = termTrendByGroupChart(BY_DECADE_AND_PARTY, { measure: "tfidf", terms: ["union"] });
    expectValidVegaLite(spec);
    expect(Object.keys(spec.data.values[0])).toEqual(["group", "group_start", "split", "term", "count", "per_1k", "tfidf", "panel_order"]);
  });

  test("rows without a split are left out with a warning", () => {
    const warnings: Warning[] = [];
    const spec = termTrendByGroupChart(BY_DECADE, { onWarning: (w) => warnings.push(w) });
    expectValidVegaLite(spec);
    expect(warnings.map((w) => w.code)).toEqual(["no_split"]);
    expect(spec.data.values).toEqual([]);
  });

  test("same input twice gives identical JSON", () => {
    expect(JSON.stringify(termTrendByGroupChart(BY_DECADE_AND_PARTY))).toBe(JSON.stringify(termTrendByGroupChart([...BY_DECADE_AND_PARTY].reverse())));
  });

  test("bad options throw", () => {
    expect(() => termTrendByGroupChart(BY_DECADE_AND_PARTY, { columns: 0 })).toThrow(/option "columns"/);
  });
});
