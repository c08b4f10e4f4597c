import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dictionaryRates } from "../../src/compare/dictionary-rates";
import { parseDictionary } from "../../src/ingest/parse-dictionary";
import { dfm, type DfmOptions } from "../../src/measure/dfm/dfm";
import { dfmLongRows } from "../../src/measure/dfm/dfm-long-rows";
import { dfmSelect } from "../../src/measure/dfm/dfm-select";
import { dfmTrim } from "../../src/measure/dfm/dfm-trim";
import type { Dfm } from "../../src/measure/dfm/dfm-types";
import { dfmWeight } from "../../src/measure/dfm/dfm-weight";
import { dictionaryDfm } from "../../src/measure/dfm/dictionary-dfm";
import { dictionaryMatches } from "../../src/measure/dictionary-matches";
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

/** A small nested dictionary with globs and a phrase (as read from a file: name, source and lines kept; the partial keeps the patterns only). */
const DICT = parseDictionary(
  "economy:\n  tax: [tax*, budget]\n  work: [jobs, trabajador*, federal government]\nvalues: [freedom, family, people]\ncertainty: [never, always, certainly, clearly, obviously]\nunused: [zeppelin*]\n",
  "yaml",
  { file: "shard-test.yml" },
);
const dictRates = (c: Corpus, o: Record<string, unknown> = {}, caseSensitive = false) => dictionaryRates(c, dictionaryMatches(c, DICT, { caseSensitive }), DICT, o);
const dictDfm = (c: Corpus, o: Record<string, unknown> = {}) => dictionaryDfm(c, dictionaryMatches(c, DICT), DICT, o);
/** The `dfm` command's steps after the counts. */
const dfmRows = (m: Dfm, o: { minCount?: number; minDocFreq?: number; maxDocFreq?: number; select?: string[]; remove?: string[]; weight?: Parameters<typeof dfmWeight>[1] } = {}) => {
  let x = m;
  if (o.minCount !== undefined || o.minDocFreq !== undefined || o.maxDocFreq !== undefined) x = dfmTrim(x, o);
  if (o.select) x = dfmSelect(x, o.select);
  if (o.remove) x = dfmSelect(x, o.remove, { remove: true });
  return dfmLongRows(o.weight ? dfmWeight(x, o.weight) : x);
};
const words = (o: DfmOptions) => (c: Corpus) => dfm(c, o);

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
  { name: "dictionary ungrouped", kind: "dictionary", options: { dictionary: DICT }, single: (c) => dictRates(c) },
  { name: "dictionary by speaker split by party", kind: "dictionary", options: { dictionary: DICT, by: "speaker", split: "party" }, single: (c) => dictRates(c, { by: "speaker", split: "party" }) },
  {
    name: "dictionary at level 1 by decade at 0.9, case-sensitive",
    kind: "dictionary",
    options: { dictionary: DICT, by: "decade", level: 1, confidence: 0.9, caseSensitive: true },
    single: (c) => dictRates(c, { by: "decade", level: 1, confidence: 0.9 }, true),
  },
  { name: "dictionary by document", kind: "dictionary", options: { dictionary: DICT, by: "document" }, single: (c) => dictRates(c, { by: "document" }) },
  { name: "dfm by document", kind: "dfm", options: {}, single: (c) => dfmRows(dfm(c)) },
  { name: "dfm bigrams by speaker split by party, English stopwords", kind: "dfm", options: { by: "speaker", split: "party", ngram: 2, stopwords: "en" }, single: (c) => dfmRows(words({ by: "speaker", split: "party", ngram: 2, stopwords: "en" })(c)) },
  { name: "dfm ungrouped, trimmed, tf-idf", kind: "dfm", options: { by: "none", minCount: 2, minDocFreq: 2, weight: "tfidf" }, single: (c) => dfmRows(dfm(c, { by: "none" }), { minCount: 2, minDocFreq: 2, weight: "tfidf" }) },
  { name: "dfm by year, prop weights, max docfreq 3", kind: "dfm", options: { by: "year", maxDocFreq: 3, weight: "prop" }, single: (c) => dfmRows(dfm(c, { by: "year" }), { maxDocFreq: 3, weight: "prop" }) },
  { name: "dfm of English stems by decade, selected, log weights", kind: "dfm", options: { by: "decade", stem: "en", select: ["tax*", "job*", "the"], weight: "log" }, single: (c) => dfmRows(dfm(c, { by: "decade", stem: "en" }), { select: ["tax*", "job*", "the"], weight: "log" }) },
  { name: "dfm of lemmas, trigrams, removed features", kind: "dfm", options: { lemma: true, ngram: 3, remove: ["the *"] }, single: (c) => dfmRows(dfm(c, { lemma: true, ngram: 3 }), { remove: ["the *"] }) },
  { name: "dfm of dictionary categories by document", kind: "dfm", options: { dictionary: DICT }, single: (c) => dfmRows(dictDfm(c)) },
  { name: "dfm of dictionary categories by party, tf-idf", kind: "dfm", options: { dictionary: DICT, by: "party", weight: "tfidf" }, single: (c) => dfmRows(dictDfm(c, { by: "party" }), { weight: "tfidf" }) },
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

