import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { statements, type StatementRow } from "../../src/segment/statements";
import type { Warning } from "../../src/types";

const voices = (rows: StatementRow[]) => rows.filter((r) => r.kind !== "narration").map((r) => [r.kind, r.speaker, r.cue, r.text]);

describe("statements(report) separates the voices", () => {
  test("a quote with its attribution after it, a paraphrase with 'that', and narration between", () => {
    const text = "“We will build the bridge,” Mayor Lena Okafor said. She noted that the money was ready. The council did not vote.";
    const rows = statements(text, { published: "2024-05-10" });
    expect(rows.map((r) => [r.kind, r.speaker, r.cue, r.text])).toEqual([
      ["quote", "Lena Okafor", "said", "We will build the bridge,"],
      ["narration", null, null, "Mayor Lena Okafor said."],
      ["narration", null, null, "She noted that"],
      ["paraphrase", "Lena Okafor", "noted", "the money was ready"],
      ["narration", null, null, "The council did not vote."],
    ]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  test("reported speech without 'that', two cues in one sentence, and a cue introducing a quote", () => {
    const text = 'Minister Paul Dorn said prices would fall next year, and added taxes would stay. He warned that reserves were low, saying, "We cannot wait."';
    expect(voices(statements(text, { published: "2024-05-10" }))).toEqual([
      ["paraphrase", "Paul Dorn", "said", "prices would fall next year"],
      ["paraphrase", "Paul Dorn", "added", "taxes would stay"],
      ["paraphrase", "Paul Dorn", "warned", "reserves were low"],
      ["quote", "Paul Dorn", "saying", "We cannot wait."],
    ]);
  });

  test("a mixed quote is built into the reporter's sentence; a quote after a full stop belongs to the last speaker", () => {
    const text = "Senator Ada Brennan called the budget “a fantasy built on sand” and said the auditors were ignored. “Nobody read it.”";
    expect(voices(statements(text, { published: "2024-05-10" }))).toEqual([
      ["mixed", "Ada Brennan", null, "a fantasy built on sand"],
      ["paraphrase", "Ada Brennan", "said", "the auditors were ignored"],
      ["quote", "Ada Brennan", null, "Nobody read it."],
    ]);
  });

  test("'he' and 'she' go to the last speaker of a compatible gender; 'the minister' to the person last named minister", () => {
    const text = [
      "Energy Minister Tomas Reyes said the dam would open in 2031.",
      "Senator Ada Brennan, the leader of the opposition, rejected the plan. “It is a fantasy,” she said.",
      "“We have the money,” he replied.",
      "“The engineers agree,” the minister added.",
      "“They do not,” the opposition leader said.",
    ].join("\n\n");
    const quotes = statements(text, { published: "2024-05-10" }).filter((r) => r.kind === "quote").map((r) => [r.speaker, r.cue]);
    expect(quotes).toEqual([
      ["Ada Brennan", "said"],
      ["Tomas Reyes", "replied"],
      ["Tomas Reyes", "added"],
      ["Ada Brennan", "said"],
    ]);
  });

  test("names with titles and short forms are one speaker; remarks of others inside a paraphrase are theirs", () => {
    const text = [
      "Grand Chancellor of the Northern League Dame Orla Quist told reporters that the treaty was dead.",
      "Quist also pointed to Finance Minister Ivo Lind's remarks that the treaty cost too much, and said, “He is right.”",
      "She referred to comments by a senior diplomat who had said that talks could resume.",
    ].join("\n\n");
    expect(voices(statements(text, { published: "2024-05-10" }))).toEqual([
      ["paraphrase", "Orla Quist", "told", "the treaty was dead"],
      ["paraphrase", "Ivo Lind", "remarks", "the treaty cost too much"],
      ["quote", "Orla Quist", "said", "He is right."],
      ["paraphrase", "senior diplomat", "said", "talks could resume"],
    ]);
  });

  test("straight quotes, nested quotes, quotes over paragraphs and an unbalanced mark, without failing", () => {
    const text = [
      '"Stop the trains," said Governor Rui Alves. "They told us \'trust the plan\' and we said "show us the numbers" instead.',
      '"Now we know," he added.',
      "He said, “This will not stand.",
      "The council met later.",
    ].join("\n\n");
    const warnings: Warning[] = [];
    const rows = statements(text, { published: "2024-05-10", onWarning: (w) => warnings.push(w) });
    expect(voices(rows)).toEqual([
      ["quote", "Rui Alves", "said", "Stop the trains,"],
      ["quote", "Rui Alves", null, "They told us 'trust the plan' and we said \"show us the numbers\" instead."],
      ["quote", "Rui Alves", "added", "Now we know,"],
      ["quote", "Rui Alves", "said", "This will not stand."],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["unbalanced_quote"]);
    expect(rows.at(-1)).toMatchObject({ kind: "narration", text: "The council met later." });
  });
});

describe("statements(report) dates every statement", () => {
  const text = [
    "Prime Minister Hana Vos said it was time to act.",
    "“We start now,” Vos said in Lindau on Tuesday at a meeting with farmers.",
    "She warned that prices would rise.",
    "Vos had on March 3 told lawmakers that the plan was ready.",
    "“It is ready,” she said.",
    "Farmers protested last week.",
  ].join("\n\n");
  const rows = statements(text, { published: "2024-05-10" });

  test("a statement takes its own frame's date, else its speaker's earlier event; the lead takes the speaker's first event; a later date in an attribution starts a new event", () => {
    const byText = (t: string) => rows.find((r) => r.text === t)!;
    expect(byText("it was time to act")).toMatchObject({ event_date: "2024-05-07", date_basis: "lead" });
    expect(byText("We start now,")).toMatchObject({ event_date: "2024-05-07", date_basis: "frame", event_place: "Lindau", event_occasion: "a meeting with farmers" });
    expect(byText("prices would rise")).toMatchObject({ event_date: "2024-05-07", date_basis: "event" });
    expect(byText("the plan was ready")).toMatchObject({ event_date: "2024-03-03", date_basis: "frame", cue: "told", speaker: "Hana Vos" });
    expect(byText("It is ready,")).toMatchObject({ event_date: "2024-03-03", date_basis: "event", speaker: "Hana Vos" });
    expect(new Set(rows.map((r) => r.event_id))).toEqual(new Set(["report#1", "report#2"]));
  });

  test("a date in narration without a speaker does not start an event", () => {
    expect(rows.at(-1)).toMatchObject({ kind: "narration", event_date: "2024-03-03" });
  });

  test("with no stated date every statement keeps the publication date and says so", () => {
    const plain = statements("“No,” said Mayor Ed Falk.", { published: "2024-05-10" });
    expect(plain.map((r) => [r.event_date, r.date_basis, r.event_id])).toEqual([
      ["2024-05-10", "publication", "report#0"],
      ["2024-05-10", "publication", "report#0"],
    ]);
  });

  test("a corpus of reports is read with each document's date as publication date", () => {
    const rows2 = statements([{ id: "r1", text: "“Yes,” Mayor Ed Falk said on Monday.", date: "2024-05-10", meta: {} }]);
    expect(rows2[0]).toMatchObject({ doc_id: "r1", event_id: "r1#1", event_date: "2024-05-06", speaker: "Ed Falk" });
    expect(() => statements([{ id: "r2", text: "x", meta: {} }])).toThrow(/document "r2" needs a publication date/);
    expect(() => statements("x")).toThrow(/statements: option "published" must be/);
  });
});

describe("statements(report) never fails and tiles the text", () => {
  test("spans are in order, do not overlap and slice back to their text, whatever the quote marks (property)", () => {
    const unit = fc.constantFrom("He said", " ", ", ", ". ", "\n\n", "“", "”", '"', "‘", "’", "the Leader", "Ayatollah Khamenei", "that", " added ", "on Sunday", "X", "Back to top button\n");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const rows = statements(text, { published: "2020-01-01" });
        let last = 0;
        for (const r of rows) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(text.slice(r.start, r.end)).toBe(r.text);
          last = r.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

// The seed report (../shared, read at runtime, never copied): a news report of two speeches.
const SEED = path.resolve(__dirname, "../../../shared/seeds/000_e512dd9e56a61bc7.txt");
describe.skipIf(!existsSync(SEED))("statements on the seed news report (published 2019-11-04)", () => {
  const text = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";
  const rows = existsSync(SEED) ? statements(text, { published: "2019-11-04" }) : [];

  test("the page debris is not part of any statement", () => {
    const all = rows.map((r) => r.text).join("\n");
    expect(all).not.toMatch(/Back to top button|UmmahMiddle EastNorth/);
  });

  test("finds all 17 direct quotes and attributes every one to Ali Khamenei", () => {
    const quotes = rows.filter((r) => r.kind === "quote");
    const marks = text.match(/“/g)!.length;
    expect(marks).toBe(17);
    expect(quotes).toHaveLength(17);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Ali Khamenei"]));
    for (const q of quotes) {
      expect(text[q.start - 1]).toBe("“");
      expect(text[q.end]).toBe("”");
    }
  });

  test("Macron's remarks and the US official's are theirs, not Khamenei's", () => {
    const macron = rows.find((r) => r.speaker === "Emmanuel Macron")!;
    expect(macron).toMatchObject({ kind: "paraphrase", cue: "remarks" });
    // Each paraphrase is the clause after "<name> ... that" in the paragraph naming the speaker.
    const reported = (row: { start: number; end: number }, name: string) => {
      const at = text.lastIndexOf(name, row.start); // the speaker named before the span
      const end = text.indexOf("\n", at);
      expect(at).toBeGreaterThan(text.lastIndexOf("\n", row.start)); // in the same paragraph
      expect(row.end).toBeLessThanOrEqual(end);
      expect(text.slice(at, row.start)).toMatch(/ that $/);
      expect(text.slice(row.end, end)).toMatch(/^[.,;"”]/); // it ends at a clause end
    };
    reported(macron, "Macron");
    const official = rows.find((r) => r.speaker === "US official")!;
    expect(official).toMatchObject({ kind: "paraphrase", cue: "said" });
    reported(official, "US official");
    const khamenei = rows.filter((r) => r.speaker === "Ali Khamenei");
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    expect(khamenei.some((r) => overlaps(r, macron) || overlaps(r, official))).toBe(false);
  });

  test("the statements split into the speech of 2019-11-03 and that of 2019-09-17 at the 'had on September 17' paragraph", () => {
    const shift = text.indexOf("Ayatollah Khamenei had on September 17");
    const own = rows.filter((r) => r.date_basis !== "publication");
    expect(own.filter((r) => r.start < shift).every((r) => r.event_date === "2019-11-03")).toBe(true);
    expect(own.filter((r) => r.start >= shift).every((r) => r.event_date === "2019-09-17")).toBe(true);
    const quotes = rows.filter((r) => r.kind === "quote");
    expect(quotes.filter((q) => q.event_date === "2019-11-03")).toHaveLength(8);
    expect(quotes.filter((q) => q.event_date === "2019-09-17")).toHaveLength(9);
    expect(rows.find((r) => r.event_date === "2019-11-03")).toMatchObject({ event_place: "Tehran" });
  });
});
