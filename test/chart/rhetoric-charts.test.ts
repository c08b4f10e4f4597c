import { describe, expect, test } from "vitest";
import { rhetoricHeatmapChart } from "../../src/chart/rhetoric-heatmap-chart";
import { rhetoricTrendChart } from "../../src/chart/rhetoric-trend-chart";
import { DiscourseError } from "../../src/errors";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

const ROWS = [
  { group: "2000s", group_start: "2000", rule: "absolutes", technique: null, count: 4, n_words: 2000, per_1k: 2 },
  { group: "1990s", group_start: "1990", rule: "absolutes", technique: null, count: 1, n_words: 1000, per_1k: 1 },
  { group: "1990s", group_start: "1990", rule: "doubt", technique: null, count: 0, n_words: 1000, per_1k: 0 },
  { group: "2000s", group_start: "2000", rule: "doubt", technique: null, count: 6, n_words: 2000, per_1k: 3 },
  { group: "(missing)", group_start: null, rule: "doubt", technique: null, count: 1, n_words: 10, per_1k: 100 },
  { group: "1990s", group_start: "1990", rule: "name-calling", technique: "Name calling/Labeling", count: 2, n_words: 1000, per_1k: 2 },
];

describe("rhetoricHeatmapChart", () => {
  test("a cell per group and rule, groups in date order (undated last), rules in row order", () => {
    const spec = rhetoricHeatmapChart(ROWS);
    expectValidVegaLite(spec);
    expectGolden("rhetoric-heatmap", spec);
    const enc = spec.encoding as { x: { sort: unknown }; y: { sort: unknown } };
    expect([enc.x.sort, enc.y.sort]).toEqual([byRank("group_order"), byRank("rule_order")]);
    expect(rankedValues(spec, "group", "group_order")).toEqual(["1990s", "2000s", "(missing)"]);
    expect(rankedValues(spec, "rule", "rule_order")).toEqual(["absolutes", "doubt", "name-calling"]);
    expect(spec.data.values.map((v) => `${v.rule}@${v.group}=${v.per_1k}`)).toEqual([
      "absolutes@1990s=1", "absolutes@2000s=2", "doubt@1990s=0", "doubt@2000s=3", "doubt@(missing)=100", "name-calling@1990s=2",
    ]);
  });

  test("rules option keeps and orders rules; no rows give a valid (no data) chart; bad options throw", () => {
    const spec = rhetoricHeatmapChart(ROWS, { rules: ["doubt"] });
    expect(spec.data.values.every((v) => v.rule === "doubt")).toBe(true);
    const empty = rhetoricHeatmapChart([]);
    expectValidVegaLite(empty);
    expect(empty.title).toBe("Rhetorical patterns per 1,000 words (no data)");
    expect(() => rhetoricHeatmapChart(ROWS, { rules: [] })).toThrow(DiscourseError);
    expect(() => rhetoricHeatmapChart(ROWS, { colour: "red" } as never)).toThrow(DiscourseError);
    expect(() => rhetoricHeatmapChart([{ group: 1 }] as never)).toThrow(/rhetoricHeatmapChart: rows\[0\] must be/);
  });
});

describe("rhetoricTrendChart", () => {
  test("a line per rule over dated groups; undated groups left out; the top rules by count by default", () => {
    const spec = rhetoricTrendChart(ROWS, { top: 2 });
    expectValidVegaLite(spec);
    expectGolden("rhetoric-trend", spec);
    expect((spec.encoding as { color: { sort: string[] } }).color.sort).toEqual(["doubt", "absolutes"]);
    expect(spec.data.values.map((v) => `${v.rule}@${v.group_start}`)).toEqual(["doubt@1990", "doubt@2000", "absolutes@1990", "absolutes@2000"]);
  });

  test("the same rows in any order give the same spec", () => {
    expect(JSON.stringify(rhetoricTrendChart([...ROWS].reverse()))).toBe(JSON.stringify(rhetoricTrendChart(ROWS)));
    expect(JSON.stringify(rhetoricHeatmapChart([...ROWS].reverse(), { rules: ["absolutes", "doubt"] }))).toBe(JSON.stringify(rhetoricHeatmapChart(ROWS, { rules: ["absolutes", "doubt"] })));
  });
});
