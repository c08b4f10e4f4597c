import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { termFrequency, TERM_FREQUENCY_COLUMNS } from "../../src/measure/term-frequency";
import { termFrequencyStream } from "../../src/measure/term-frequency-stream";
import type { Document, Warning } from "../../src/types";

const d = (id: string, text: string, date?: string, meta: Document["meta"] = {}): Document => ({ id, text, date, meta });

// Hand-checkable corpus: 3 documents.
const corpus = [
  d("a", "War and peace. War!", "1861-04-12", { party: "R" }),
  d("b", "Peace, peace, peace.", "1865", { party: "R" }),
  d("c", "No war.", "1871-01", { party: "D" }),
];

const row = (rows: ReturnType<typeof termFrequency>, term: string, group = "all") => rows.find((r) => r.term === term && r.group === group)!;

describe("termFrequency(corpus)", () => {
  it("counts, rates per 1,000 tokens, document frequency and tf-idf match a hand computation", () => {
    const rows = termFrequency(corpus);
    // Tokens (punctuation removed): a: war and peace war (4); b: peace peace peace (3); c: no war (2). Total 9.
    const war = row(rows, "war");
    expect(war).toEqual({
      group: "all", group_start: null, split: null, term: "war", count: 3, per_1k: (3 * 1000) / 9,
      doc_freq: 2, tfidf: 3 * Math.log10(3 / 2), total_tokens: 9, n_words: 9, n_docs: 3,
    });
    const peace = row(rows, "peace");
    expect(peace.count).toBe(4);
    expect(peace.tfidf).toBeCloseTo(4 * Math.log10(3 / 2), 12);
    expect(row(rows, "no").tfidf).toBeCloseTo(Math.log10(3), 12);
    expect(Object.keys(war)).toEqual([...TERM_FREQUENCY_COLUMNS]);
    // Sorted by count descending, then codepoint order.
    expect(rows.map((r) => r.term)).toEqual(["peace", "war", "and", "no"]);
  });

  it("groups by decade with the period start, and by a metadata field", () => {
    const byDecade = termFrequency(corpus, { by: "decade" });
    expect([...new Set(byDecade.map((r) => `${r.group}|${r.group_start}`))]).toEqual(["1860s|1860", "1870s|1870"]);
    expect(row(byDecade, "war", "1860s")).toMatchObject({ count: 2, doc_freq: 1, total_tokens: 7, n_docs: 2 });
    const byParty = termFrequency(corpus, { by: "party" });
    expect(row(byParty, "war", "D")).toMatchObject({ count: 1, per_1k: 500, doc_freq: 1, n_docs: 1 });
  });

  it("places dates of mixed precision into custom periods by their first day", () => {
    // a is 1861-04-12 (before the first break), b is "1865" (= 1865-01-01), c is "1871-01" (= 1871-01-01).
    const rows = termFrequency(corpus, { by: "period", breaks: ["1861-04-13", "1865-01-01", "1871-01-01"] });
    // Groups in date order; "before ..." has no period start and sorts by its earliest document.
    expect([...new Set(rows.map((r) => r.group))]).toEqual(["before 1861-04-13", "1865-01-01 to 1871-01-01", "1871-01-01 on"]);
    const shifted = termFrequency(corpus, { by: "period", breaks: ["1861", "1871-01-02"] });
    expect([...new Set(shifted.map((r) => r.group))]).toEqual(["1861 to 1871-01-02"]);
  });

  it("groups by named eras and reports documents outside every era as missing, with a warning", () => {
    const warnings: Warning[] = [];
    const rows = termFrequency(corpus, { by: "era", eras: [{ name: "war", start: "1861", end: "1866" }], onWarning: (w) => warnings.push(w) });
    expect([...new Set(rows.map((r) => r.group))]).toEqual(["war", "(missing)"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/"c"/);
  });

  it("reports requested terms in every group, zeros included, and warns about unseen ones", () => {
    const warnings: Warning[] = [];
    const rows = termFrequency(corpus, { by: "decade", terms: ["War", "tariff"], onWarning: (w) => warnings.push(w) });
    expect(rows.map((r) => `${r.group}:${r.term}:${r.count}`)).toEqual(["1860s:war:2", "1860s:tariff:0", "1870s:war:1", "1870s:tariff:0"]);
    expect(warnings.map((w) => w.code)).toEqual(["unseen_term"]);
  });

  it("counts bigrams within sentences only, and drops those containing a stopword when asked", () => {
    const rows = termFrequency([d("x", "maximum pressure failed. Maximum pressure, the policy of maximum pressure.")], { ngram: 2 });
    expect(row(rows, "maximum pressure").count).toBe(3);
    expect(rows.find((r) => r.term === "failed maximum")).toBeUndefined();
    expect(rows.find((r) => r.term === "pressure the")).toBeUndefined(); // the comma breaks adjacency
    const noStop = termFrequency([d("x", "the policy of maximum pressure")], { ngram: 2, stopwords: "en" });
    expect(noStop.map((r) => r.term)).toEqual(["maximum pressure"]);
    expect(noStop[0].total_tokens).toBe(4);
  });

  it("counts a multi-word term as a phrase whatever ngram is, beside single words, each over the n-grams of its length", () => {
    // A transcript turn: 10 words in two sentences; "maximum pressure" twice, never across the comma or the period.
    const doc = d("x", "Maximum pressure works, maximum. Pressure is what maximum pressure means.");
    for (const ngram of [1, 2, 3]) {
      const rows = termFrequency([doc], { ngram, terms: ["maximum pressure", "pressure", "Maximum  Pressure"] });
      // "Maximum  Pressure" is the same phrase once normalized: listed once.
      expect(rows.map((r) => [r.term, r.count, r.total_tokens])).toEqual([
        ["maximum pressure", 2, 7], // bigrams of the runs "maximum pressure works" (2), "maximum" (0), "pressure is what maximum pressure means" (5)
        ["pressure", 3, 10],
      ]);
    }
    // The phrase's rate is per 1,000 bigrams formed, as with ngram: 2 (the same figures as before).
    expect(termFrequency([doc], { ngram: 2, terms: ["maximum pressure"] })).toEqual(termFrequency([doc], { terms: ["maximum pressure"] }));
  });

  it("tokenizes terms as the corpus is: clitics, stopwords never removing a term asked for, other scripts", () => {
    const rows = termFrequency([d("x", "Iran's talks. The talks.")], { stopwords: "en", terms: ["Iran's", "the", "talks"] });
    expect(rows.map((r) => [r.term, r.count])).toEqual([["iran 's", 1], ["the", 1], ["talks", 2]]);
    expect(() => termFrequency(corpus, { terms: ["!!"] })).toThrow('termFrequency: option "terms" must be terms holding at least one word; got "!!"');
  });

  it("removes each document's own stopwords with stopwords: auto", () => {
    const docs = [d("en", "The talks and the war.", undefined, { lang: "en" }), d("de", "Die Gespräche und der Krieg.", undefined, { lang: "de" })];
    const rows = termFrequency(docs, { by: "lang", stopwords: "auto" });
    expect(rows.map((r) => `${r.group}:${r.term}`)).toEqual(["de:gespräche", "de:krieg", "en:talks", "en:war"]); // undated groups by name
    expect(termFrequency(docs, { stopwords: "en" }).map((r) => r.term)).toEqual(["der", "die", "gespräche", "krieg", "talks", "und", "war"]);
  });

  it("keeps the top K terms of each group, groups in order of their first document", () => {
    const rows = termFrequency(corpus, { by: "party", top: 1 });
    expect(rows.map((r) => `${r.group}:${r.term}`)).toEqual(["R:peace", "D:no"]);
  });

  it("rejects bad options naming the option and the value", () => {
    expect(() => termFrequency(corpus, { ngram: 4 })).toThrow('termFrequency: option "ngram" must be an integer from 1 to 3; got 4');
    expect(() => termFrequency(corpus, { by: "period" })).toThrow(/option "breaks" must be/);
    expect(() => termFrequency(corpus, { by: "period", breaks: ["1900", "1800"] })).toThrow(/strictly ascending/);
    expect(() => termFrequency(corpus, { top: 0 })).toThrow(/option "top" must be an integer >= 1; got 0/);
  });

  it("counts sum to the token total when nothing is removed (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(..."ab cd. E,f\n".split("")), maxLength: 60 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const docs = texts.map((t, i) => d(`d${i}`, t));
        const rows = termFrequency(docs);
        const sum = rows.reduce((s, r) => s + r.count, 0);
        expect(sum).toBe(rows.length > 0 ? rows[0].total_tokens : 0);
      }),
    );
  });

  it("gives the same rows streamed as in memory", async () => {
    async function* gen() {
      for (const doc of corpus) yield doc;
    }
    expect(await termFrequencyStream(gen(), { by: "decade", ngram: 2 })).toEqual(termFrequency(corpus, { by: "decade", ngram: 2 }));
  });
});

