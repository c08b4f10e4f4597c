import { describe, expect, it } from "vitest";
import { stanceMarkerRates } from "../../src/compare/stance-marker-rates";
import { findingsPerGroup } from "../../src/group/findings-per-group";
import { GROUP_RATE_COLUMNS, groupRates } from "../../src/group/group-rates";
import { GroupTally } from "../../src/group/group-tally";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { rhetoricSummary } from "../../src/measure/rhetoric-summary";
import { termFrequency } from "../../src/measure/term-frequency";
import { wordCounts } from "../../src/segment/word-counts";
import { wilsonInterval } from "../../src/stats/wilson-interval";
import type { Document, Warning } from "../../src/types";

const d = (id: string, text: string, date?: string, meta: Document["meta"] = {}): Document => ({ id, text, date, meta });

// Wire copy, a blog line, a transcript turn and an empty release (words counted by hand).
const corpus = [
  d("wire", "Officials said talks would resume. They did not.", "2019-09-17", { outlet: "wire" }), // 8 words
  d("blog", "I think we'll never know, honestly!", "2019-11-04", { outlet: "blog" }),               // 7: I think we 'll never know honestly
  d("talk", "Q: Will you negotiate? A: Never. Not now.", "2020-01-08", { outlet: "transcript" }), // 8
  d("empty", "", "2021-03-01", { outlet: "release" }),
];
const findings = [
  { doc_id: "wire", category: "hedge" },
  { doc_id: "blog", category: "hedge" },
  { doc_id: "blog", category: "absolute" },
  { doc_id: "talk", category: "absolute" },
  { doc_id: "talk", category: "absolute" },
];

describe("findingsPerGroup(corpus, findings, options)", () => {
  it("totals the shared words per group and turns findings into counts, rates and Wilson intervals", () => {
    const words = wordCounts(corpus);
    // "we'll" is we + 'll; punctuation is no word.
    expect([...words]).toEqual([8, 7, 8, 0]);
    const rows = findingsPerGroup(corpus, findings, { by: "year", categories: ["hedge", "absolute"] });
    expect(rows.map((r) => `${r.group}:${r.category}:${r.count}/${r.n_words}`)).toEqual([
      "2019:hedge:2/15", "2019:absolute:1/15", "2020:hedge:0/8", "2020:absolute:2/8", "2021:hedge:0/0", "2021:absolute:0/0",
    ]);
    expect(Object.keys(rows[0])).toEqual([...GROUP_RATE_COLUMNS]);
    const [lo, hi] = wilsonInterval(2, 15, 1.959963984540054);
    expect(rows[0]).toMatchObject({ per_1k: 2000 / 15, n_docs: 2, n_docs_with: 2 });
    expect(rows[0].ci_low).toBeCloseTo(lo * 1000, 9);
    expect(rows[0].ci_high).toBeCloseTo(hi * 1000, 9);
    // A category never found in a group with words: count 0, rate 0, a real interval.
    expect(rows[2]).toMatchObject({ count: 0, per_1k: 0, ci_low: 0 });
    expect(rows[2].ci_high).toBeGreaterThan(0);
    // The empty-group rule: a group without words has NaN rate and interval.
    expect(rows[4].per_1k).toBeNaN();
    expect(rows[4].ci_low).toBeNaN();
    expect(rows[4].ci_high).toBeNaN();
  });

  it("orders groups by period start, else their earliest document; undated groups last", () => {
    const docs = [...corpus, d("undated", "No date here.", undefined, { outlet: "wire" })];
    const warnings: Warning[] = [];
    const byOutlet = findingsPerGroup(docs, findings, { by: "outlet", categories: ["hedge"] });
    expect([...new Set(byOutlet.map((r) => r.group))]).toEqual(["wire", "blog", "transcript", "release"]);
    const byYear = findingsPerGroup(docs, findings, { by: "year", categories: ["hedge"], onWarning: (w) => warnings.push(w) });
    expect([...new Set(byYear.map((r) => r.group))]).toEqual(["2019", "2020", "2021", "(missing)"]);
    expect(warnings.map((w) => w.code)).toEqual(["missing_group"]);
    const byPeriod = findingsPerGroup(docs.slice(0, 4), findings, { by: "period", breaks: ["2020-01-01"], categories: ["hedge"] });
    expect([...new Set(byPeriod.map((r) => r.group))]).toEqual(["before 2020-01-01", "2020-01-01 on"]);
  });

  it("lists categories as given, then those met in the findings; rejects findings of other documents", () => {
    const rows = findingsPerGroup(corpus, findings, { categories: ["absolute"] });
    expect(rows.map((r) => r.category)).toEqual(["absolute", "hedge"]);
    expect(() => findingsPerGroup(corpus, [{ doc_id: "nope", category: "x" }])).toThrow(/findingsPerGroup: findings must be rows of documents in the corpus; got "nope"/);
    expect(() => findingsPerGroup(corpus, findings, { confidence: 1 })).toThrow(/findingsPerGroup: option "confidence"/);
  });

  it("gives the same rows from shards counted apart and merged (counts are sums over documents)", () => {
    const z = 1.959963984540054;
    const words = wordCounts(corpus);
    const whole = new GroupTally("t", { by: "outlet" });
    corpus.forEach((doc, i) => whole.add(doc, words[i], findings.filter((f) => f.doc_id === doc.id)));
    const shards = [new GroupTally("t", { by: "outlet" }), new GroupTally("t", { by: "outlet" })];
    corpus.forEach((doc, i) => shards[i % 2].add(doc, words[i], findings.filter((f) => f.doc_id === doc.id)));
    const merged = new GroupTally("t", { by: "outlet" });
    for (const s of shards.reverse()) merged.absorb(JSON.parse(JSON.stringify(s.state())));
    expect(groupRates(merged, ["hedge", "absolute"], z)).toEqual(groupRates(whole, ["hedge", "absolute"], z));
  });
});

describe("one denominator on the bundled corpus", () => {
  it("n_words of every document is the same in the stance, rhetoric and term-frequency tables", () => {
    const sotu = sotuCorpus();
    const stance = stanceMarkerRates(sotu, { by: "document", categories: ["booster"] });
    const rhetoric = rhetoricSummary(sotu, [], { by: "document", rules: ["absolutes"] });
    const terms = termFrequency(sotu, { by: "document", terms: ["the"] });
    const words = wordCounts(sotu);
    expect(stance).toHaveLength(sotu.length);
    sotu.forEach((doc, i) => {
      const n = words[i];
      expect(n).toBeGreaterThan(0);
      expect(stance[i]).toMatchObject({ group: doc.id, n_words: n });
      expect(rhetoric[i]).toMatchObject({ group: doc.id, n_words: n });
      expect(terms[i]).toMatchObject({ group: doc.id, n_words: n, total_tokens: n });
    });
  });
});
