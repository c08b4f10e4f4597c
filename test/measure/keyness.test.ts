import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { keyness, KEYNESS_COLUMNS } from "../../src/measure/keyness";
import { keynessOfCounts, type KeynessRow, type TermCounts } from "../../src/measure/keyness-of-counts";
import { chiSquarePValue } from "../../src/stats/chi-square-p-value";
import erfc = require("@stdlib/math-base-special-erfc");
import { DiscourseError } from "../../src/errors";
import type { Document, Warning } from "../../src/types";
import { expectClose, expectRelClose, readOracle, sotuDocuments } from "./oracle-helpers";

interface OracleRow {
  n_target: number; n_reference: number; per_1k_target: number; per_1k_reference: number;
  g2: number; chi2: number; p: number; p_bonferroni: number; p_fdr: number; log_ratio: number; pct_diff: number; direction: string;
}
interface KeynessOracle {
  provenance: Record<string, string>;
  cases: Array<{ name: string; min_count: number; target: TermCounts; reference: TermCounts; tested: number; rows: Record<string, OracleRow> }>;
  chi2_sf_1df: Array<{ x: number; p: number }>;
}
const oracle = readOracle<KeynessOracle>("keyness.oracle.json");
const d = (id: string, text: string): Document => ({ id, text, meta: {} });

function checkAgainst(rows: KeynessRow[], expected: Record<string, OracleRow>, correction: "none" | "bonferroni" | "fdr", label: string): void {
  expect(rows.map((r) => r.term).sort()).toEqual(Object.keys(expected).sort());
  for (const r of rows) {
    const o = expected[r.term];
    const what = `${label} ${r.term}`;
    expect([r.n_target, r.n_reference, r.direction], what).toEqual([o.n_target, o.n_reference, o.direction]);
    expectClose(r.per_1k_target, o.per_1k_target, `${what} per_1k_target`);
    expectClose(r.per_1k_reference, o.per_1k_reference, `${what} per_1k_reference`);
    expectClose(r.g2, o.g2, `${what} g2`);
    expectClose(r.chi2, o.chi2, `${what} chi2`);
    expectRelClose(r.p, o.p, `${what} p`);
    expectRelClose(r.p_adjusted, correction === "none" ? o.p : correction === "bonferroni" ? o.p_bonferroni : o.p_fdr, `${what} p_adjusted`);
    expectClose(r.log_ratio, o.log_ratio, `${what} log_ratio`);
    expectClose(r.pct_diff, o.pct_diff, `${what} pct_diff`);
  }
}

