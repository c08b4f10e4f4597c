import { describe, expect, test } from "vitest";
import { quoteSpans } from "../../../src/segment/voices/quote-spans";
import { dateMentions } from "../../../src/segment/voices/date-mentions";
import { speakerName } from "../../../src/segment/voices/speaker-name";
import type { Warning } from "../../../src/types";

const quoted = (text: string, warnings: Warning[] = []) => quoteSpans(text, { onWarning: (w) => warnings.push(w) }).map((q) => text.slice(q.char_start, q.char_end));

describe("quoteSpans(text)", () => {
  test("finds curly and straight quotes without their marks", () => {
    expect(quoted('He said, "No deal." She said, “Maybe.”')).toEqual(["No deal.", "Maybe."]);
  });

  test("reads the direction of straight marks from their neighbours", () => {
    expect(quoted('"Stop," he said, "or we walk." Then: "Fine"')).toEqual(["Stop,", "or we walk.", "Fine"]);
  });

  test("keeps nested quotes (double in double, single in double) inside the outer quote", () => {
    expect(quoted("“They told us ‘trust the plan’ and we said “show us the numbers” instead,” she said.")).toEqual([
      "They told us ‘trust the plan’ and we said “show us the numbers” instead,",
    ]);
    expect(quoted('"We said "no" twice," he said.')).toEqual(['We said "no" twice,']);
  });

  test("follows a quote over paragraphs when each paragraph reopens it", () => {
    const rows = quoteSpans("“First part.\n\n“Second part,” he said.");
    expect(rows.map((r) => [r.continues, r.balanced, r.close_mark === null])).toEqual([[false, true, true], [true, true, false]]);
  });

  test("an unbalanced mark ends with its paragraph and warns instead of failing", () => {
    const warnings: Warning[] = [];
    expect(quoted("He said, “This will not stand.\n\nThe council met later. Stray” mark.", warnings)).toEqual(["This will not stand."]);
    expect(warnings.map((w) => w.code)).toEqual(["unbalanced_quote", "unbalanced_quote"]);
  });

  test("apostrophes never open a quote", () => {
    expect(quoted("The Americans’ way isn’t ours, and the nation's 'hollow awe' is gone.")).toEqual([]);
  });
});

describe("dateMentions(text, published)", () => {
  const dates = (text: string, published = "2019-11-04") => dateMentions(text, published).map((d) => [d.text, d.date, d.precision]);

  test("resolves weekdays, month days, relative dates and bare years against the publication date", () => {
    expect(dates("on Sunday; had on September 17 said; last week; last month; yesterday; in 1964")).toEqual([
      ["on Sunday", "2019-11-03", "day"],
      ["September 17", "2019-09-17", "day"],
      ["last week", "2019-10-28", "week"],
      ["last month", "2019-10", "month"],
      ["yesterday", "2019-11-03", "day"],
      ["in 1964", "1964", "year"],
    ]);
  });

  test("a date without a year after publication is last year's", () => {
    expect(dates("on December 20")).toEqual([["December 20", "2018-12-20", "day"]]);
    expect(dates("in March")).toEqual([["March", "2019-03", "month"]]);
  });

  test("gives the same dates in every time zone (no local-time drift)", () => {
    // The test script pins TZ=America/Los_Angeles; the publication day must not slip to the day before.
    expect(dates("on Monday", "2024-01-01")).toEqual([["on Monday", "2024-01-01", "day"]]);
  });

  test("rejects a publication date that is not YYYY-MM-DD", () => {
    expect(() => dateMentions("x", "2019-11")).toThrow(/dateMentions: published must be an ISO date YYYY-MM-DD; got "2019-11"/);
    expect(() => dateMentions("x", "2019-02-30")).toThrow(/published/);
  });
});

describe("speakerName(mention)", () => {
  test("drops titles and honorifics and keeps role nouns", () => {
    expect(speakerName("Supreme Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei")).toEqual({ name: "Ali Khamenei", surname: "Khamenei", roles: ["leader", "supreme leader", "ayatollah"] });
    expect(speakerName("Ayatollah Khamenei").surname).toBe("Khamenei");
    expect(speakerName("French President Emmanuel Macron")).toEqual({ name: "Emmanuel Macron", surname: "Macron", roles: ["president", "french president"] });
    expect(speakerName("Prime Minister Hana Vos of Lindmark")).toEqual({ name: "Hana Vos", surname: "Vos", roles: ["minister", "prime minister"] });
    expect(speakerName("Opposition leader Ruben Hale").name).toBe("Ruben Hale");
    expect(speakerName("President of the Republic Ana Soto").name).toBe("Ana Soto");
    expect(speakerName("Mr. John Hale's").name).toBe("John Hale");
  });
});
