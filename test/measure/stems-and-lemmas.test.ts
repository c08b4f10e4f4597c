import { beforeAll, describe, expect, it } from "vitest";
import { termFrequency } from "../../src/measure/term-frequency";
import { kwic } from "../../src/measure/kwic";
import { collocates } from "../../src/measure/collocates";
import { keyness } from "../../src/measure/keyness";
import { termRates } from "../../src/compare/term-rates";
import { dispersionMeasures } from "../../src/measure/dispersion-measures";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { run, jsonl } from "../cli/cli-harness";
import type { Corpus, Warning } from "../../src/types";

const press: Corpus = [
  { id: "release", date: "2019-05-01", text: "FOR IMMEDIATE RELEASE. The Ministry confirms that negotiations will resume. Our negotiator is ready to negotiate.", meta: {} },
  { id: "transcript", date: "2020-02-02", text: "Q: Are you negotiating? A: We negotiated for months. We will negotiate again, if they negotiate honestly.", meta: {} },
  { id: "broadsheet", date: "2021-07-07", text: "Talks stalled. Diplomats, who rarely speak on the record, said nothing would be negotiable before autumn.", meta: {} },
];

describe("stems and lemmas in every measure that takes terms", () => {
  it("termFrequency counts a stem's forms together under the term given", () => {
    const rows = termFrequency(press, { stem: "en", terms: ["negotiate"] });
    // negotiations, negotiator, negotiate, negotiating, negotiated, negotiate, negotiate, negotiable
    expect(rows).toEqual([expect.objectContaining({ term: "negotiate", count: 8, doc_freq: 3 })]);
  });
  it("reads a truncation as the one stem of the words it begins, and says so", () => {
    const warnings: Warning[] = [];
    const rows = termFrequency(press, { stem: "en", terms: ["negotiat"], onWarning: (w) => warnings.push(w) });
    expect(rows[0].count).toBe(8);
    expect(warnings[0]).toMatchObject({ code: "term_form" });
    expect(warnings[0].message).toContain('"negotiat" counted as the stem "negoti"');
  });
  it("reports a truncation beginning words of several stems with count 0 and names the stems", () => {
    const warnings: Warning[] = [];
    const rows = termFrequency(press, { stem: "en", terms: ["re"], onWarning: (w) => warnings.push(w) });
    expect(rows[0].count).toBe(0);
    expect(warnings.map((w) => w.message).join("\n")).toMatch(/"re" matches no stem: it begins words of several stems \(readi, record, releas, resum\)/);
  });
  it("counts lemmas: negotiating, negotiated and negotiate share the lemma negotiate; negotiations and negotiator are nouns of their own", () => {
    const rows = termFrequency(press, { lemma: true, terms: ["negotiate", "negotiation"] });
    expect(rows.map((r) => [r.term, r.count])).toEqual([["negotiate", 5], ["negotiation", 1]]);
  });
  it("kwic matches the stem and shows the words as written", () => {
    const rows = kwic(press, "negotiate", { stem: "en", window: 2 });
    expect(rows.map((r) => r.match)).toEqual(["negotiations", "negotiator", "negotiate", "negotiating", "negotiated", "negotiate", "negotiate", "negotiable"]);
    for (const r of rows) expect(press.find((d) => d.id === r.doc_id)!.text.slice(r.start, r.end)).toBe(r.match);
  });
  it("collocates, keyness, trend and dispersion accept stems", () => {
    expect(collocates(press, "negotiations", { stem: "en" }).map((r) => r.node)[0]).toBe("negotiations");
    expect(collocates(press, "negotiations", { stem: "en" }).find((r) => r.collocate === "we")).toBeDefined();
    const key = keyness(press.slice(1, 2), [press[0], press[2]], { stem: "en", minCount: 1 });
    expect(key.find((r) => r.term === "negoti")).toMatchObject({ n_target: 4, n_reference: 4 });
    expect(termRates(press, ["negotiat"], { by: "year", stem: "en" }).map((r) => r.count)).toEqual([3, 4, 1]);
    expect(dispersionMeasures(press, ["negotiate"], { stem: "en" })[0]).toMatchObject({ term: "negoti", count: 8 });
  });
});

describe("freq --stem en --terms negotiat on the bundled corpus (issue 11 done-when)", () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = sotuCorpus();
  });
  it("counts negotiate, negotiation, negotiations and negotiating together, equal to a regex over the forms of the stem", async () => {
    const r = await run("freq", "--stem", "en", "--terms", "negotiat", "--format", "jsonl");
    expect(r.code).toBe(0);
    const [row] = jsonl(r.stdout);
    // Every form of the stem "negoti" in the corpus (Porter): the four named ones and negotiated, negotiator(s), negotiable.
    const forms = /\b(negotiate|negotiation|negotiations|negotiating|negotiated|negotiator|negotiators|negotiable)\b/gi;
    let expected = 0;
    const seen = new Set<string>();
    for (const d of corpus) for (const m of d.text.matchAll(forms)) {
      expected++;
      seen.add(m[0].toLowerCase());
    }
    for (const f of ["negotiate", "negotiation", "negotiations", "negotiating"]) expect(seen).toContain(f);
    expect(row).toMatchObject({ term: "negotiat", count: expected });
    expect(r.stderr).toContain('"negotiat" counted as the stem "negoti"');
    // Not stemmed, the truncation is no word of the corpus.
    const plain = jsonl((await run("freq", "--terms", "negotiat", "--format", "jsonl")).stdout);
    expect(plain[0]).toMatchObject({ count: 0 });
  });
});