describe("keynessOfCounts(target, reference)", () => {
  it("matches a hand-computed 2x2 table", () => {
    // a = 30 of c = 1000 target tokens, b = 20 of d = 2000 reference tokens; N = 3000.
    // E11 = 1000·50/3000 = 50/3, E12 = 1000·2950/3000 = 2950/3, E21 = 2000·50/3000 = 100/3, E22 = 5900/3.
    // G2 = 2 [30 ln(30/(50/3)) + 970 ln(970/(2950/3)) + 20 ln(20/(100/3)) + 1980 ln(1980/(5900/3))]
    //    = 2 [17.63362 - 13.24244 - 10.21651 + 13.37839] ≈ 15.10598
    // Yates: |O - E| = 40/3 in every cell, minus 0.5 = 77/6; chi2 = (77/6)² (3/50 + 3/2950 + 3/100 + 3/5900) ≈ 15.07373
    // log ratio = log2((30/1000)/(20/2000)) = log2 3; %DIFF = 100 (0.03 - 0.01)/0.01 = 200.
    const [row] = keynessOfCounts({ terms: ["war"], counts: [30], total: 1000 }, { terms: ["war"], counts: [20], total: 2000 });
    const g2 = 2 * (30 * Math.log(30 / (50 / 3)) + 970 * Math.log(970 / (2950 / 3)) + 20 * Math.log(20 / (100 / 3)) + 1980 * Math.log(1980 / (5900 / 3)));
    expect(row.g2).toBeCloseTo(g2, 12);
    expect(row.g2).toBeCloseTo(15.10598050993607, 12); // scipy, keyness.oracle.json
    expect(row.chi2).toBeCloseTo((77 / 6) ** 2 * (3 / 50 + 3 / 2950 + 3 / 100 + 3 / 5900), 12);
    expect(row.log_ratio).toBeCloseTo(Math.log2(3), 14);
    expect(row.pct_diff).toBeCloseTo(200, 10);
    expect(row.per_1k_target).toBe(30);
    expect(row.direction).toBe("target");
    expect(Object.keys(row)).toEqual([...KEYNESS_COLUMNS]);
  });

  it("substitutes 0.5 for a zero count in log ratio and %DIFF, and never gives G2 a 0 ln 0 term", () => {
    // a = 0 of 1000, b = 6 of 2000: log2((0.5/1000)/(6/2000)) = log2(1/6); %DIFF = 100 (0.0005 - 0.003)/0.003.
    // G2 = 2 [0 + 1000 ln(1000/(1000·2994/3000)) + 6 ln(6/4) + 1994 ln(1994/(2000·2994/3000))].
    const [row] = keynessOfCounts({ terms: [], counts: [], total: 1000 }, { terms: ["x"], counts: [6], total: 2000 });
    expect(row.log_ratio).toBeCloseTo(Math.log2(1 / 6), 14);
    expect(row.pct_diff).toBeCloseTo((100 * (0.0005 - 0.003)) / 0.003, 10);
    const g2 = 2 * (1000 * Math.log(1000 / 998) + 6 * Math.log(6 / 4) + 1994 * Math.log(1994 / 1996));
    expect(row.g2).toBeCloseTo(g2, 12);
    expect(row.direction).toBe("reference");
  });

  for (const c of oracle.cases) {
    for (const correction of ["none", "bonferroni", "fdr"] as const) {
      it(`equals the scipy oracle to 1e-9 (${c.name}, correction ${correction})`, () => {
        const rows = keynessOfCounts(c.target, c.reference, { correction, minCount: c.min_count });
        expect(rows).toHaveLength(c.tested);
        checkAgainst(rows, c.rows, correction, c.name);
      });
    }
  }

  it("computes chi-square p-values with 1 df to 1e-12 relative down to 1e-306, as scipy.stats.chi2.sf", () => {
    for (const { x, p } of oracle.chi2_sf_1df) expectRelClose(chiSquarePValue(x), p, `chi2.sf(${x}, 1)`, 1e-12);
    expect(chiSquarePValue(0)).toBe(1);
    expect(chiSquarePValue(2000)).toBe(0);
  });

  it("computes erfc over the whole line (values from scipy.special.erfc)", () => {
    const table: Array<[number, number]> = [
      [-3, 1.9999779095030015], [-0.3, 1.3286267594591274], [0, 1], [0.1, 0.8875370839817152], [0.46875, 0.507386526782062],
      [0.5, 0.4795001221869535], [1, 0.15729920705028516], [3.9, 3.479224859723178e-8], [4, 1.541725790028002e-8],
      [4.1, 6.7000276540849075e-9], [10, 2.0884875837625446e-45], [20, 5.395865611607901e-176], [26, 5.663192408856145e-296],
    ];
    for (const [x, y] of table) expectRelClose(erfc(x), y, `erfc(${x})`, 1e-14);
  });

  it("ranks target-key terms first, then reference-key terms, each by strength, and keeps top per direction", () => {
    const c = oracle.cases[0];
    const rows = keynessOfCounts(c.target, c.reference);
    expect(rows.map((r) => `${r.direction}:${r.term}`)).toEqual(["target:war", "target:tax", "reference:onlyref", "reference:peace", "reference:tie"]);
    const byRatio = keynessOfCounts(c.target, c.reference, { measure: "log_ratio", top: 1 });
    expect(byRatio.map((r) => r.term)).toEqual(["war", "onlyref"]);
    const significant = keynessOfCounts(c.target, c.reference, { maxP: 0.05, correction: "fdr" });
    expect(significant.map((r) => r.term)).toEqual(["war"]);
  });

  it("tests only terms with n_target + n_reference >= minCount", () => {
    const c = oracle.cases[0];
    expect(keynessOfCounts(c.target, c.reference).map((r) => r.term)).not.toContain("rare"); // 4 + 0 < 5
    expect(keynessOfCounts(c.target, c.reference, { minCount: 1 }).map((r) => r.term)).toContain("rare");
  });

  it("rejects bad options and counts with messages naming the function and option", () => {
    const t = { terms: ["a"], counts: [1], total: 10 };
    expect(() => keynessOfCounts(t, t, { measure: "G2" as never })).toThrow('keynessOfCounts: option "measure" must be one of g2, chi2, log_ratio, pct_diff; got "G2"');
    expect(() => keynessOfCounts(t, t, { correction: "holm" as never })).toThrow(/option "correction" must be one of none, bonferroni, fdr/);
    expect(() => keynessOfCounts(t, t, { maxP: 2 })).toThrow(/option "maxP" must be a number from 0 to 1; got 2/);
    expect(() => keynessOfCounts(t, t, { minCount: 0 })).toThrow(DiscourseError);
    expect(() => keynessOfCounts({ terms: ["a"], counts: [11], total: 10 }, t)).toThrow(/target.counts\[0\]/);
    expect(() => keynessOfCounts({ terms: ["a", "a"], counts: [1, 1], total: 10 }, t)).toThrow(/distinct terms/);
  });

  it("returns no rows and a warning when the target or reference is empty", () => {
    const warnings: Warning[] = [];
    expect(keynessOfCounts({ terms: [], counts: [], total: 0 }, { terms: ["a"], counts: [9], total: 9 }, { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["empty_corpus"]);
  });

  it("keyness(a, b) is antisymmetric when target and reference are swapped", () => {
    const counts = fc.array(fc.nat(60), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(counts, counts, fc.nat(500), fc.nat(500), (xs, ys, padA, padB) => {
        const terms = xs.map((_, i) => `t${i}`);
        const ysAligned = terms.map((_, i) => ys[i] ?? 0);
        const a = { terms, counts: xs, total: xs.reduce((s, x) => s + x, 0) + padA + 1 };
        const b = { terms, counts: ysAligned, total: ysAligned.reduce((s, x) => s + x, 0) + padB + 1 };
        const ab = new Map(keynessOfCounts(a, b, { minCount: 1 }).map((r) => [r.term, r]));
        const ba = new Map(keynessOfCounts(b, a, { minCount: 1 }).map((r) => [r.term, r]));
        expect([...ab.keys()].sort()).toEqual([...ba.keys()].sort());
        for (const [term, r] of ab) {
          const s = ba.get(term)!;
          expect(Math.abs(r.g2 - s.g2)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.g2));
          expect(Math.abs(r.chi2 - s.chi2)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.chi2));
          expect(Math.abs(r.log_ratio + s.log_ratio)).toBeLessThanOrEqual(1e-12);
          expect([r.n_target, r.n_reference]).toEqual([s.n_reference, s.n_target]);
          const tie = r.n_target * r.total_reference === r.n_reference * r.total_target;
          if (!tie) expect(r.direction).not.toBe(s.direction);
        }
      }),
    );
  });
});

