/**
 * Charts of thousands of groups (issue 17): axes, legends and facets are ordered by a rank
 * field of the data, never by an explicit list (which Vega-Lite compiles into one nested
 * conditional that overflowed Vega's expression compiler from about 1,800 values), and a
 * heat map of more groups than can be read draws those with the most words, saying so.
 */
import { describe, expect, test } from "vitest";
import { dispersionChart } from "../../src/chart/dispersion-chart";
import { rhetoricHeatmapChart, type RhetoricHeatmapRow } from "../../src/chart/rhetoric-heatmap-chart";
import type { ChartSpec } from "../../src/chart/spec";
import { stanceProfileChart, type StanceProfileChartRow } from "../../src/chart/stance-profile-chart";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { chartSvg } from "../../src/render/chart-svg";
import { rankedValues } from "./ranked";
import { expectValidVegaLite } from "./schema";

const N = 2_000;
const id = (g: number) => `brief-${String(g).padStart(4, "0")}`;
/** Words per document: every 20th document is long, so "the most words" is a clear choice. */
const words = (g: number) => (g % 20 === 7 ? 5_000 + g : 200 + (g % 13));

const STANCE: StanceProfileChartRow[] = [];
const RHETORIC: RhetoricHeatmapRow[] = [];
for (let g = 0; g < N; g++) {
  for (const category of ["hedge", "booster", "attitude"]) {
    STANCE.push({ group: id(g), category, count: g % 5, n_words: words(g), per_1k: ((g % 5) * 1000) / words(g), ci_low: 0, ci_high: 1 });
  }
  for (const rule of ["absolutes", "doubt"]) RHETORIC.push({ group: id(g), group_start: null, rule, count: g % 3, n_words: words(g), per_1k: ((g % 3) * 1000) / words(g) });
}
const longest = Array.from({ length: N }, (_, g) => g).filter((g) => g % 20 === 7).map(id);

/** No sort of the spec is an array of values. */
function sortsByRank(spec: ChartSpec): void {
  const sorts: unknown[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (key === "sort") sorts.push(value);
    return value;
  });
  for (const s of sorts) expect(Array.isArray(s) && s.length > 50).toBe(false);
}

describe("a heat map of 2,000 groups", () => {
  test("stanceProfileChart draws the 100 groups with the most words, in their order, and says so", () => {
    const spec = stanceProfileChart(STANCE);
    expectValidVegaLite(spec);
    sortsByRank(spec);
    expect(rankedValues(spec, "group", "group_order")).toEqual(longest);
    expect((spec.title as unknown as { subtitle: string[] }).subtitle[1]).toBe("100 of 2,000 groups shown: those with the most words (every group is in the table)");
  });

  test("rhetoricHeatmapChart draws the 100 groups with the most words and says so in the subtitle", () => {
    const spec = rhetoricHeatmapChart(RHETORIC);
    expectValidVegaLite(spec);
    expect(rankedValues(spec, "group", "group_order")).toEqual(longest);
    expect((spec.title as unknown as { subtitle: string }).subtitle).toBe("100 of 2,000 groups shown: those with the most words (every group is in the table)");
    expect(rhetoricHeatmapChart(RHETORIC.slice(0, 40)).title).toBe("Rhetorical patterns per 1,000 words"); // 20 groups: all drawn, no subtitle
  });

  test("all 2,000 groups still compile and render when asked for (rank fields, no explicit sort list)", async () => {
    const spec = rhetoricHeatmapChart(RHETORIC, { maxGroups: N });
    sortsByRank(spec);
    expect(rankedValues(spec, "group", "group_order")).toHaveLength(N);
    const svg = await chartSvg(spec);
    expect(svg).toContain(`>${id(N - 1)}</text>`);
  }, 60_000);

  test("maxGroups must be a whole number from 1 to 5,000", () => {
    expect(() => stanceProfileChart(STANCE, { maxGroups: 0 })).toThrow(/option "maxGroups"/);
    expect(() => rhetoricHeatmapChart(RHETORIC, { maxGroups: 5_001 })).toThrow(/option "maxGroups"/);
  });
});

describe("bands and panels of many groups", () => {
  test("dispersionChart orders 2,000 documents by a rank field and renders", async () => {
    const hits = Array.from({ length: N }, (_, g) => ({ doc_id: id(g), date: null, term: "tariff", position: (g % 10) / 10, start: g }));
    const spec = dispersionChart(hits, { maxDocuments: N, bandHeight: 1 });
    sortsByRank(spec);
    expect(rankedValues(spec, "document", "document_order").slice(0, 2)).toEqual([id(0), id(1)]);
    expect(await chartSvg(spec)).toContain("<svg");
  }, 60_000);

  test("topTermsChart orders its facet panels by a rank field", () => {
    const rows = Array.from({ length: 300 }, (_, g) => ({ group: id(g), group_start: null, term: "tax", count: 1, per_1k: 1, doc_freq: 1, tfidf: 0 }));
    const spec = topTermsChart(rows, { top: 1 });
    sortsByRank(spec);
    expect(rankedValues(spec, "panel", "panel_order")).toEqual(rows.map((r) => r.group));
  });
});
