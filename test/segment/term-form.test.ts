import { describe, expect, it } from "vitest";
import { tokens } from "../../src/segment/tokens";
import { STEM_LANGUAGES, termForm } from "../../src/segment/term-form";
import { DiscourseError } from "../../src/errors";
import type { Corpus } from "../../src/types";

const wire: Corpus = [
  { id: "wire", text: "GENEVA (Reuters) - Negotiators resumed negotiations on Tuesday; both sides said they were negotiating in good faith.", meta: {} },
  { id: "blog", text: "Honestly? The policies were better before. Leaves fell, children ran, and nobody negotiated anything.", meta: {} },
];

describe("termForm", () => {
  it("stems with natural's Porter stemmer for en and every stemmer natural ships", () => {
    expect(termForm("t", { stem: "en" })!.reduce("negotiations")).toBe("negoti");
    expect(termForm("t", { stem: "de" })!.reduce("verhandlungen")).toBe("verhandl");
    expect(termForm("t", { stem: "fr" })!.reduce("négociations")).toBe("négoci");
    for (const lang of Object.keys(STEM_LANGUAGES)) expect(typeof termForm("t", { stem: lang })!.reduce("word")).toBe("string");
  });
  it("lemmatizes English nouns, verbs and adjectives without tags (noun first, then verb, then adjective)", () => {
    const f = termForm("t", { lemma: true })!;
    expect(["policies", "children", "negotiating", "was", "better", "leaves"].map((w) => f.reduce(w))).toEqual(["policy", "child", "negotiate", "be", "good", "leaf"]);
  });
  it("rejects an unknown language and stem with lemma, naming the option", () => {
    expect(() => termForm("freq", { stem: "xx" })).toThrow(/freq: option "stem" must be one of en, en-lancaster/);
    expect(() => termForm("freq", { stem: "en", lemma: true })).toThrow(DiscourseError);
    expect(termForm("freq", {})).toBeUndefined();
  });
});

describe("tokens with stem or lemma", () => {
  it("keeps offsets and sentences, so every token still slices to its surface, and types become stems", () => {
    const plain = tokens(wire, { removePunct: true });
    const stemmed = tokens(wire, { removePunct: true, stem: "en" });
    expect(stemmed.length).toBe(plain.length);
    expect(Array.from(stemmed.charStart)).toEqual(Array.from(plain.charStart));
    const d = 0;
    const surfaces: string[] = [];
    const stems: string[] = [];
    for (let i = stemmed.docStart[d]; i < stemmed.docStart[d + 1]; i++) {
      surfaces.push(wire[d].text.slice(stemmed.charStart[i], stemmed.charEnd[i]));
      stems.push(stemmed.vocabulary.term(stemmed.typeId[i]));
    }
    expect(surfaces).toContain("Negotiators");
    expect(stems.filter((s) => s === "negoti")).toHaveLength(3); // Negotiators, negotiations, negotiating
  });
  it("removes stopwords on the words as written, before stemming ('was' is a stopword, its stem 'wa' is not)", () => {
    const t = tokens([{ id: "a", text: "It was what it was.", meta: {} }], { removePunct: true, stopwords: "en", stem: "en" });
    const kept = Array.from(t.typeId, (id) => t.vocabulary.term(id));
    expect(kept).not.toContain("wa");
  });
});
