import { describe, expect, it } from "vitest";
import { dispersionHits, DISPERSION_HIT_COLUMNS } from "../../src/measure/dispersion-hits";
import { dispersionMeasures, DISPERSION_COLUMNS } from "../../src/measure/dispersion-measures";
import type { Document, Warning } from "../../src/types";
import { expectClose, readOracle, sotuDocuments } from "./oracle-helpers";

interface DispersionCase { name: string; sizes: number[]; counts: number[]; count: number; n_parts: number; parts_with_term: number; juilland_d: number; dp: number; dp_norm: number }
const oracle = readOracle<{ provenance: Record<string, string>; cases: DispersionCase[] }>("dispersion.oracle.json");
const d = (id: string, text: string, date?: string): Document => ({ id, text, date, meta: {} });

/** Documents of `sizes[i]` tokens holding `counts[i]` times "a" (the rest "b"). */
function partsCorpus(sizes: number[], counts: number[]): Document[] {
  return sizes.map((s, i) => d(`p${i}`, [...Array<string>(counts[i]).fill("a"), ...Array<string>(s - counts[i]).fill("b")].join(" ")));
}

function expectCase(row: ReturnType<typeof dispersionMeasures>[number], c: DispersionCase): void {
  expect([row.count, row.n_parts, row.parts_with_term], c.name).toEqual([c.count, c.n_parts, c.parts_with_term]);
  expectClose(row.juilland_d, c.juilland_d, `${c.name} juilland_d`);
  expectClose(row.dp, c.dp, `${c.name} dp`);
  expectClose(row.dp_norm, c.dp_norm, `${c.name} dp_norm`);
}

describe("dispersionHits(corpus, terms)", () => {
  it("places every occurrence of a word or phrase in its document", () => {
    const corpus = [d("a", "The war ended. War and peace, war.", "1865"), d("b", "Peace now.")];
    const hits = dispersionHits(corpus, ["war", "Peace now"]);
    // Doc a keeps 7 tokens (the war ended war and peace war): war at 1, 3, 6.
    expect(hits).toEqual([
      { doc_id: "a", date: "1865", term: "war", token_index: 1, n_tokens_doc: 7, position: 1 / 7, start: 4, end: 7 },
      { doc_id: "a", date: "1865", term: "war", token_index: 3, n_tokens_doc: 7, position: 3 / 7, start: 15, end: 18 },
      { doc_id: "a", date: "1865", term: "war", token_index: 6, n_tokens_doc: 7, position: 6 / 7, start: 30, end: 33 },
      { doc_id: "b", date: null, term: "peace now", token_index: 0, n_tokens_doc: 2, position: 0, start: 0, end: 9 },
    ]);
    expect(Object.keys(hits[0])).toEqual([...DISPERSION_HIT_COLUMNS]);
    for (const h of hits) expect(corpus.find((x) => x.id === h.doc_id)!.text.slice(h.start, h.end).toLowerCase()).toBe(h.term);
  });

  it("does not match a phrase across a sentence end, and warns about unseen terms", () => {
    const warnings: Warning[] = [];
    expect(dispersionHits([d("a", "Peace. Now peace now.")], ["peace now", "tariff"], { onWarning: (w) => warnings.push(w) }).map((h) => h.token_index)).toEqual([2]);
    expect(warnings.map((w) => w.message)).toEqual(["dispersionHits: never seen in the corpus: tariff"]);
    expect(() => dispersionHits([], [])).toThrow(/dispersionHits: terms must be a non-empty list of non-empty strings/);
  });
});

describe("dispersionMeasures(corpus, terms)", () => {
  it("matches a hand computation of DP and DP_norm (5 parts of 9 to 11 tokens, counts 1 to 5)", () => {
    // s = [9, 10, 10, 10, 11] / 50, v = [1, 2, 3, 4, 5] / 15:
    // DP = ½ (|1/15 - .18| + |2/15 - .2| + 0 + |4/15 - .2| + |5/15 - .22|) = ½ (.11333 + .06667 + 0 + .06667 + .11333) = 0.18
    // DP_norm = 0.18 / (1 - 0.18); Juilland: p = [1/9, .2, .3, .4, 5/11], D = 1 - (σ/μ)/√4.
    const [row] = dispersionMeasures(partsCorpus([9, 10, 10, 10, 11], [1, 2, 3, 4, 5]), ["a"]);
    expect(row.dp).toBeCloseTo(0.18, 14);
    expect(row.dp_norm).toBeCloseTo(0.18 / 0.82, 14);
    const p = [1 / 9, 0.2, 0.3, 0.4, 5 / 11];
    const mean = p.reduce((s, x) => s + x, 0) / 5;
    const sd = Math.sqrt(p.reduce((s, x) => s + (x - mean) ** 2, 0) / 5);
    expect(row.juilland_d).toBeCloseTo(1 - sd / mean / 2, 14);
    expect(Object.keys(row)).toEqual([...DISPERSION_COLUMNS]);
  });

  for (const c of oracle.cases.filter((x) => x.name.startsWith("hand-made"))) {
    it(`equals the numpy oracle to 1e-9 (${c.name})`, () => {
      expectCase(dispersionMeasures(partsCorpus(c.sizes, c.counts), ["a"])[0], c);
    });
  }

  it("splits the token stream into k chunks whose sizes differ by at most 1", () => {
    // 10 tokens in 3 chunks, token i in chunk floor(3i/10): [0, 4), [4, 7), [7, 10); "a" at 0, 4 and 9 is in every chunk.
    const [row] = dispersionMeasures([d("x", "a b c d a f"), d("y", "g h i a")], ["a"], { parts: 3 });
    expect(row).toMatchObject({ count: 3, n_parts: 3, parts_with_term: 3 });
    // v = 1/3 each, s = [.4, .3, .3]: DP = ½ (1/15 + 1/30 + 1/30) = 1/15
    expect(row.dp).toBeCloseTo(1 / 15, 14);
    expect(() => dispersionMeasures([d("x", "a")], ["a"], { parts: 1 })).toThrow(/option "parts" must be "documents" or an integer >= 2; got 1/);
  });

  it("gives NaN measures for a term never seen, and leaves empty documents out", () => {
    const warnings: Warning[] = [];
    const rows = dispersionMeasures([d("x", "a b"), d("e", "..."), d("y", "b a")], ["a", "zzz"], { onWarning: (w) => warnings.push(w) });
    expect(rows[0]).toMatchObject({ term: "a", count: 2, n_parts: 2, juilland_d: 1, dp: 0 });
    expect(rows[1].count).toBe(0);
    expect(Number.isNaN(rows[1].dp) && Number.isNaN(rows[1].juilland_d)).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(["unseen_term"]);
  });

  it("on ../shared SOTU equals the numpy oracle per document and per 10 chunks", () => {
    const docs = sotuDocuments();
    for (const [prefix, parts] of [["sotu documents: ", "documents"], ["sotu 10 chunks: ", 10]] as const) {
      const cases = oracle.cases.filter((c) => c.name.startsWith(prefix));
      const rows = dispersionMeasures(docs, cases.map((c) => c.name.slice(prefix.length)), { parts });
      rows.forEach((r, i) => expectCase(r, cases[i]));
    }
  });
});
