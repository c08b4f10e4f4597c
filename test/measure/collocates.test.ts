import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { collocates, COLLOCATE_COLUMNS } from "../../src/measure/collocates";
import { sequentialCollocations, SEQUENTIAL_COLLOCATION_COLUMNS } from "../../src/measure/sequential-collocations";
import { association } from "../../src/measure/association-measures";
import type { Document, Warning } from "../../src/types";
import { expectClose, readOracle, sotuDocuments } from "./oracle-helpers";

interface AssocCase { name: string; o11: number; r1: number; c1: number; n: number; e11: number; mi: number; t_score: number; g2: number; dice: number }
const oracle = readOracle<{ provenance: Record<string, string>; cases: AssocCase[] }>("collocation.oracle.json");
const d = (id: string, text: string): Document => ({ id, text, meta: {} });

// Tokens (punctuation removed): doc a = [the war ended] [war and peace war], doc b = [peace now].
const corpus = [d("a", "The war ended. War and peace, war."), d("b", "Peace now.")];

describe("collocates(corpus, node)", () => {
  it("counts window co-occurrences within sentences, merging overlapping windows, as computed by hand", () => {
    // Window 3/3, N = 9. war@1 covers {0: the, 2: ended}; war@3 covers {4, 5, 6}; war@6 covers {3, 4, 5}:
    // union {0, 2, 3, 4, 5, 6} so R1 = 6; o11: war 2, the 1, ended 1, and 1, peace 1.
    const rows = collocates(corpus, "War", { left: 3, right: 3 });
    const by = new Map(rows.map((r) => [r.collocate, r]));
    expect([...by.keys()].sort()).toEqual(["and", "ended", "peace", "the", "war"]);
    expect(by.get("war")).toMatchObject({ node: "war", o11: 2, f_node: 3, f_collocate: 3, window_tokens: 6, n: 9 });
    // peace: O11 = 1, R1 = 6, C1 = 2 (one in doc b), N = 9; E11 = 12/9.
    // G2 on [[1, 5], [1, 2]]: E = [[12/9, 42/9], [6/9, 21/9]].
    const peace = by.get("peace")!;
    expect(peace).toMatchObject({ o11: 1, f_collocate: 2 });
    expect(peace.e11).toBeCloseTo(12 / 9, 14);
    expect(peace.mi).toBeCloseTo(Math.log2(9 / 12), 14);
    expect(peace.t_score).toBeCloseTo(1 - 12 / 9, 14);
    expect(peace.dice).toBeCloseTo(2 / 8, 14);
    const g2 = 2 * (1 * Math.log(1 / (12 / 9)) + 5 * Math.log(5 / (42 / 9)) + 1 * Math.log(1 / (6 / 9)) + 2 * Math.log(2 / (21 / 9)));
    expect(peace.g2).toBeCloseTo(g2, 12);
    expect(Object.keys(peace)).toEqual([...COLLOCATE_COLUMNS]);
  });

  it("crosses sentences only when asked, and never documents", () => {
    const within = collocates(corpus, "war", { left: 1, right: 1 });
    expect(within.map((r) => r.collocate).sort()).toEqual(["and", "ended", "peace", "the"]);
    const across = collocates(corpus, "war", { left: 1, right: 1, acrossSentences: true });
    expect(across.map((r) => r.collocate).sort()).toEqual(["and", "ended", "peace", "the"]);
    // Node "ended" (token 2, end of sentence 1), window 1/1: within the sentence only war@1; across it war@3 too.
    expect(collocates(corpus, "ended", { left: 1, right: 1 })).toMatchObject([{ collocate: "war", o11: 1, window_tokens: 1 }]);
    expect(collocates(corpus, "ended", { left: 1, right: 1, acrossSentences: true })).toMatchObject([{ collocate: "war", o11: 2, window_tokens: 2 }]);
    const tail = collocates(corpus, "war", { left: 0, right: 5, acrossSentences: true });
    expect(tail.some((r) => r.collocate === "now")).toBe(false);
  });

  it("ranks by the chosen measure and keeps top and minCount", () => {
    const rows = collocates(corpus, "war", { left: 3, right: 3, measure: "o11", top: 1 });
    expect(rows.map((r) => r.collocate)).toEqual(["war"]);
    expect(collocates(corpus, "war", { left: 3, right: 3, minCount: 2 }).map((r) => r.collocate)).toEqual(["war"]);
  });

  it("warns and returns no rows for a node never seen; rejects bad options", () => {
    const warnings: Warning[] = [];
    expect(collocates(corpus, "tariff", { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["unseen_term"]);
    expect(() => collocates(corpus, "war", { measure: "MI" as never })).toThrow('collocates: option "measure" must be one of g2, mi, t_score, dice, o11; got "MI"');
    expect(() => collocates(corpus, "war peace")).toThrow(/node must be a single word/);
    expect(() => collocates(corpus, "war", { left: -1 })).toThrow(/option "left"/);
  });

  it("reproduces the exported SOTU window counts of \"war\"", () => {
    const rows = collocates(sotuDocuments(), "war", { top: 15 });
    const window = oracle.cases.filter((c) => c.name.startsWith("window: "));
    expect(rows.map((r) => `war ~ ${r.collocate}`)).toEqual(window.map((c) => c.name.slice("window: ".length)));
    rows.forEach((r, i) => {
      const o = window[i];
      expect([r.o11, r.window_tokens, r.f_collocate, r.n]).toEqual([o.o11, o.r1, o.c1, o.n]);
      for (const k of ["e11", "mi", "t_score", "g2", "dice"] as const) expectClose(r[k], o[k], `${o.name} ${k}`);
    });
  });
});

describe("association measures", () => {
  for (const c of oracle.cases) {
    it(`equal the scipy/numpy oracle to 1e-9 (${c.name})`, () => {
      const m = association(c.o11, c.r1, c.c1, c.n);
      for (const k of ["e11", "mi", "t_score", "g2", "dice"] as const) expectClose(m[k], c[k], `${c.name} ${k}`);
    });
  }
});

describe("sequentialCollocations(corpus)", () => {
  // Sentences: [united states] [the united states and united nations] [states united]; "united, states" is broken by the comma.
  const text = [d("x", "United States. The United States and United Nations. States united. United, states.")];

  it("scores bigrams with positional margins, as computed by hand", () => {
    // Bigrams: united states, the united, united states, states and, and united, united nations, states united: N = 7.
    // "united states": O11 = 2, R1 = 3 (starting with united), C1 = 2 (ending with states), E11 = 6/7.
    const rows = sequentialCollocations(text);
    const us = rows.find((r) => r.ngram === "united states")!;
    expect(us).toMatchObject({ prefix: "united", last: "states", o11: 2, f_prefix: 3, f_last: 2, n: 7 });
    expect(us.e11).toBeCloseTo(6 / 7, 14);
    expect(us.mi).toBeCloseTo(Math.log2(2 / (6 / 7)), 14);
    expect(us.dice).toBeCloseTo(4 / 5, 14);
    // G2 on [[2, 1], [0, 4]]: E = [[6/7, 15/7], [8/7, 20/7]].
    expect(us.g2).toBeCloseTo(2 * (2 * Math.log(2 / (6 / 7)) + 1 * Math.log(1 / (15 / 7)) + 4 * Math.log(4 / (20 / 7))), 12);
    expect(rows).toHaveLength(6);
    expect(Object.keys(us)).toEqual([...SEQUENTIAL_COLLOCATION_COLUMNS]);
  });

  it("scores trigrams as (w1 w2, w3)", () => {
    // Trigrams (sentence 2 only): the united states, united states and, states and united, and united nations: N = 4.
    const rows = sequentialCollocations(text, { n: 3 });
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.ngram === "united states and")).toMatchObject({ prefix: "united states", last: "and", o11: 1, f_prefix: 1, f_last: 1, n: 4 });
  });

  it("drops n-grams with a stopword from the rows but not from the margins", () => {
    const rows = sequentialCollocations(text, { stopwords: "en" });
    expect(rows.map((r) => r.ngram).sort()).toEqual(["states united", "united nations", "united states"]);
    expect(rows.find((r) => r.ngram === "united states")!.n).toBe(7);
    expect(() => sequentialCollocations(text, { n: 4 })).toThrow(/sequentialCollocations: option "n" must be an integer from 2 to 3; got 4/);
  });

  it("reproduces the exported SOTU bigram and trigram counts", () => {
    const docs = sotuDocuments();
    for (const [n, kind, opts] of [[2, "bigrams", { minCount: 20, top: 8 }], [3, "trigrams", { minCount: 10, top: 6 }]] as const) {
      const rows = sequentialCollocations(docs, { n, stopwords: "en", ...opts });
      const cases = oracle.cases.filter((c) => c.name.startsWith(`${kind}: `));
      expect(rows.map((r) => `${kind}: ${r.ngram}`)).toEqual(cases.map((c) => c.name));
      rows.forEach((r, i) => {
        expect([r.o11, r.f_prefix, r.f_last, r.n]).toEqual([cases[i].o11, cases[i].r1, cases[i].c1, cases[i].n]);
        for (const k of ["e11", "mi", "t_score", "g2", "dice"] as const) expectClose(r[k], cases[i][k], `${cases[i].name} ${k}`);
      });
    }
  });
});

