import { describe, expect, it } from "vitest";
import { compareAcrossDates, COMPARE_PARAMS } from "../../src/recipes/compare-across-dates";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { specJson } from "../../src/chart/spec";
import type { Document, Warning } from "../../src/types";
import { expectValidVegaLite } from "../chart/schema";
import { sotuParams } from "./sotu-params";

describe("compareAcrossDates(corpus, the shipped SOTU parameters)", () => {
  const corpus = sotuCorpus();
  const report = compareAcrossDates(corpus, sotuParams("compareAcrossDates"));

  it("gives the five charts of the notebook, each valid Vega-Lite with the table behind it", () => {
    expect(report.items.map((i) => i.id)).toEqual(["key-terms-since", "era-keyness", "trend-ci", "dispersion", "two-speeches"]);
    for (const item of report.items) {
      expectValidVegaLite(item.chart);
      expect(item.table.rows.length, item.id).toBeGreaterThan(0);
      for (const c of item.table.columns) expect(item.table.rows[0], `${item.id}.${c}`).toHaveProperty(c);
    }
  });

  it("is deterministic: the same corpus gives the same specs byte for byte", () => {
    const again = compareAcrossDates(sotuCorpus(), sotuParams("compareAcrossDates"));
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
    const r = compareAcrossDates(docs, { ...COMPARE_PARAMS, since: "date>=2050", speechA: "id=nowhere", speechB: "id=nobody" }, (w) => warnings.push(w));
    expect(r.items).toHaveLength(5);
    expect(warnings.filter((w) => w.code === "empty_selection").map((w) => w.message.match(/\(([a-zA-Z]+)\)/)?.[1])).toEqual(["since", "speechA", "speechB"]);
  });

  it("with no parameters, follows the corpus's own periods and the terms that rose and fell, and sets its first and last document side by side", () => {
    const docs: Document[] = Array.from({ length: 8 }, (_, i) => ({
      id: `d${i}`,
      date: `${2000 + i}-06-01`,
      speaker: i % 2 ? "Ana" : "Bo",
      text: i < 4 ? `The canal and the canal locks need repair ${i}. Canal tolls, canal boats.` : `The railway and the railway stations need repair ${i}. Railway fares, railway lines.`,
      meta: {},
    }));
    const r = compareAcrossDates(docs, {}, () => undefined);
    expect(r.items.map((i) => i.id)).toEqual(["key-terms-since", "era-keyness", "trend-ci", "dispersion", "two-speeches"]);
    const trend = r.items.find((i) => i.id === "trend-ci")!;
    const terms = new Set(trend.table.rows.map((x) => x.term));
    expect(terms).toContain("railway"); // rose
    expect(terms).toContain("canal"); // fell
    expect(terms).not.toContain("repair"); // in every document: no change
    expect(r.items.find((i) => i.id === "two-speeches")!.title).toBe("Two documents side by side: Bo 2000-06-01 and Ana 2007-06-01");
  });
});
