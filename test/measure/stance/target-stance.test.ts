import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DiscourseError } from "../../../src/errors";
import { targetStance, TARGET_STANCE_COLUMNS, type StanceTarget } from "../../../src/measure/stance/target-stance";
import { statementCorpus } from "../../../src/segment/statement-corpus";
import { statements } from "../../../src/segment/statements";
import type { Document } from "../../../src/types";

const doc = (id: string, text: string, extra: Partial<Document> = {}): Document => ({ id, text, meta: {}, ...extra });
const US: StanceTarget = { name: "talks with the US", terms: ["talks", "negotiat*"], near: ["US", "United States", "American*", "Washington"] };
const OTHERS: StanceTarget = { name: "talks with other nations", terms: ["talks", "negotiat*"], near: ["other nations", "other world nations", "other countries"] };

describe("targetStance", () => {
  test("a refusal to negotiate is AGAINST, with the negation as its cue and offsets of the term", () => {
    const text = "We will not negotiate with Washington. The weather is fine.";
    const [r, ...rest] = targetStance([doc("a", text)], US);
    expect(rest).toHaveLength(0);
    expect(r.label).toBe("AGAINST");
    expect(r.cues).toBe("negation:not negotiate(-2)");
    expect(text.slice(r.start, r.end)).toBe("negotiate");
    expect(r.sentence).toBe("We will not negotiate with Washington.");
    expect(Object.keys(r)).toEqual([...TARGET_STANCE_COLUMNS]);
  });

  test("a negated closure is an endorsement: the door of talks is not closed -> FAVOR", () => {
    const [r] = targetStance([doc("a", "The door of talks with other countries is not closed.")], OTHERS);
    expect(r.label).toBe("FAVOR");
    expect(r.cues).toContain("endorsement:not closed(2)");
  });

  test("near: the lowercase pronoun 'us' is not the acronym US; a term far from every near phrase is no mention", () => {
    const rows = targetStance([doc("a", "Let us hold talks soon. Talks matter. The US wants talks.")], US);
    expect(rows.map((r) => r.sentence)).toEqual(["The US wants talks."]);
  });

  test("exclude drops terms near an excluded phrase", () => {
    const t: StanceTarget = { ...US, exclude: ["North Korea*"] };
    expect(targetStance([doc("a", "Talks between the US and North Korean leaders failed.")], t)).toHaveLength(0);
  });

  test("refusal words count; negated they turn into endorsement", () => {
    const [a] = targetStance([doc("a", "We reject talks with Americans.")], US);
    const [b] = targetStance([doc("b", "We do not reject talks with Americans.")], US);
    expect(a.label).toBe("AGAINST");
    expect(b.label).toBe("FAVOR");
    expect(b.cues).toContain("endorsement:not reject(2)");
  });

  test("negated outcome is futility; conditions are flagged with weight 0", () => {
    const [a] = targetStance([doc("a", "Talks with the Americans will yield no results.")], US);
    expect(a.cues).toBe("futility:no results(-1.5)");
    expect(a.label).toBe("AGAINST");
    const [b] = targetStance([doc("b", "If the US returns to the deal, then talks can follow.")], US);
    expect(b.conditional).toBe(true);
    expect(b.cues).toContain("condition:If(0)");
    expect(b.label).toBe("NONE");
  });

  test("'against' counts only right before the target, not in 'sanctions against Iran'", () => {
    const [a] = targetStance([doc("a", "The sanctions against Iran continue while the US proposes talks.")], US);
    expect(a.cues).not.toContain("refusal:against");
    const [b] = targetStance([doc("b", "We are against talks with the US.")], US);
    expect(b.cues).toContain("refusal:against(-2)");
  });

  test("rejects a target without terms, naming the function", () => {
    expect(() => targetStance([], { name: "x", terms: [] })).toThrow(DiscourseError);
    expect(() => targetStance([], { name: "x", terms: [] })).toThrow(/targetStance: target "terms"/);
    expect(() => targetStance([], US, { window: 0 })).toThrow(/option "window"/);
  });

  const seed = path.resolve(__dirname, "../../../../shared/seeds/000_e512dd9e56a61bc7.txt");
  test.skipIf(!existsSync(seed))("seed report: against talks with the US, for talks with other nations, with evidence", () => {
    const corpus = [doc("seed", readFileSync(seed, "utf8"))];
    const us = targetStance(corpus, US);
    const against = us.filter((r) => r.label === "AGAINST");
    expect(us.filter((r) => r.label === "FAVOR")).toHaveLength(0);
    expect(against.length).toBeGreaterThanOrEqual(10);
    expect(us.reduce((a, r) => a + r.score, 0) / us.length).toBeLessThan(-1);
    expect(against.some((r) => /Avoiding negotiations/.test(r.sentence) && /refusal:Avoiding/.test(r.cues))).toBe(true);
    expect(against.some((r) => /will not negotiate with the US/.test(r.sentence) && /negation:not negotiate/.test(r.cues))).toBe(true);
    const others = targetStance(corpus, OTHERS);
    expect(others).toHaveLength(1);
    expect(others[0].label).toBe("FAVOR");
    expect(others[0].sentence).toMatch(/door of talks with other world nations is not closed/);
  });

  test.skipIf(!existsSync(seed))("seed report, on the speaker's own words per speech event: against talks with the US in both speeches", () => {
    const rows = statements(readFileSync(seed, "utf8"), { published: "2019-11-04", id: "seed" });
    const own = statementCorpus(rows, { kinds: ["quote", "mixed", "paraphrase"], speakers: ["Ali Khamenei"] });
    const mentions = targetStance(own, US);
    for (const date of ["2019-11-03", "2019-09-17"]) {
      const ofSpeech = mentions.filter((r) => r.date === date);
      expect(ofSpeech.length, date).toBeGreaterThanOrEqual(3);
      expect(ofSpeech.filter((r) => r.label === "FAVOR"), date).toHaveLength(0);
      expect(ofSpeech.filter((r) => r.label === "AGAINST").length, date).toBeGreaterThan(ofSpeech.length / 2);
    }
    // Macron's and the US official's remarks are not in the speaker's words.
    expect(own.every((d) => d.speaker === "Ali Khamenei")).toBe(true);
  });
});
