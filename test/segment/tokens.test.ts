import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { tokens } from "../../src/segment/tokens";
import { TokenKind, type Document } from "../../src/types";

const doc = (text: string, id = "d"): Document => ({ id, text, meta: {} });

function surfaces(text: string, options = {}): string[] {
  const t = tokens([doc(text)], options);
  return Array.from({ length: t.length }, (_, i) => text.slice(t.charStart[i], t.charEnd[i]));
}
function types(text: string, options = {}): string[] {
  const t = tokens([doc(text)], options);
  return Array.from(t.typeId, (id) => t.vocabulary.term(id));
}
function sentenceTexts(text: string): string[] {
  const t = tokens([doc(text)]);
  return Array.from(t.sentenceStart, (s, k) => text.slice(s, t.sentenceEnd[k]));
}

describe("tokens(corpus)", () => {
  it("splits English clitics and folds curly apostrophes into the same type", () => {
    expect(surfaces("Iran’s leader didn't")).toEqual(["Iran", "’s", "leader", "did", "n't"]);
    expect(types("Iran’s Iran's")).toEqual(["iran", "'s", "iran", "'s"]);
  });

  it("keeps internal apostrophes of names", () => {
    expect(surfaces("O'Brien and ma’am")).toEqual(["O'Brien", "and", "ma’am"]);
  });

  it("keeps initialisms and titles with their periods, without ending the sentence", () => {
    expect(surfaces("Mr. Smith met U.S. officials.")).toEqual(["Mr.", "Smith", "met", "U.S.", "officials", "."]);
    expect(sentenceTexts("Mr. Smith met U.S. officials. They left.")).toEqual(["Mr. Smith met U.S. officials.", "They left."]);
  });

  it("ends a sentence after an initialism when a sentence opener follows", () => {
    expect(sentenceTexts("Sanctions on the U.S. The talks failed.")).toEqual(["Sanctions on the U.S.", "The talks failed."]);
  });

  it("keeps numbers with separators and units, and years, as number tokens", () => {
    const t = tokens([doc("A 2,000km range since 1953 cost 3.5 billion.")]);
    const s = surfaces("A 2,000km range since 1953 cost 3.5 billion.");
    expect(s).toEqual(["A", "2,000km", "range", "since", "1953", "cost", "3.5", "billion", "."]);
    expect(t.kind[1]).toBe(TokenKind.number);
    expect(t.kind[4]).toBe(TokenKind.number);
    expect(t.kind[8]).toBe(TokenKind.punct);
  });

  it("splits hyphenated words by default and keeps them whole with hyphens: keep", () => {
    expect(surfaces("self-government")).toEqual(["self", "-", "government"]);
    expect(surfaces("self-government", { hyphens: "keep" })).toEqual(["self-government"]);
  });

  it("keeps closing quotes in the sentence they close and opens a sentence at an opening quote", () => {
    const text = "He said: “We will not negotiate.” Then he left. “Never,” he added.";
    expect(sentenceTexts(text)).toEqual(["He said: “We will not negotiate.”", "Then he left.", "“Never,” he added."]);
  });

  it("does not split a sentence before a lowercase word, and always splits at a blank line", () => {
    expect(sentenceTexts("Why? because.\n\nNext para")).toEqual(["Why? because.", "Next para"]);
  });

  it("lowercases only the normalized form, never the surface", () => {
    expect(types("The TARIFF", { lowercase: false })).toEqual(["The", "TARIFF"]);
    expect(types("The TARIFF")).toEqual(["the", "tariff"]);
  });

  it("removes punctuation, numbers and stopwords on request, keeping offsets", () => {
    const text = "In 1953, the coup failed.";
    expect(surfaces(text, { removePunct: true, removeNumbers: true, stopwords: "en" })).toEqual(["coup", "failed"]);
  });

  it("knows stopword lists of several languages and rejects unknown ones by name", () => {
    expect(types("der Krieg und die Nation", { stopwords: "de" })).toEqual(["krieg", "nation"]);
    expect(types("la guerre et la paix", { stopwords: "fra" })).toEqual(["guerre", "paix"]);
    expect(() => tokens([doc("x")], { stopwords: "xx" })).toThrow(/tokens: option "stopwords" must be "auto", "file:PATH", \+word, -word or languages among .*eng.*; got "xx"/);
  });

  it("keeps documents apart: docStart indexes each document's first token", () => {
    const t = tokens([doc("one two", "a"), doc("", "b"), doc("three.", "c")], { removePunct: true });
    expect(Array.from(t.docStart)).toEqual([0, 2, 2, 3]);
    expect(t.docIds).toEqual(["a", "b", "c"]);
  });

  it("gives every token offsets that slice back to a non-empty, whitespace-free surface, in order (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab A.,'’“”-?!\n 19$é😀".split("")), maxLength: 200 }), (text) => {
        const t = tokens([doc(text)]);
        let prevEnd = 0;
        for (let i = 0; i < t.length; i++) {
          const s = text.slice(t.charStart[i], t.charEnd[i]);
          expect(s.length).toBeGreaterThan(0);
          expect(/\s/.test(s)).toBe(false);
          expect(t.charStart[i]).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = t.charEnd[i];
          const k = t.sentenceId[i];
          expect(t.sentenceStart[k]).toBeLessThanOrEqual(t.charStart[i]);
          expect(t.sentenceEnd[k]).toBeGreaterThanOrEqual(t.charEnd[i]);
        }
        // Everything that is not whitespace is covered by some token.
        const covered = new Uint8Array(text.length);
        for (let i = 0; i < t.length; i++) covered.fill(1, t.charStart[i], t.charEnd[i]);
        for (let c = 0; c < text.length; c++) if (!covered[c]) expect(/\s/.test(text[c])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
