import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { DiscourseError } from "../../../src/errors";
import { rhetoricMatches, RHETORIC_MATCH_COLUMNS } from "../../../src/measure/rhetoric-matches";
import { rhetoricSummary } from "../../../src/measure/rhetoric-summary";
import { rhetoricUsThem } from "../../../src/measure/rhetoric-us-them";
import type { Corpus, Warning } from "../../../src/types";

const SEED = path.resolve(__dirname, "../../../../shared/seeds/000_e512dd9e56a61bc7.txt");

describe("rhetoricMatches", () => {
  test("rows carry the columns in order, and text is the slice of the document at [start, end)", () => {
    const c: Corpus = [{ id: "a", date: "2019-11-03", speaker: "S", text: "We will never talk.\nThey are either fools or liars.", meta: {} }];
    const rows = rhetoricMatches(c);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual([...RHETORIC_MATCH_COLUMNS]);
      expect(c[0].text.slice(r.start, r.end)).toBe(r.text);
      expect(r.sentence.includes(r.text.replace(/\s+/g, " "))).toBe(true);
      expect(r.date).toBe("2019-11-03");
    }
    const fd = rows.find((r) => r.rule === "false-dilemma")!;
    expect(fd).toMatchObject({ text: "either fools or liars", technique: null, sentence: "They are either fools or liars." });
    // Sorted by start, then end.
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].start <= rows[i].start).toBe(true);
  });

  test("offsets are UTF-16 units: text after an emoji and curly quotes slices back", () => {
    const text = "😀😀 “They said it was a trick.” Never again!";
    const rows = rhetoricMatches([{ id: "e", text, meta: {} }], { rules: ["doubt", "absolutes"] });
    expect(rows.map((r) => [r.rule, r.start, r.end, r.text])).toEqual([
      ["doubt", 25, 30, "trick"],
      ["absolutes", 33, 38, "Never"],
    ]);
    expect(text.indexOf("trick")).toBe(25); // the two emoji are 4 UTF-16 units
  });

  test("a user adds a rule as phrases, a RegExp or a function, without touching the library", () => {
    const c: Corpus = [{ id: "a", text: "Maximum pressure failed. The Great Satan lies. Maximum pressure again.", meta: {} }];
    const rows = rhetoricMatches(c, {
      rules: [
        { id: "slogan", technique: "Slogans", pattern: ["maximum pressure"] },
        { id: "satan", pattern: /Great Satan/ },
        { id: "first-word", description: "the first token", references: [], technique: null, find: (d) => [{ start: d.start[0], end: d.end[0] }] },
      ],
    });
    expect(rows.map((r) => [r.rule, r.text, r.technique])).toEqual([
      ["first-word", "Maximum", null],
      ["slogan", "Maximum pressure", "Slogans"],
      ["satan", "Great Satan", null],
      ["slogan", "Maximum pressure", "Slogans"],
    ]);
  });

  test("a user rule's spans outside the text are dropped with a warning", () => {
    const warnings: Warning[] = [];
    const rows = rhetoricMatches([{ id: "a", text: "abc", meta: {} }], { rules: [{ id: "bad", description: "", references: [], technique: null, find: () => [{ start: 1, end: 9 }, { start: 0, end: 1 }] }], onWarning: (w) => warnings.push(w) });
    expect(rows.map((r) => r.text)).toEqual(["a"]);
    expect(warnings.map((w) => w.code)).toEqual(["invalid_span"]);
  });

  test("unknown rule ids, duplicate ids and malformed rules are caller errors", () => {
    const c: Corpus = [{ id: "a", text: "x", meta: {} }];
    expect(() => rhetoricMatches(c, { rules: ["absolute"] })).toThrow(/rhetoricMatches: option "rules" must be built-in rule ids among .*; got "absolute"/);
    expect(() => rhetoricMatches(c, { rules: ["absolutes", "absolutes"] })).toThrow(DiscourseError);
    expect(() => rhetoricMatches(c, { rules: [] })).toThrow(DiscourseError);
    expect(() => rhetoricMatches(c, { rules: [{ id: "Bad Id", pattern: ["x"] }] })).toThrow(DiscourseError);
    expect(() => rhetoricMatches(c, { rules: [{ id: "empty", pattern: [] }] })).toThrow(DiscourseError);
  });

  test.skipIf(!fs.existsSync(SEED))("on the seed report: either/or, neither/nor, the repeated slogans, absolutes and years, with spans", () => {
    const text = fs.readFileSync(SEED, "utf8");
    const rows = rhetoricMatches([{ id: "seed", text, meta: {} }]);
    const of = (rule: string) => rows.filter((r) => r.rule === rule).map((r) => r.text);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(of("false-dilemma")).toContain("either very simple-minded or a collaborator with the Americans");
    expect(of("neither-nor")).toContain("neither bilaterally nor multilaterally");
    expect(of("neither-nor").some((t) => t.startsWith("neither in New York"))).toBe(true);
    const rep = of("repetition");
    expect(rep.filter((t) => /not worth a penny/i.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(rep.filter((t) => /maximum pressure/i.test(t)).length).toBeGreaterThanOrEqual(4);
    expect(of("absolutes")).toEqual(expect.arrayContaining(["at any level", "all", "never"]));
    expect(of("appeal-to-history")).toEqual(expect.arrayContaining(["1953", "1964", "1979", "41 years"]));
    expect(of("name-calling")).toEqual(expect.arrayContaining(["puppet", "milking cows"]));
    expect(of("doubt")).toEqual(expect.arrayContaining(["trick", "deceptive"]));
    expect(of("antithesis").some((t) => t.startsWith("No. It goes back to the 1953"))).toBe(true);
    expect(of("condition").some((t) => t.startsWith("if the US withdraws") && t.includes("then it can participate"))).toBe(true);
    expect(of("necessity")).toContain("Everyone should know");
  });
});

