import { describe, expect, test } from "vitest";
import { periodKeynessChart } from "../../src/chart/period-keyness-chart";
import { DiscourseError } from "../../src/errors";
import { KEY, PERIOD_KEY } from "./compare-fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

describe("periodKeynessChart", () => {
  test("one panel per period in period_start order, each against the previous period", () => {
    const spec = periodKeynessChart(PERIOD_KEY, { top: 1 });
    expectValidVegaLite(spec);
    expectGolden("period-keyness", spec);
    expect((spec.facet as { sort: unknown }).sort).toEqual(byRank("panel_order"));
    expect(rankedValues(spec, "panel", "panel_order")).toEqual(["1980s vs 1970s", "1990s vs 1980s"]);
    expect(spec.resolve).toEqual({ scale: { y: "independent" } });
    expect(spec.columns).toBe(2);
    expect(spec.data.values.map((v) => `${v.period}:${v.previous}:${v.term}:${v.side}`)).toEqual([
      "1980s:1970s:terror:rose",
      "1980s:1970s:detente:fell",
      "1990s:1980s:terror:rose",
      "1990s:1980s:shall:fell",
    ]);
  });

  test("rows against the rest get their own legend and title", () => {
    const rest = PERIOD_KEY.map((r) => ({ ...r, previous: "(rest)" }));
    const spec = periodKeynessChart(rest);
    expectValidVegaLite(spec);
    expect(spec.title).toEqual({ text: "Key terms of each period against the rest", subtitle: "each period against the rest of the corpus" });
    expect(rankedValues(spec, "panel", "panel_order")).toEqual(["1980s", "1990s"]);
    expect(new Set(spec.data.values.map((v) => v.side))).toEqual(new Set(["key in the period", "key in the rest"]));
  });

  test("labels, measure and columns follow the options", () => {
    const spec = periodKeynessChart(PERIOD_KEY, { measure: "g2", targetLabel: "up", referenceLabel: "down", columns: 1 });
    expectValidVegaLite(spec);
    expect(spec.columns).toBe(1);
    expect(spec.data.values.find((v) => v.term === "shall")).toMatchObject({ side: "down", value: -60 });
  });

  test("the same rows in any order give byte-identical specs", () => {
    expect(JSON.stringify(periodKeynessChart([...PERIOD_KEY].reverse()))).toBe(JSON.stringify(periodKeynessChart(PERIOD_KEY)));
  });

  test("empty rows give a valid chart titled (no data)", () => {
    const spec = periodKeynessChart([]);
    expectValidVegaLite(spec);
    expect((spec.title as { text: string }).text).toBe("What rose and fell from one period to the next (no data)");
  });

  test("bad options and rows throw", () => {
    expect(() => periodKeynessChart(PERIOD_KEY, { columns: 0 })).toThrow(/option "columns"/);
    expect(() => periodKeynessChart(PERIOD_KEY, { top: -1 })).toThrow(/option "top"/);
    expect(() => periodKeynessChart(PERIOD_KEY, { panels: 2 } as never)).toThrow(/got "panels"/);
    expect(() => periodKeynessChart(KEY as never)).toThrow(/period, period_start and previous/);
    expect(() => periodKeynessChart([...PERIOD_KEY, PERIOD_KEY[0]])).toThrow(/appears twice in period "1990s"/);
    try {
      periodKeynessChart([...PERIOD_KEY, { ...PERIOD_KEY[0], term: "new", period_start: "1991" }]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