describe("collocation tables", () => {
  const words = fc.constantFrom("war", "peace", "tax", "we", "the", ".", ",", "!");
  const docs = fc.array(fc.array(words, { maxLength: 30 }).map((ws) => ws.join(" ")), { minLength: 1, maxLength: 4 });

  it("window counts add up: Σ o11 = window_tokens <= n and every 2x2 cell is >= 0", () => {
    fc.assert(
      fc.property(docs, fc.nat(4), fc.nat(4), fc.boolean(), (texts, left, right, acrossSentences) => {
        const rows = collocates(texts.map((t, i) => d(`d${i}`, t)), "war", { left: left + 1, right, acrossSentences });
        if (rows.length === 0) return;
        const r1 = rows[0].window_tokens;
        expect(rows.reduce((s, r) => s + r.o11, 0)).toBe(r1);
        for (const r of rows) {
          expect(r.o11).toBeLessThanOrEqual(r.f_collocate);
          expect(r.n - r1 - r.f_collocate + r.o11).toBeGreaterThanOrEqual(0);
          expect(r.g2).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("sequential counts add up: Σ o11 = Σ f over prefixes = n", () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(2, 3), (texts, n) => {
        const rows = sequentialCollocations(texts.map((t, i) => d(`d${i}`, t)), { n });
        if (rows.length === 0) return;
        expect(rows.reduce((s, r) => s + r.o11, 0)).toBe(rows[0].n);
        const prefixes = new Map(rows.map((r) => [r.prefix, r.f_prefix]));
        expect([...prefixes.values()].reduce((s, x) => s + x, 0)).toBe(rows[0].n);
      }),
    );
  });
});