describe("rhetoricSummary and rhetoricUsThem", () => {
  const c: Corpus = [
    { id: "a", date: "1990-05-01", speaker: "X", text: "We will never give up. We never rest.", meta: {} },
    { id: "b", date: "2001-01-01", speaker: "Y", text: "They lie. They always lie to us about everything in the world today.", meta: {} },
    { id: "c", date: "2005-01-01", speaker: "X", text: "Peace comes.", meta: {} },
  ];
  const rules = ["absolutes", "in-group", "out-group"];
  const m = rhetoricMatches(c, { rules });

  test("counts per decade derive from the rows; rates per 1,000 words; zeros listed", () => {
    const s = rhetoricSummary(c, m, { by: "decade", rules });
    expect(s.map((r) => [r.group, r.rule, r.count, r.n_words, r.n_docs, r.n_docs_with])).toEqual([
      ["1990s", "absolutes", 2, 8, 1, 1],
      ["1990s", "in-group", 2, 8, 1, 1],
      ["1990s", "out-group", 0, 8, 1, 0],
      ["2000s", "absolutes", 2, 15, 2, 1],
      ["2000s", "in-group", 1, 15, 2, 1],
      ["2000s", "out-group", 2, 15, 2, 1],
    ]);
    expect(s[0].per_1k).toBeCloseTo((2 * 1000) / 8, 10);
    const total = s.reduce((n, r) => n + r.count, 0);
    expect(total).toBe(m.length);
  });

  test("by speaker and by document; rules of the rows outside `rules` are listed after them", () => {
    expect(rhetoricSummary(c, m, { by: "speaker", rules: ["absolutes"] }).map((r) => r.rule).slice(0, 3)).toEqual(["absolutes", "in-group", "out-group"]);
    const abs = m.filter((r) => r.rule === "absolutes");
    const sp = rhetoricSummary(c, abs, { by: "speaker", rules: ["absolutes"] });
    expect(sp.map((r) => [r.group, r.count])).toEqual([["X", 2], ["Y", 2]]);
    const doc = rhetoricSummary(c, abs, { by: "document", rules: ["absolutes"] });
    expect(doc.map((r) => [r.group, r.count])).toEqual([["a", 2], ["b", 2], ["c", 0]]);
  });

  test("the us/them ratio is in-group over out-group references", () => {
    const u = rhetoricUsThem(rhetoricSummary(c, m, { by: "decade", rules }));
    expect(u.map((r) => [r.group, r.in_group, r.out_group, r.us_them_ratio])).toEqual([["1990s", 2, 0, Infinity], ["2000s", 1, 2, 0.5]]);
    expect(u[1].out_group_per_1k).toBeCloseTo(2000 / 15, 10);
  });

  test("a match of a document outside the corpus is a caller error", () => {
    expect(() => rhetoricSummary(c.slice(0, 1), m, { rules })).toThrow(/rhetoricSummary: matches must be rows of documents in the corpus; got "b"/);
  });
});
