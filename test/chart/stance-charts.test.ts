import { describe, expect, test } from "vitest";
import { stanceOverTimeChart, type StanceOverTimeChartRow } from "../../src/chart/stance-over-time-chart";
import { stanceProfileChart, type StanceProfileChartRow } from "../../src/chart/stance-profile-chart";
import type { Warning } from "../../src/types";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

const period = (group: string, mean: number, n: number, label: string, evidence: string): StanceOverTimeChartRow => ({
  group, group_start: group, target: "talks", n_mentions: n, n_favor: label === "FAVOR" ? n : 0, n_against: label === "AGAINST" ? n : 0,
  mean_score: mean, ci_low: n > 1 ? mean - 1 : NaN, ci_high: n > 1 ? mean + 1 : NaN, label, evidence,
});
const PERIODS = [
  period("2019", 2, 1, "FAVOR", "We welcome talks."),
  period("2018", -2, 2, "AGAINST", "We reject talks. | No talks."),
  period("2020", NaN, 0, "NONE", ""),
];

describe("stanceOverTimeChart", () => {
  test("a zero rule, a band, a line and points coloured by label with the evidence in the tooltip", () => {
    const warnings: Warning[] = [];
    const spec = stanceOverTimeChart(PERIODS, { onWarning: (w) => warnings.push(w) });
    expectValidVegaLite(spec);
    expectGolden("stance-over-time", spec);
    const layers = spec.layer as { mark: { type: string }; encoding: { tooltip?: { field: string }[] } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(["rule", "area", "line", "point"]);
    expect(layers[3].encoding.tooltip!.map((t) => t.field)).toContain("evidence");
    expect(spec.data.values.map((v) => v.group)).toEqual(["2018", "2019"]);
    expect(spec.data.values[1]).toMatchObject({ evidence: "We welcome talks.", ci_low: null });
    expect(warnings.map((w) => w.code)).toEqual(["no_mentions"]);
    expect((spec.title as { text: string }).text).toBe("Stance toward talks over time");
  });
  test("same rows in any order give the same spec; empty rows a (no data) chart; bad input throws", () => {
    expect(JSON.stringify(stanceOverTimeChart([...PERIODS].reverse()))).toBe(JSON.stringify(stanceOverTimeChart(PERIODS)));
    const empty = stanceOverTimeChart([]);
    expectValidVegaLite(empty);
    expect((empty.title as { text: string }).text).toMatch(/\(no data\)$/);
    expect(() => stanceOverTimeChart(PERIODS, { top: 1 } as never)).toThrow(/top/);
    expect(() => stanceOverTimeChart([{ group: 1 } as never])).toThrow(/rows\[0\]/);
  });
});

describe("stanceProfileChart", () => {
  const rate = (group: string, category: string, count: number, n: number): StanceProfileChartRow => ({ group, category, count, n_words: n, per_1k: (1000 * count) / n, ci_low: 0, ci_high: 1 });
  const RATES = [rate("Truman", "hedge", 5, 1000), rate("Truman", "booster", 2, 1000), rate("Bush", "hedge", 3, 500), rate("Bush", "booster", 9, 500)];
  test("a heat map of categories by group with the rate in each cell, in input order", () => {
    const spec = stanceProfileChart(RATES);
    expectValidVegaLite(spec);
    expectGolden("stance-profile", spec);
    expect((spec.encoding as { y: { sort: unknown } }).y.sort).toEqual(byRank("group_order"));
    expect(rankedValues(spec, "group", "group_order")).toEqual(["Truman", "Bush"]);
    expect(spec.data.values.map((v) => v.per_1k)).toEqual([5, 2, 6, 18]);
  });
});
