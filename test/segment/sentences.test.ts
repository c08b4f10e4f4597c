import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { sentences } from "../../src/segment/sentences";
import type { Document } from "../../src/types";

const doc = (text: string, id = "x"): Document => ({ id, text, meta: {} });
const split = (text: string): string[] => sentences([doc(text)]).map((s) => s.text);

describe("sentences(corpus)", () => {
  test("splits at . ! ? before a capitalized word", () => {
    expect(split("We will not negotiate. Never.")).toEqual(["We will not negotiate.", "Never."]);
    expect(split("Is it over? Yes! It is.")).toEqual(["Is it over?", "Yes!", "It is."]);
    expect(split("Really?! Yes.")).toEqual(["Really?!", "Yes."]);
  });

  test("does not split before a lowercase word", () => {
    expect(split("Yes… no. maybe")).toEqual(["Yes… no. maybe"]);
  });

  test("a blank line ends a sentence even without a full stop", () => {
    expect(split("First paragraph without a stop\n\nSecond paragraph.")).toEqual(["First paragraph without a stop", "Second paragraph."]);
  });

  test("closing quotes, straight and curly, stay with the sentence they close", () => {
    expect(split('He said, "We will win." Then he left.')).toEqual(['He said, "We will win."', "Then he left."]);
    expect(split("He said, “We will win.” Then he left.")).toEqual(["He said, “We will win.”", "Then he left."]);
    expect(split("(Parenthetical.) After.")).toEqual(["(Parenthetical.)", "After."]);
  });

  test('titles such as "Mr." and "Dr." never end a sentence', () => {
    expect(split("Mr. Rouhani met Dr. Smith. They talked.")).toEqual(["Mr. Rouhani met Dr. Smith.", "They talked."]);
  });

  test('"U.S." and "etc." end a sentence only before a capitalized sentence opener', () => {
    expect(split("The U.S. Army is here. Next.")).toEqual(["The U.S. Army is here.", "Next."]);
    expect(split("He was born in the U.S. In 1990 he left.")).toEqual(["He was born in the U.S.", "In 1990 he left."]);
    expect(split("Bread, milk, etc. The end.")).toEqual(["Bread, milk, etc.", "The end."]);
    expect(split("Apples etc. are sold.")).toEqual(["Apples etc. are sold."]);
    expect(split("In Jan. 2019 we met. It was cold.")).toEqual(["In Jan. 2019 we met.", "It was cold."]);
  });

  test("a decimal point is not a sentence end", () => {
    expect(split("Costs rose 3.5 percent. Then fell.")).toEqual(["Costs rose 3.5 percent.", "Then fell."]);
  });

  test("offsets are UTF-16 units: text outside the BMP keeps later sentences aligned", () => {
    const text = "Emoji 😀 here. Next.";
    const [a, b] = sentences([doc(text)]);
    expect(a).toEqual({ doc_id: "x", index: 0, start: 0, end: 14, text: "Emoji 😀 here." });
    expect(b).toEqual({ doc_id: "x", index: 1, start: 15, end: 20, text: "Next." });
  });

  test("rows carry doc_id and an index counted from 0 in each document, in corpus order; leading space is not part of a sentence", () => {
    const rows = sentences([doc("  One. Two.", "a"), doc("", "empty"), doc("Three.", "b")]);
    expect(rows.map((s) => [s.doc_id, s.index, s.start, s.end, s.text])).toEqual([
      ["a", 0, 2, 6, "One."],
      ["a", 1, 7, 11, "Two."],
      ["b", 0, 0, 6, "Three."],
    ]);
  });

  test("an empty or whitespace-only text has no sentences", () => {
    expect(split("")).toEqual([]);
    expect(split(" \n\n\t")).toEqual([]);
  });

  test("property: text === doc.text.slice(start, end), sentences in order and not overlapping, trimmed", () => {
    const piece = fc.constantFrom("We", "will", "win", "Mr.", "U.S.", "etc.", "3.5", "“", "”", '"', "(", ")", ".", "!", "?", "…", " ", " ", "\n", "\n\n", "é", "😀", "self-government", "isn't", "The");
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 40 }).map((p) => p.join(" ")), { minLength: 1, maxLength: 4 }), (texts) => {
        const corpus = texts.map((t, k) => doc(t, `d${k}`));
        const rows = sentences(corpus);
        for (let k = 0; k < rows.length; k++) {
          const s = rows[k];
          const text = corpus.find((c) => c.id === s.doc_id)!.text;
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.text.trim());
          const prev = rows[k - 1];
          if (prev && prev.doc_id === s.doc_id) {
            expect(s.index).toBe(prev.index + 1);
            expect(s.start).toBeGreaterThanOrEqual(prev.end);
          } else {
            expect(s.index).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
