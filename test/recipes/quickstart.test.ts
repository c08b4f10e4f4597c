import { describe, expect, test } from "vitest";
import { quickstart, QUICKSTART_PARAMS, type QuickstartParams } from "../../src/recipes/quickstart";
import { specJson } from "../../src/chart/spec";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { TERM_FREQUENCY_COLUMNS, termFrequency } from "../../src/measure/term-frequency";
import { tokenStreamScans } from "../../src/segment/token-stream";
import type { Document, Warning } from "../../src/types";
import { expectValidVegaLite } from "../chart/schema";
import { sotuParams } from "./sotu-params";

const SOTU = sotuParams("quickstart");

const d = (id: string, text: string, date: string | undefined, party: string): Document => ({ id, text, date, meta: { party } });
const tiny = [
  d("a", "War and peace. A tax on war.", "1861-04-12", "R"),
  d("b", "Peace, peace, peace. No tariff.", "1865", "R"),
  d("c", "No war. Iran.", "1871-01", "D"),
  d("d", "Terrorism and negotiation; tax.", "1995-02-01", "D"),
];

describe("quickstart(corpus, the shipped SOTU parameters)", () => {
  const sotu = sotuCorpus();
  const scansBefore = tokenStreamScans();
  const report = quickstart(sotu, SOTU);
  const scans = tokenStreamScans() - scansBefore;

  test("tokenizes the corpus once for its three tables (one shared token stream)", () => {
    expect(scans).toBe(1);
    // and a second analysis of the same corpus array scans nothing again
    quickstart(sotu, SOTU);
    expect(tokenStreamScans() - scansBefore).toBe(1);
  });

  test("has the items top-terms-by-era, term-trend and term-trend-by-party, in that order", () => {
    expect(report.items.map((i) => i.id)).toEqual(["top-terms-by-era", "term-trend", "term-trend-by-party"]);
    for (const item of report.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.caption.length).toBeGreaterThan(0);
    }
  });

  test("summarises the corpus: document count and span of years", () => {
    expect(report.summary).toBe(`${sotu.length} documents, 1790-${[...sotu].map((x) => x.date!).sort().at(-1)!.slice(0, 4)}.`);
  });

  test("every chart is valid against the Vega-Lite schema", () => {
    for (const item of report.items) expectValidVegaLite(JSON.parse(specJson(item.chart)));
  });

  test("tables have the term-frequency columns and are the rows of termFrequency with the recipe's options", () => {
    for (const item of report.items) expect(item.table.columns).toEqual([...TERM_FREQUENCY_COLUMNS]);
    const trend = termFrequency(sotu, { by: "decade", terms: SOTU.trendTerms });
    expect(report.items[1].table.rows).toEqual(trend);
  });

  test("top terms by era: at most 12 terms per era, no English stopwords, no numbers", () => {
    const rows = report.items[0].table.rows as { group: string; term: string }[];
    const eras = SOTU.eras!.map((e) => e.name);
    expect([...new Set(rows.map((r) => r.group))]).toEqual(eras);
    for (const era of eras) expect(rows.filter((r) => r.group === era)).toHaveLength(12);
    for (const r of rows) {
      expect(["the", "of", "and", "to", "in"]).not.toContain(r.term);
      expect(r.term).not.toMatch(/^\d+$/);
    }
  });

  test("the trend by party follows the split terms in each decade and party", () => {
    const rows = report.items[2].table.rows as { split: string | null; term: string }[];
    expect([...new Set(rows.map((r) => r.term))].sort()).toEqual([...SOTU.splitTerms!].sort());
    const parties = new Set(sotuCorpus().map((x) => x.meta.party));
    for (const r of rows) expect(parties.has(r.split!)).toBe(true);
    expect(rows.map((r) => r.split)).toContain("Republican");
  });

  test("is deterministic: the same corpus gives byte-identical specs and tables", () => {
    const again = quickstart(sotuCorpus(), SOTU);
    expect(again.items.map((i) => specJson(i.chart))).toEqual(report.items.map((i) => specJson(i.chart)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});

describe("quickstart(corpus, params, onWarning)", () => {
  test("uses the given parameters and reports terms never seen as warnings", () => {
    const params: QuickstartParams = { ...QUICKSTART_PARAMS, eras: SOTU.eras, trendBy: "decade", top: 2, trendTerms: ["war", "zzzq"], splitTerms: ["tax"] };
    const warnings: Warning[] = [];
    const r = quickstart(tiny, params, (w) => warnings.push(w));
    expect(r.summary).toBe("4 documents, 1861-1995.");
    expect(r.items[0].caption).toMatch(/^The 2 most frequent words of each period/);
    expect(r.items[1].caption).toBe("Rate per 1,000 words by decade of: war, zzzq.");
    expect(warnings.some((w) => /zzzq/.test(w.message))).toBe(true);
    for (const item of r.items) expectValidVegaLite(JSON.parse(specJson(item.chart)));
  });

  test("an undated corpus is summarised as undated", () => {
    const undated = tiny.map((x) => ({ ...x, date: undefined }));
    const r = quickstart(undated, QUICKSTART_PARAMS, () => undefined);
    expect(r.summary).toBe("4 documents, undated. No document is dated, so the trends are left out.");
    expect(r.items.map((i) => i.id)).toEqual(["top-terms-by-era"]);
  });
});
