import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compressRows, type Dfm, type RowEntries } from "../../../src/measure/dfm/dfm-types";
import { wordscores } from "../../../src/measure/scaling/wordscores";
import { wordfish } from "../../../src/measure/scaling/wordfish";
import { dfmSimilarity } from "../../../src/compare/dfm-similarity";
import { nearestDocuments } from "../../../src/compare/nearest-documents";

// Values computed by scaling_oracle.py (numpy/scipy), stored with their provenance.
const oracle = JSON.parse(fs.readFileSync(path.join(__dirname, "scaling-oracle.json"), "utf8"));

/** A dfm of counts from a dense documents x features table. */
function matrix(rows: Record<string, number[]>, features: readonly string[]): Dfm {
  const names = Object.keys(rows);
  const entries: RowEntries[] = names.map((n) => new Map(rows[n].map((v, j) => [j, v] as [number, number]).filter(([, v]) => v !== 0)));
  const docFreq = features.map((_, j) => names.filter((n) => rows[n][j] > 0).length);
  return compressRows(names.map((label) => ({ label, group_start: null, split: null, n_docs: 1, n_words: rows[label].reduce((a, b) => a + b, 0), first_date: null })), entries, features, docFreq, names.length);
}

const lbg = oracle.wordscores_lbg;
const lbgDfm = matrix(lbg.rows, lbg.features);
const simRows: Record<string, number[]> = Object.fromEntries(oracle.sim.docs.map((d: string, i: number) => [d, oracle.sim.counts_by_word.map((w: number[]) => w[i])]));
const simDfm = matrix(simRows, oracle.sim.words);
const genFeatures = oracle.gen.counts[0].map((_: number, j: number) => `w${String(j + 1).padStart(2, "0")}`);
const genDfm = matrix(Object.fromEntries(oracle.gen.counts.map((row: number[], i: number) => [`d${String(i + 1).padStart(2, "0")}`, row])), genFeatures);

describe("wordscores on the LBG (2003) worked example", () => {
  const fit = wordscores(lbgDfm, lbg.reference);
  const v1 = fit.positions.find((p) => p.row === "V1")!;
  it("gives the published V1 score, standard error and MV rescaling at their published precision", () => {
    expect(v1.raw).toBeCloseTo(lbg.published.V1.raw, 3);
    expect(v1.se).toBeCloseTo(lbg.published.V1.se, 4);
    expect(v1.mv!).toBeCloseTo(lbg.published.V1.mv, 2);
  });
  it("equals the numpy oracle to 1e-12: word scores, raw scores, standard errors, MV", () => {
    for (const w of fit.words) expect(w.score).toBeCloseTo(lbg.word_scores[w.feature], 12);
    expect(fit.words).toHaveLength(37);
    for (const p of fit.positions) {
      const o = lbg.positions[p.row];
      expect(p.raw).toBeCloseTo(o.raw, 12);
      expect(p.se).toBeCloseTo(o.se, 12);
      expect(p.mv!).toBeCloseTo(o.mv, 12);
      expect(p.upper - p.raw).toBeCloseTo(1.959963984540054 * o.se, 12);
    }
  });
  it("rescales the virgin texts by LBG: mean kept, spread set to the references' (sample sds)", () => {
    const m = matrix({ ...lbg.rows, V2: lbg.rows.R4.map((x: number, j: number) => x + lbg.rows.R5[j]) }, lbg.features);
    const ps = wordscores(m, lbg.reference).positions.filter((p) => p.reference === null);
    const raw = ps.map((p) => p.raw);
    const mean = (raw[0] + raw[1]) / 2;
    const sdV = Math.abs(raw[0] - raw[1]) / Math.SQRT2;
    const sdR = Math.sqrt((1.5 ** 2 * 2 + 0.75 ** 2 * 2) / 4);
    expect(ps[0].lbg!).toBeCloseTo((raw[0] - mean) * (sdR / sdV) + mean, 12);
    expect(ps[0].lbg_lower!).toBeCloseTo((ps[0].lower - mean) * (sdR / sdV) + mean, 12);
    expect(wordscores(lbgDfm, lbg.reference).positions[5].lbg).toBeNull(); // one virgin text: no spread to rescale
  });
  it("rejects references that are not rows or fewer than two distinct scores", () => {
    expect(() => wordscores(lbgDfm, { R9: 1, R1: 0 })).toThrow(/reference must be scores of rows/);
    expect(() => wordscores(lbgDfm, { R1: 1 })).toThrow(/at least two rows/);
  });
});

describe("wordfish against the scipy oracle (identification: mean θ 0 and population sd 1, mean ψ 0, θ_first < θ_last)", () => {
  for (const [name, m, dir] of [["sim", simDfm, ["D01", "D10"]], ["gen", genDfm, ["d01", "d15"]]] as const) {
    it(`${name}: θ, standard errors, α, β and ψ equal the oracle to 1e-6`, () => {
      const o = oracle[`wordfish_${name}`];
      const fit = wordfish(m, { dir: dir as [string, string], tolerance: 1e-12, maxIterations: 100000 });
      expect(fit.converged).toBe(true);
      fit.positions.forEach((p, i) => {
        expect(Math.abs(p.theta - o.theta[i])).toBeLessThan(1e-6);
        expect(Math.abs(p.se - o.se[i])).toBeLessThan(1e-6);
        expect(Math.abs(p.alpha - o.alpha[i])).toBeLessThan(1e-6);
      });
      // Features are in codepoint order, as in the oracle.
      fit.words.forEach((w, j) => {
        expect(Math.abs(w.beta - o.beta[j])).toBeLessThan(1e-6);
        expect(Math.abs(w.psi - o.psi[j])).toBeLessThan(1e-6);
      });
    });
  }
});

describe("dfmSimilarity against scipy.spatial.distance", () => {
  for (const method of ["cosine", "correlation", "jaccard", "euclidean"] as const) {
    it(`${method} equals the oracle to 1e-12 for every pair`, () => {
      const rows = dfmSimilarity(simDfm, { method });
      expect(rows).toHaveLength(100);
      for (const r of rows) expect(r.value).toBeCloseTo(oracle.similarity_sim[method][r.order_a][r.order_b], 12);
    });
  }
  it("nearestDocuments ranks the other rows, nearest first (distance ascending for euclidean)", () => {
    const near = nearestDocuments(simDfm, "D01", { top: 3 });
    const expected = oracle.similarity_sim.cosine[0].map((v: number, b: number) => [v, b]).filter(([, b]: number[]) => b !== 0).sort((x: number[], y: number[]) => y[0] - x[0]).slice(0, 3).map(([, b]: number[]) => oracle.sim.docs[b]);
    expect(near.map((r) => r.row_b)).toEqual(expected);
    const far = nearestDocuments(simDfm, "D10", { method: "euclidean", top: 1 });
    expect(far[0].row_b).toBe(oracle.sim.docs[oracle.similarity_sim.euclidean[9].map((v: number, b: number) => (b === 9 ? Infinity : v)).reduce((bi: number, v: number, b: number, a: number[]) => (v < a[bi] ? b : bi), 0)]);
  });
});