describe("partial tables of dictionary hits and dfm counts", () => {
  it("countShard(docs, 'dictionary') keeps the dictionary's categories and patterns only, so shards reading it from different paths merge", async () => {
    const p = await countShard(corpus.slice(0, 3), "dictionary", { dictionary: DICT });
    const elsewhere = await countShard(corpus.slice(3), "dictionary", { dictionary: { ...DICT, name: "other", source: "/elsewhere/shard-test.yml" } });
    expect(JSON.stringify(p.options)).not.toContain("shard-test.yml");
    expect((p.options.dictionary as { categories: unknown[] }).categories[0]).toEqual({ category: "economy.tax", entries: [{ pattern: "tax*" }, { pattern: "budget" }] });
    expect(partialRows(mergePartials([p, elsewhere])).rows).toEqual(dictRates(corpus));
  });

  it("mergePartials refuses partials counted with different dictionaries", async () => {
    const other = parseDictionary("economy:\n  tax: [tax]\n", "yaml");
    for (const kind of ["dictionary", "dfm"] as const) {
      const a = await countShard(corpus.slice(0, 3), kind, { dictionary: DICT });
      const b = await countShard(corpus.slice(3), kind, { dictionary: other });
      expect(() => mergePartials([a, b], ["a.partial.jsonl", "b.partial.jsonl"])).toThrow(/b\.partial\.jsonl has options .* only partial tables of the same options merge/);
    }
  });

  it("options given as their defaults equal options not given (dfm: by document, ngram 1, weight count)", async () => {
    const a = await countShard(corpus, "dfm", { ngram: 1, weight: "count", stem: false, lemma: false });
    const b = await countShard(corpus, "dfm", {});
    expect(bytes(a)).toBe(bytes(b));
  });

  it("bad options fail with invalid_argument before any document is read", async () => {
    const never = { [Symbol.iterator]: () => { throw new Error("read"); } } as Iterable<never>;
    const bad: [PartialKind, Record<string, unknown>, RegExp][] = [
      ["dictionary", {}, /option "dictionary" must be a dictionary/],
      ["dictionary", { dictionary: { categories: [{ category: "x", entries: [{ pattern: "" }] }] } }, /entry "" of category "x"/],
      ["dictionary", { dictionary: DICT, level: 0 }, /option "level"/],
      ["dictionary", { dictionary: DICT, stopwords: "en" }, /option "stopwords" must be one of/],
      ["dfm", { dictionary: DICT, ngram: 2 }, /option "ngram" must be left out with "dictionary"/],
      ["dfm", { caseSensitive: true }, /option "caseSensitive" must be given with "dictionary" only/],
      ["dfm", { stem: "xx" }, /option "stem"/],
      ["dfm", { weight: "tf" }, /argument "scheme" must be one of/],
      ["dfm", { minDocFreq: -1 }, /option "minDocFreq"/],
      ["dfm", { ngram: 4 }, /option "ngram"/],
    ];
    for (const [kind, options, message] of bad) await expect(countShard(never, kind, options)).rejects.toThrow(message);
  });
});
