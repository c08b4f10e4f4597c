import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { cleanText } from "../../src/clean/clean-text";
import { originalSpan } from "../../src/clean/original-span";

// An invented news page with the debris seen on real ones.
const PAGE = [
  "Northshire GazettePoliticsRegional NewsOpinion",
  "",
  "Mayor Defends Harbour Plan",
  "",
  "By Jonas Ekberg, Staff Writer",
  "",
  "Mayor Ilse Varga said on Monday that the harbour would reopen in June.",
  "",
  "Photo: Mayor Ilse Varga at the harbour (Northshire Gazette)",
  "(AP Photo/Kim Lund)",
  "",
  "“We will not wait another winter,” she said \u2014 and nobody\u00A0argued\u2026",
  "",
  "Share this:",
  "Facebook Twitter WhatsApp Email",
  "Related Articles",
  "Read more: Council approves budget",
  "Tags: harbour, budget",
  "Back to top button",
].join("\n");

describe("cleanText(text)", () => {
  test("removes glued tag runs, bylines, photo credits, share and related lines and 'Back to top button'", () => {
    const c = cleanText(PAGE);
    expect(c.text).toBe(
      'Mayor Defends Harbour Plan\n\nMayor Ilse Varga said on Monday that the harbour would reopen in June.\n\n"We will not wait another winter," she said - and nobody argued...',
    );
    expect(c.removed.map((r) => r.rule)).toEqual([
      "tag_run", "byline", "photo_credit", "photo_credit", "share", "share", "related", "related", "related", "back_to_top",
    ]);
    for (const r of c.removed) expect(PAGE.slice(r.start, r.end)).toBe(r.text);
  });

  test("keeps sentences that merely contain camel-case names or start like a label", () => {
    const text = "McDonald and DeVries met in the iPhone era.\n\nBy the end of the day, Mr. Varga had agreed.\n\nTopics of the debate were many, he said.";
    expect(cleanText(text).text).toBe(text);
    expect(cleanText(text).removed).toEqual([]);
  });

  test("normalizes curly quotes, dashes and odd spaces and maps every cleaned span back to the original", () => {
    const c = cleanText(PAGE);
    const at = c.text.indexOf("We will not wait");
    const [s, e] = originalSpan(c, at, at + "We will not wait another winter,".length);
    expect(PAGE.slice(s, e)).toBe("We will not wait another winter,");
    const dots = c.text.indexOf("...");
    expect(PAGE.slice(...originalSpan(c, dots, dots + 3))).toBe("\u2026");
    const nbsp = c.text.indexOf("nobody argued");
    expect(PAGE.slice(...originalSpan(c, nbsp, nbsp + 13))).toBe("nobody\u00A0argued");
  });

  test("composes decomposed accents (NFC) and drops zero-width characters", () => {
    const c = cleanText("Re\u0301my\u200B said so.");
    expect(c.text).toBe("Rémy said so.");
    expect(c.original.slice(...originalSpan(c, 0, 4))).toBe("Re\u0301my");
  });

  test("with debris and normalize off the text is unchanged except line ends", () => {
    const text = "Back to top button\r\n“Hi.”";
    expect(cleanText(text, { debris: false, normalize: false }).text).toBe("Back to top button\n“Hi.”");
  });

  test("every cleaned character maps to an original piece that normalizes to it (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", "\n", "“", "”", "’", "—", "…", "\u00A0", ".", "x", "Share this:") }), (text) => {
        const c = cleanText(text);
        expect(c.originStart.length).toBe(c.text.length);
        for (let i = 0; i < c.text.length; i++) {
          expect(c.originStart[i]).toBeLessThan(c.originEnd[i]!);
          expect(c.originEnd[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(c.originStart[i]).toBeGreaterThanOrEqual(c.originStart[i - 1]!);
        }
      }),
    );
  });

  test("rejects a non-string", () => {
    expect(() => cleanText(42 as unknown as string)).toThrow(/cleanText: text must be a string; got 42/);
  });
});
