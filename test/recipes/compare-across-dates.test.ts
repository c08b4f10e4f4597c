import { describe, expect, it } from "vitest";
import { compareAcrossDates, COMPARE_PARAMS } from "../../src/recipes/compare-across-dates";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { specJson } from "../../src/chart/spec";
import type { Document, Warning } from "../../src/types";
import { expectValidVegaLite } from "../chart/schema";

describe("compareAcrossDates(corpus)", () => {
  const corpus = sotuCorpus();
  const report = compareAcrossDates(corpus);

  it("gives the five charts of the notebook, each valid Vega-Lite with the table behind it", () => {
    expect(report.items.map((i) => i.id)).toEqual(["key-terms-since", "era-keyness", "trend-ci", "dispersion", "two-speeches"]);
    for (const item of report.items) {
      expectValidVegaLite(item.chart);
      expect(item.table.rows.length, item.id).toBeGreaterThan(0);
      for (const c of item.table.columns) expect(item.table.rows[0], `${item.id}.${c}`).toHaveProperty(c);
    }
  });

  it("is deterministic: the same corpus gives the same specs byte for byte", () => {
    const again = compareAcrossDates(sotuCorpus());
    expect(again.items.map((i) => specJson(i.chart))).toEqual(report.items.map((i) => specJson(i.chart)));
  });

  it("backs the dispersion x-ray with the concordance lines of its terms", () => {
    const x = report.items.find((i) => i.id === "dispersion")!;
    const ticks = x.chart.data.values.length;
    expect(x.table.rows.length).toBe(ticks);
  });

  it("falls back to documents that exist when a selection matches none, and says so", () => {
    const docs: Document[] = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, date: String(1990 + i), text: `We talk about tariffs and Iran ${i}. Iran again and tariffs.`, meta: {} }));
    const warnings: Warning[] = [];
    const r = compareAcrossDates(docs, { ...COMPARE_PARAMS, since: "date>=2050" }, (w) => warnings.push(w));
    expect(r.items).toHaveLength(5);
    expect(warnings.filter((w) => w.code === "empty_selection").map((w) => w.message.match(/\(([a-zA-Z]+)\)/)?.[1])).toEqual(["since", "speechA", "speechB"]);
  });
});
