/** Charts of the kit: scaled positions, word weights (Eiffel tower), similarity heat map, style over time. */
import { describe, expect, test } from "vitest";
import { scalePositionsChart } from "../../src/chart/scale-positions-chart";
import { wordWeightsChart } from "../../src/chart/word-weights-chart";
import { similarityHeatmapChart } from "../../src/chart/similarity-heatmap-chart";
import { styleTrendChart } from "../../src/chart/style-trend-chart";
import type { SimilarityRow } from "../../src/compare/dfm-similarity";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

type Layer = { mark: { type: string }; encoding: Record<string, { field?: string }> };

const POSITIONS = [
  { row: "Adams", date: "1797-11-22", theta: -1.2, se: 0.1, lower: -1.396, upper: -1.004, alpha: 0, n_words: 900 },
  { row: "Lincoln", date: "1861-12-03", theta: 0.1, se: 0.05, lower: 0.002, upper: 0.198, alpha: 0.3, n_words: 1500 },
  { row: "Obama", date: "2009-02-24", theta: 1.1, se: 0.08, lower: 0.943, upper: 1.257, alpha: 0.5, n_words: 1200 },
];
const WORDS = [
  { feature: "gentlemen", beta: -2.1, psi: -1.5 },
  { feature: "treaty", beta: -1.2, psi: 0.4 },
  { feature: "the", beta: 0.01, psi: 4.2 },
  { feature: "jobs", beta: 1.6, psi: -0.2 },
  { feature: "tonight", beta: 2.3, psi: -1.1 },
];
const SIM: SimilarityRow[] = ["a", "b"].flatMap((x, i) => ["a", "b"].map((y, j) => ({ row_a: x, row_b: y, order_a: i, order_b: j, method: "cosine" as const, value: i === j ? 1 : 0.25 })));

describe("scalePositionsChart", () => {
  test("a point and an interval per row, rows in matrix order (golden)", () => {
    const spec = scalePositionsChart(POSITIONS);
    expectValidVegaLite(spec);
    expectGolden("scale-positions", spec);
    const layers = spec.layer as Layer[];
    expect(layers.map((l) => l.mark.type)).toEqual(["rule", "point"]);
    expect(layers[0].encoding.x.field).toBe("lower");
    expect(spec.data.values.map((v) => [v.row, v.order, v.value])).toEqual([["Adams", 0, -1.2], ["Lincoln", 1, 0.1], ["Obama", 2, 1.1]]);
  });
  test("over time: dates on x; mv has no interval; bad options throw", () => {
    const spec = scalePositionsChart(POSITIONS, { layout: "time" });
    expectValidVegaLite(spec);
    expect((spec.layer as Layer[])[1].encoding.x.field).toBe("date");
    const mv = scalePositionsChart(POSITIONS.map((p) => ({ ...p, mv: p.theta })), { value: "mv" });
    expect((mv.layer as Layer[]).map((l) => l.mark.type)).toEqual(["point"]);
    expect(() => scalePositionsChart(POSITIONS, { layout: "grid" as never })).toThrow(/option "layout"/);
    expect(() => scalePositionsChart([{ ...POSITIONS[0], date: null }], { layout: "time" })).toThrow(/option "layout"/);
    expect(() => scalePositionsChart("rows" as never)).toThrow(/rows/);
    expect(() => scalePositionsChart(POSITIONS, { colour: "red" } as never)).toThrow(/colour/);
  });
});

describe("wordWeightsChart", () => {
  test("every word at (beta, psi); the most extreme labelled by default, chosen words otherwise (golden)", () => {
    const spec = wordWeightsChart(WORDS, { label: 2 });
    expectValidVegaLite(spec);
    expectGolden("word-weights", spec);
    expect(spec.data.values.filter((v) => v.label !== null).map((v) => v.feature)).toEqual(["gentlemen", "tonight"]);
    const chosen = wordWeightsChart(WORDS, { words: ["the", "jobs"] });
    expect(chosen.data.values.filter((v) => v.label !== null).map((v) => v.feature)).toEqual(["the", "jobs"]);
    expect(() => wordWeightsChart(WORDS, { label: 0 })).toThrow(/option "label"/);
  });
});

describe("similarityHeatmapChart", () => {
  test("a cell per pair ordered by the matrix order fields (golden); euclidean reverses the colours", () => {
    const spec = similarityHeatmapChart(SIM);
    expectValidVegaLite(spec);
    expectGolden("similarity-heatmap", spec);
    expect(spec.data.values).toHaveLength(4);
    const euclid = similarityHeatmapChart(SIM.map((r) => ({ ...r, method: "euclidean" as const })));
    expect(JSON.stringify(euclid.encoding)).toContain('"reverse":true');
    expect(JSON.stringify(similarityHeatmapChart([]).title)).toContain("Similarity (cosine) (no data)");
  });
});

describe("styleTrendChart", () => {
  const rows = [
    { group: "1790s", group_start: "1790", smog: 18.9, flesch_kincaid: 19 },
    { group: "1800s", group_start: "1800", smog: 18.2, flesch_kincaid: null },
    { group: "undated", group_start: null, smog: 10, flesch_kincaid: 10 },
  ];
  test("one line per field; undated rows and nulls left out (golden)", () => {
    const spec = styleTrendChart(rows, { fields: ["flesch_kincaid", "smog"], yTitle: "grade level" });
    expectValidVegaLite(spec);
    expectGolden("style-trend", spec);
    expect(spec.data.values.map((v) => `${v.measure}:${v.group}`)).toEqual(["flesch_kincaid:1790s", "smog:1790s", "smog:1800s"]);
    expect(() => styleTrendChart(rows, { fields: [] })).toThrow(/option "fields"/);
    expect(() => styleTrendChart(rows, {} as never)).toThrow(/fields/);
  });
});
