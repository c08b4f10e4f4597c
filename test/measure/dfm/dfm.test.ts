import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dfm } from "../../../src/measure/dfm/dfm";
import { dfmMerge } from "../../../src/measure/dfm/dfm-merge";
import { dfmWeight } from "../../../src/measure/dfm/dfm-weight";
import { dfmTrim } from "../../../src/measure/dfm/dfm-trim";
import { dfmSelect } from "../../../src/measure/dfm/dfm-select";
import { dfmLongRows } from "../../../src/measure/dfm/dfm-long-rows";
import { dfmMatrixMarket } from "../../../src/measure/dfm/dfm-matrix-market";
import { denseRow } from "../../../src/measure/dfm/dfm-types";
import { termFrequency } from "../../../src/measure/term-frequency";
import { dfmFrame } from "../../../src/frame/dfm-frame";
import type { Corpus } from "../../../src/types";

const corpus: Corpus = [
  { id: "a", date: "1990", speaker: "X", text: "War, war and peace.", meta: {} },
  { id: "b", date: "1995", speaker: "Y", text: "Peace talks; peace now!", meta: {} },
  { id: "c", date: "2003", speaker: "X", text: "No war.", meta: {} },
];

const cell = (m: ReturnType<typeof dfm>, row: string, feature: string) => denseRow(m, m.rows.findIndex((r) => r.label === row))[m.features.indexOf(feature)];

describe("dfm", () => {
  it("counts words per document in CSR form (hand-counted)", () => {
    const m = dfm(corpus);
    expect(m.features).toEqual(["and", "no", "now", "peace", "talks", "war"]);
    expect(m.rows.map((r) => [r.label, r.n_words])).toEqual([["a", 4], ["b", 4], ["c", 2]]);
    expect(Array.from(m.rowPtr)).toEqual([0, 3, 6, 8]);
    expect(Array.from(m.colIdx)).toEqual([0, 3, 5, 2, 3, 4, 1, 5]);
    expect(Array.from(m.values)).toEqual([1, 1, 2, 1, 2, 1, 1, 1]);
    expect(Array.from(m.docFreq)).toEqual([1, 1, 1, 2, 1, 2]);
  });
  it("groups by a field or a period through the group step, document frequencies staying per document", () => {
    const m = dfm(corpus, { by: "speaker" });
    expect(m.rows.map((r) => [r.label, r.n_docs])).toEqual([["X", 2], ["Y", 1]]);
    expect(cell(m, "X", "war")).toBe(3);
    expect(Array.from(m.docFreq)[m.features.indexOf("war")]).toBe(2);
    expect(dfm(corpus, { by: "decade" }).rows.map((r) => r.label)).toEqual(["1990s", "2000s"]);
  });
  it("stems, bigrams (never across punctuation), and equals termFrequency's counts on the same options", () => {
    expect(dfm(corpus, { ngram: 2 }).features).toEqual(["and peace", "no war", "peace now", "peace talks", "war and"]);
    const stemmed = dfm([{ id: "x", text: "Negotiations, negotiating, negotiated.", meta: {} }], { stem: "en" });
    expect(stemmed.features).toEqual(["negoti"]);
    expect(Array.from(stemmed.values)).toEqual([3]);
    const tf = termFrequency(corpus, { by: "document" });
    const m = dfm(corpus);
    for (const r of tf) expect(cell(m, r.group, r.term)).toBe(r.count);
  });
  it("merges the matrices of shards into the matrix of the whole corpus (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (i, j) => {
        const [lo, hi] = [Math.min(i, j), Math.max(i, j)];
        const merged = dfmMerge([dfm(corpus.slice(0, lo)), dfm(corpus.slice(lo, hi)), dfm(corpus.slice(hi))]);
        expect(merged).toEqual(dfm(corpus));
      }),
    );
    const byGroup = dfmMerge([dfm(corpus.slice(0, 1), { by: "speaker" }), dfm(corpus.slice(1), { by: "speaker" })]);
    expect(byGroup.rows.map((r) => [r.label, r.n_docs, r.n_words])).toEqual([["X", 2, 6], ["Y", 1, 4]]);
    expect(cell(byGroup, "X", "war")).toBe(3);
  });
  it("weights counts: prop, tfidf (log10 N/df), boolean and log (1 + log10)", () => {
    const m = dfm(corpus);
    const a = (scheme: Parameters<typeof dfmWeight>[1]) => Array.from(dfmWeight(m, scheme).values.slice(0, 3));
    expect(a("prop")).toEqual([1 / 4, 1 / 4, 2 / 4]);
    expect(a("tfidf")).toEqual([Math.log10(3), Math.log10(3 / 2), 2 * Math.log10(3 / 2)]);
    expect(a("boolean")).toEqual([1, 1, 1]);
    expect(a("log")).toEqual([1, 1, 1 + Math.log10(2)]);
    expect(() => dfmWeight(dfmWeight(m, "prop"), "tfidf")).toThrow(/a matrix of counts/);
  });
  it("trims by count and document frequency, and selects by glob or list", () => {
    const m = dfm(corpus);
    expect(dfmTrim(m, { minCount: 3 }).features).toEqual(["peace", "war"]);
    expect(dfmTrim(m, { minDocFreq: 2 }).features).toEqual(["peace", "war"]);
    expect(dfmTrim(m, { maxDocFreq: 1 }).features).toEqual(["and", "no", "now", "talks"]);
    expect(dfmSelect(m, ["p*", "war"]).features).toEqual(["peace", "war"]);
    expect(dfmSelect(m, ["n?", "and"], { remove: true }).features).toEqual(["now", "peace", "talks", "war"]);
  });
  it("exports long rows and Matrix Market text", () => {
    const m = dfm(corpus.slice(2));
    expect(dfmLongRows(m)).toEqual([
      { row: "c", group_start: "2003", split: null, feature: "no", value: 1 },
      { row: "c", group_start: "2003", split: null, feature: "war", value: 1 },
    ]);
    expect(dfmMatrixMarket(m)).toEqual({ mtx: "%%MatrixMarket matrix coordinate integer general\n% discourse-lab dfm, weighting count\n1 2 2\n1 1 1\n1 2 1\n", rows: "c\n", features: "no\nwar\n" });
    expect(dfmMatrixMarket(dfmWeight(m, "prop")).mtx).toContain("1 1 0.5\n");
  });
  it("makes a wide danfo DataFrame of a small matrix and refuses a large one", () => {
    const df = dfmFrame(dfm(corpus));
    expect(df.columns).toEqual(["row", "and", "no", "now", "peace", "talks", "war"]);
    expect(df.column("war").values).toEqual([2, 0, 1]);
    expect(() => dfmFrame(dfm(corpus), { maxCells: 5 })).toThrow(/at most 5 cells/);
  });
});
