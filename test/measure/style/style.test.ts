import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readability } from "../../../src/measure/style/readability";
import { lexicalDiversity } from "../../../src/measure/style/lexical-diversity";
import type { Corpus, Warning } from "../../../src/types";

const div = JSON.parse(fs.readFileSync(path.join(__dirname, "diversity-oracle.json"), "utf8"));
const read = JSON.parse(fs.readFileSync(path.join(__dirname, "readability-oracle.json"), "utf8"));

describe("readability", () => {
  it("equals the published formulas on hand counts (python oracle, 1e-9)", () => {
    const corpus: Corpus = [
      { id: "nursery", text: "The cat sat on the mat. It was happy.", meta: {} },
      { id: "clitics", text: "Don't negotiate with unreliable governments. They won't listen!", meta: { lang: "en" } },
    ];
    const rows = readability(corpus);
    for (const row of rows) {
      const o = read.cases[row.group];
      expect([row.n_words, row.n_sentences, row.n_syllables, row.n_polysyllables, row.n_letters]).toEqual([o.words, o.sentences, o.syllables, o.poly, o.letters]);
      for (const k of ["flesch", "flesch_kincaid", "gunning_fog", "smog", "coleman_liau"] as const) expect(row[k]).toBeCloseTo(o[k], 9);
    }
  });
  it("sums counts over a group's documents, and returns null with a warning for another language", () => {
    const warnings: Warning[] = [];
    const corpus: Corpus = [
      { id: "a", date: "2001", text: "The cat sat on the mat. It was happy.", meta: {} },
      { id: "b", date: "2002", text: "Don't negotiate with unreliable governments. They won't listen!", meta: {} },
      { id: "c", date: "2003", text: "Nous ne négocierons pas.", meta: { lang: "fr" } },
      { id: "d", date: "2011", text: "Wir verhandeln nicht.", meta: { lang: "de" } },
    ];
    const rows = readability(corpus, { by: "decade", onWarning: (w) => warnings.push(w) });
    expect(rows[0]).toMatchObject({ group: "2000s", n_docs: 2, n_words: 17, n_sentences: 4, n_syllables: 27 });
    expect(rows[1]).toMatchObject({ group: "2010s", n_docs: 0, flesch: null, smog: null });
    expect(warnings.map((w) => w.code)).toEqual(["not_english", "not_english"]);
  });
});

describe("lexicalDiversity", () => {
  it("equals an independent python implementation on four texts (1e-12)", () => {
    const corpus: Corpus = Object.entries(div.texts).map(([id, t]) => ({ id, text: (t as { text: string }).text, meta: {} }));
    const rows = lexicalDiversity(corpus, { window: div.window });
    for (const row of rows) {
      const o = div.texts[row.group];
      expect([row.n_tokens, row.n_types]).toEqual([o.n_tokens, o.n_types]);
      for (const k of ["ttr", "mattr", "mtld", "yules_k", "herdans_c"] as const) {
        if (o[k] === null) expect(row[k]).toBeNull();
        else expect(row[k]).toBeCloseTo(o[k], 12);
      }
    }
  });
  it("reads any language and computes a group on its documents in order", () => {
    const corpus: Corpus = [
      { id: "a", speaker: "A", text: "nous ne négocierons pas nous", meta: { lang: "fr" } },
      { id: "b", speaker: "A", text: "pas de négociation", meta: { lang: "fr" } },
    ];
    const [row] = lexicalDiversity(corpus, { by: "speaker" });
    expect(row).toMatchObject({ n_docs: 2, n_tokens: 8, n_types: 6, ttr: 6 / 8 });
    expect(lexicalDiversity([{ id: "e", text: "", meta: {} }])[0]).toMatchObject({ n_tokens: 0, ttr: null, mtld: null });
  });
});
