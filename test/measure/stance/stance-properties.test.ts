import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EXTRA_EVALUATIVE, NEGATORS } from "../../../src/measure/lexicons/stance-lexicons";
import { stanceMarkers } from "../../../src/measure/stance/stance-markers";
import { targetStance } from "../../../src/measure/stance/target-stance";
import { textSentiment } from "../../../src/measure/stance/text-sentiment";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sentiment = require("sentiment") as new () => { analyze(s: string): { score: number } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const afinn = require("sentiment/languages/en/labels.json") as Record<string, number>;

const plain = new Sentiment();
const negators = new Set<string>(NEGATORS);
const scored = Object.keys(afinn).filter((w) => /^[a-z]+$/.test(w) && !(w in EXTRA_EVALUATIVE) && !negators.has(w)).sort();
const VOCAB = ["we", "may", "talks", "with", "the", "US", "not", "never", "certainly", "May", "perhaps", "you", "no", "Moscow", "reject", "welcome", "clearly", "good", "bad", "about", "40", ",", ".", "I"];

describe("stance properties", () => {
  test("without negators, textSentiment equals the sentiment package's score (oracle)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...scored), fc.constantFrom("the", "policy", "was", "and", "it")), { maxLength: 12 }), (ws) => {
        const text = ws.join(" ");
        expect(textSentiment(text).score).toBe(plain.analyze(text).score);
      }),
      { numRuns: 300 },
    );
  });
  test("every marker and every target mention slices back to its surface, inside its sentence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 30 }), (ws) => {
        const text = ws.join(" ");
        const doc = [{ id: "d", text, meta: {} }];
        for (const m of stanceMarkers(doc, { categories: ["hedge", "booster", "attitude", "self_mention", "engagement", "weasel"] })) {
          expect(text.slice(m.start, m.end)).toBe(m.marker);
          expect(m.sentence).toContain(m.marker);
        }
        for (const t of targetStance(doc, { name: "t", terms: ["talks"], near: ["US", "Moscow"] })) {
          expect(text.slice(t.start, t.end)).toBe(t.match);
          expect(["FAVOR", "AGAINST", "NONE"]).toContain(t.label);
          expect(t.label === "FAVOR" ? t.score >= 1 : t.label === "AGAINST" ? t.score <= -1 : Math.abs(t.score) < 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
