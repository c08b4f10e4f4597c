import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stanceMarkerRates } from "../../src/compare/stance-marker-rates";
import { termRates } from "../../src/compare/term-rates";
import { collocates } from "../../src/measure/collocates";
import { dispersionMeasures } from "../../src/measure/dispersion-measures";
import { keyness } from "../../src/measure/keyness";
import { rhetoricMatches } from "../../src/measure/rhetoric-matches";
import { rhetoricSummary } from "../../src/measure/rhetoric-summary";
import { termFrequency } from "../../src/measure/term-frequency";
import { selectionPair } from "../../src/recipes/selection-pair";
import { countShard } from "../../src/shard/count-shard";
import { mergePartials } from "../../src/shard/merge-partials";
import type { PartialKind, PartialTable } from "../../src/shard/partial-table";
import { partialRows } from "../../src/shard/partial-rows";
import type { Corpus } from "../../src/types";
import { SHARD_CORPUS } from "./shard-corpus";

const corpus = SHARD_CORPUS;

/** Each table kind with options, and the rows its own function gives on the whole corpus (the single pass). */
const CASES: readonly { name: string; kind: PartialKind; options: Record<string, unknown>; single: (c: Corpus) => object[] }[] = [
  { name: "freq by decade", kind: "freq", options: { by: "decade" }, single: (c) => termFrequency(c, { by: "decade" }) },
  { name: "freq bigrams by speaker split by party", kind: "freq", options: { by: "speaker", split: "party", ngram: 2 }, single: (c) => termFrequency(c, { by: "speaker", split: "party", ngram: 2 }) },
  { name: "freq trigrams, top 3 per document", kind: "freq", options: { by: "document", ngram: 3, top: 3 }, single: (c) => termFrequency(c, { by: "document", ngram: 3, top: 3 }) },
  { name: "freq of terms and a phrase by year", kind: "freq", options: { by: "year", terms: ["tax", "federal government", "jobs"] }, single: (c) => termFrequency(c, { by: "year", terms: ["tax", "federal government", "jobs"] }) },
  { name: "freq ungrouped, English stopwords, min count 2", kind: "freq", options: { stopwords: "en", minCount: 2 }, single: (c) => termFrequency(c, { stopwords: "en", minCount: 2 }) },
  { name: "freq by period", kind: "freq", options: { by: "period", breaks: ["2000", "2010-01-01"] }, single: (c) => termFrequency(c, { by: "period", breaks: ["2000", "2010-01-01"] }) },
  { name: "trend by decade", kind: "trend", options: { terms: ["tax", "jobs"] }, single: (c) => termRates(c, ["tax", "jobs"]) },
  { name: "trend by year at 0.9", kind: "trend", options: { terms: ["federal government"], by: "year", confidence: 0.9 }, single: (c) => termRates(c, ["federal government"], { by: "year", confidence: 0.9 }) },
  { name: "keyness since 2003 against the rest", kind: "keyness", options: { target: "date>=2003", minCount: 1 }, single: (c) => keyness(...selectionPair(c, "date>=2003"), { minCount: 1 }) },
  {
    name: "keyness of two parties, bigrams, fdr",
    kind: "keyness",
    options: { target: "party=Blue", reference: "party=Red", ngram: 2, minCount: 1, correction: "fdr" },
    single: (c) => keyness(...selectionPair(c, "party=Blue", "party=Red"), { ngram: 2, minCount: 1, correction: "fdr" }),
  },
  { name: "collocates of tax", kind: "collocates", options: { node: "tax" }, single: (c) => collocates(c, "tax") },
  { name: "collocates of jobs across sentences by MI", kind: "collocates", options: { node: "jobs", left: 2, right: 3, acrossSentences: true, measure: "mi" }, single: (c) => collocates(c, "jobs", { left: 2, right: 3, acrossSentences: true, measure: "mi" }) },
  { name: "dispersion", kind: "dispersion", options: { terms: ["tax", "the", "federal government", "jobs"] }, single: (c) => dispersionMeasures(c, ["tax", "the", "federal government", "jobs"]) },
  { name: "stance markers by document", kind: "stance-markers", options: {}, single: (c) => stanceMarkerRates(c) },
  { name: "stance markers by speaker split by party", kind: "stance-markers", options: { by: "speaker", split: "party" }, single: (c) => stanceMarkerRates(c, { by: "speaker", split: "party" }) },
  { name: "rhetoric summary by decade", kind: "rhetoric-summary", options: { by: "decade" }, single: (c) => rhetoricSummary(c, rhetoricMatches(c), { by: "decade" }) },
  {
    name: "rhetoric summary of three rules by party",
    kind: "rhetoric-summary",
    options: { by: "party", rules: ["absolutes", "false-dilemma", "repetition"] },
    single: (c) => rhetoricSummary(c, rhetoricMatches(c, { rules: ["absolutes", "false-dilemma", "repetition"] }), { by: "party", rules: ["absolutes", "false-dilemma", "repetition"] }),
  },
];

/** A shard split: each document's shard (0..k-1); some shards may be empty. */
const splitArb = fc.integer({ min: 1, max: 4 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: corpus.length, maxLength: corpus.length })));

const shardsOf = (k: number, assign: readonly number[]): Corpus[] => Array.from({ length: k }, (_, s) => corpus.filter((_, i) => assign[i] === s));

const bytes = (p: PartialTable): string => JSON.stringify(p);

describe("partial tables: count shards, merge, statistics after the merge", () => {
  for (const c of CASES) {
    it(`${c.name}: merge(count(shards)) = count(corpus), and its rows = the single pass, for random shard splits`, async () => {
      const whole = await countShard(corpus, c.kind, c.options);
      const single = c.single(corpus);
      expect(single.length).toBeGreaterThan(0);
      expect(partialRows(whole).rows).toEqual(single);
      await fc.assert(
        fc.asyncProperty(splitArb, async ([k, assign]) => {
          const parts = await Promise.all(shardsOf(k, assign).map((s) => countShard(s, c.kind, c.options)));
          const merged = mergePartials(parts);
          expect(bytes(merged)).toBe(bytes(whole));
          expect(partialRows(merged).rows).toEqual(single);
        }),
        { seed: 13, numRuns: 12 },
      );
    });
  }

  it("merging is commutative and associative (byte-identical partials)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CASES), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: corpus.length, maxLength: corpus.length }), async (c, assign) => {
        const [a, b, s] = await Promise.all(shardsOf(3, assign).map((x) => countShard(x, c.kind, c.options)));
        expect(bytes(mergePartials([a, b]))).toBe(bytes(mergePartials([b, a])));
        expect(bytes(mergePartials([mergePartials([a, b]), s]))).toBe(bytes(mergePartials([a, mergePartials([b, s])])));
        expect(bytes(mergePartials([s, a, b]))).toBe(bytes(mergePartials([mergePartials([b, s]), a])));
      }),
      { seed: 1313, numRuns: 25 },
    );
  });

  it("an empty shard is the identity of the merge", async () => {
    for (const c of CASES) {
      const whole = await countShard(corpus, c.kind, c.options);
      const empty = await countShard([], c.kind, c.options);
      expect(bytes(mergePartials([empty, whole]))).toBe(bytes(whole));
    }
  });
});