describe("termFrequency on the shared State of the Union corpus", () => {
  const file = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");
  const docs: Document[] = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => {
    const o = JSON.parse(l);
    return d(o.id, o.text, o.date);
  });

  it("counts a plain word exactly as many times as a case-insensitive whole-word search finds it", () => {
    const rows = termFrequency(docs, { terms: ["government", "tariff", "iran", "slavery"] });
    for (const r of rows) {
      const oracle = docs.reduce((n, doc) => n + (doc.text.match(new RegExp(`\\b${r.term}\\b`, "gi"))?.length ?? 0), 0);
      expect(r.count, r.term).toBe(oracle);
    }
  });

  it('counts the phrase "federal government" as many times as a regex over the texts finds it, whatever ngram is', () => {
    const oracle = docs.reduce((n, doc) => n + (doc.text.match(/\bfederal\s+government\b/gi)?.length ?? 0), 0);
    expect(oracle).toBe(498); // the figure issue 9 cites (the bundled @stdlib copy of the addresses gives 398 by the same regex)
    const rows = termFrequency(docs, { terms: ["federal government", "iran"] });
    expect(rows.map((r) => [r.term, r.count])).toEqual([["federal government", oracle], ["iran", docs.reduce((n, doc) => n + (doc.text.match(/\biran\b/gi)?.length ?? 0), 0)]]);
  });

  it("counts document frequency as the number of speeches containing the word", () => {
    const [r] = termFrequency(docs, { terms: ["iran"] });
    expect(r.doc_freq).toBe(docs.filter((doc) => /\biran\b/i.test(doc.text)).length);
  });
});
