import { describe, expect, test } from "vitest";
import { keynessChart } from "../../src/chart/keyness-chart";
import { periodKeynessChart } from "../../src/chart/period-keyness-chart";
import { dispersionChart } from "../../src/chart/dispersion-chart";
import { termRateBandChart } from "../../src/chart/term-rate-band-chart";
import { termScatterChart } from "../../src/chart/term-scatter-chart";
import type { Warning } from "../../src/types";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

const k = (term: string, direction: "target" | "reference", log_ratio: number, g2: number) => ({
  term, direction, log_ratio, g2, n_target: 10, n_reference: 2, total_target: 1000, total_reference: 1000,
  per_1k_target: 10, per_1k_reference: 2, chi2: g2 - 1, p: 0.001, p_adjusted: 0.002, pct_diff: 400,
});
const KEY = [k("terror", "target", 3.2, 40), k("iraq", "target", 2.5, 55), k("jobs", "target", 0.8, 5), k("treaty", "reference", -2.1, 30), k("shall", "reference", -4, 60)];

describe("keynessChart", () => {
  test("draws the strongest terms of each side as diverging bars coloured by side", () => {
    const spec = keynessChart(KEY, { top: 2, targetLabel: "since 2001", referenceLabel: "before" });
    expectValidVegaLite(spec);
    expectGolden("keyness", spec);
    expect(spec.data.values.map((v) => `${v.term}:${v.side}:${v.value}`)).toEqual(["terror:since 2001:3.2", "iraq:since 2001:2.5", "shall:before:-4", "treaty:before:-2.1"]);
  });

  test("signs G2 by direction when asked to draw it", () => {
    const spec = keynessChart(KEY, { measure: "g2", top: 1 });
    expect(spec.data.values.map((v) => v.value)).toEqual([55, -60]);
  });

  test("rejects unknown measures and rows without a direction", () => {
    expect(() => keynessChart(KEY, { measure: "chi2" as never })).toThrow('keynessChart: option "measure" must be one of log_ratio, g2; got "chi2"');
    expect(() => keynessChart([{ term: "x" } as never])).toThrow(/rows\[0\] must be a keyness row/);
  });
});

describe("periodKeynessChart", () => {
  test("draws one panel per period in date order, each against the previous one", () => {
    const rows = [
      ...KEY.map((r) => ({ ...r, period: "1990s", period_start: "1990", previous: "1980s" })),
      ...KEY.slice(0, 2).map((r) => ({ ...r, period: "1980s", period_start: "1980", previous: "1970s" })),
    ];
    const spec = periodKeynessChart(rows, { top: 1 });
    expectValidVegaLite(spec);
    expectGolden("period-keyness", spec);
    expect((spec.facet as { sort: string[] }).sort).toEqual(["1980s", "1990s"]);
    expect(spec.data.values.map((v) => `${v.panel}:${v.term}:${v.side}`)).toEqual(["1980s:terror:rose", "1990s:terror:rose", "1990s:shall:fell"]);
  });
});

describe("dispersionChart", () => {
  const hits = [
    { doc_id: "b", date: "2002", term: "iran", token_index: 5, n_tokens_doc: 10, position: 0.5, char_start: 30, char_end: 34 },
    { doc_id: "a", date: "1980", term: "iran", token_index: 1, n_tokens_doc: 10, position: 0.1, char_start: 4, char_end: 8 },
    { doc_id: "a", date: "1980", term: "hostages", token_index: 9, n_tokens_doc: 10, position: 0.9, char_start: 50, char_end: 58 },
  ];
  test("puts one band per document in date order with a tick per hit", () => {
    const spec = dispersionChart(hits);
    expectValidVegaLite(spec);
    expectGolden("dispersion", spec);
    expect((spec.encoding as { y: { sort: string[] } }).y.sort).toEqual(["1980 a", "2002 b"]);
    expect(spec.data.values.map((v) => `${v.doc_id}:${v.term}:${v.position}`)).toEqual(["a:iran:0.1", "a:hostages:0.9", "b:iran:0.5"]);
  });
  test("keeps the latest documents when there are more than maxDocuments, and says so", () => {
    const spec = dispersionChart(hits, { maxDocuments: 1 });
    expect(spec.data.values.map((v) => v.doc_id)).toEqual(["b"]);
    expect(spec.title).toMatchObject({ subtitle: "the latest 1 of 2 documents with a hit" });
  });
});

describe("termRateBandChart", () => {
  const r = (group: string, term: string, per_1k: number, lo: number, hi: number) => ({ group, group_start: group.slice(0, 4), split: null, term, count: 1, total_tokens: 1000, per_1k, ci_low: lo, ci_high: hi, n_docs: 1, doc_freq: 1 });
  test("layers a confidence band under each term's line", () => {
    const spec = termRateBandChart([r("1990s", "iran", 0.5, 0.1, 1.2), r("2000s", "iran", 1, 0.4, 2), r("1990s", "tariff", 0.2, 0, 0.9)]);
    expectValidVegaLite(spec);
    expectGolden("term-rate-band", spec);
    const layers = spec.layer as { mark: { type: string } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(["area", "line"]);
  });
  test("leaves out empty periods (NaN rates) with a warning", () => {
    const warnings: Warning[] = [];
    const spec = termRateBandChart([r("1990s", "iran", NaN, NaN, NaN), r("2000s", "iran", 1, 0.4, 2)], { onWarning: (w) => warnings.push(w) });
    expect(spec.data.values).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(["no_rate"]);
  });
});

describe("termScatterChart", () => {
  test("plots each term's rate in A against B with concordance lines in the tooltip fields", () => {
    const rows = KEY.map((x, i) => ({ ...x, per_1k_reference: i, kwic_target: [`a ${x.term} line`], kwic_reference: [] }));
    const spec = termScatterChart(rows, { targetLabel: "Bush 2002", referenceLabel: "Obama 2015", labelTop: 2 });
    expectValidVegaLite(spec);
    expectGolden("term-scatter", spec);
    const v = spec.data.values.find((x) => x.term === "terror")!;
    expect(v).toMatchObject({ kwic_target_1: "a terror line", kwic_target_2: null, kwic_reference_1: null });
    expect(spec.data.values.filter((x) => x.label !== null).map((x) => x.label)).toEqual(["shall", "iraq"]);
  });
});