describe("keyness(target, reference) on corpora", () => {
  it("counts words with punctuation removed and compares them", () => {
    // Target: terror terror terror we fight terror (6 tokens); reference: we trade we build we sail the seas (8).
    const rows = keyness([d("t", "Terror, terror, terror! We fight terror.")], [d("r", "We trade. We build. We sail the seas.")], { minCount: 1 });
    const terror = rows.find((r) => r.term === "terror")!;
    expect(terror).toMatchObject({ n_target: 4, n_reference: 0, total_target: 6, total_reference: 8, direction: "target" });
    expect(rows.find((r) => r.term === "we")).toMatchObject({ n_target: 1, n_reference: 3, direction: "reference" });
    expect(rows.some((r) => r.term === "," || r.term === ".")).toBe(false);
  });

  it("compares n-grams", () => {
    const rows = keyness([d("t", "maximum pressure works. Maximum pressure.")], [d("r", "pressure works maximum")], { ngram: 2, minCount: 1 });
    expect(rows[0]).toMatchObject({ term: "maximum pressure", n_target: 2, n_reference: 0 });
  });

  it("validates its options before counting, naming keyness", () => {
    expect(() => keyness([], [], { measure: "G2" as never })).toThrow('keyness: option "measure" must be one of g2, chi2, log_ratio, pct_diff; got "G2"');
    expect(() => keyness([], [], { ngram: 4 })).toThrow(/keyness: option "ngram"/);
    const warnings: Warning[] = [];
    expect(keyness([], [d("r", "words here")], { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings[0].message).toMatch(/^keyness: target has no tokens/);
  });

  it("on ../shared SOTU (since 2001 vs earlier) reproduces the exported counts and the scipy statistics", () => {
    const c = oracle.cases[1];
    const docs = sotuDocuments();
    const split = c.name.split(" ")[2];
    const rows = keyness(docs.filter((x) => x.date! >= split), docs.filter((x) => x.date! < split));
    const byTerm = new Map(rows.map((r) => [r.term, r]));
    for (const [term, o] of Object.entries(c.rows)) {
      const r = byTerm.get(term)!;
      expect(r, term).toBeDefined();
      expect([r.n_target, r.n_reference, r.total_target, r.total_reference]).toEqual([o.n_target, o.n_reference, c.target.total, c.reference.total]);
      expectClose(r.g2, o.g2, `${term} g2`);
      expectClose(r.chi2, o.chi2, `${term} chi2`);
      expectRelClose(r.p, o.p, `${term} p`);
      expectClose(r.log_ratio, o.log_ratio, `${term} log_ratio`);
    }
    expect(rows.filter((r) => r.direction === "target").slice(0, 20).map((r) => r.term)).toContain("tonight");
  });
});
