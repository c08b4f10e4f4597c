/**
 * No rule may backtrack catastrophically: every built-in rule runs on adversarial inputs
 * (100,000 repeated characters, unbalanced quotes and brackets, trigger words without
 * their partner, a single 5 MB line) and its work grows linearly with the input, counted
 * deterministically (no clock in the suite: a wall-clock ratio failed by chance under load).
 */
import { describe, expect, test } from "vitest";
import { BUILT_IN_RULES } from "../../../src/measure/rhetoric/catalogue";
import { ruleContext } from "../../../src/measure/rhetoric/rule-context";
import { rhetoricMatches } from "../../../src/measure/rhetoric-matches";
import type { RuleContext } from "../../../src/measure/rhetoric/rule";
import { ADVERSARIAL } from "./adversarial-inputs";
import { workOf } from "./work-count";


/**
 * 8x the input: a linear rule does about 8x the work, a quadratic one about 64x. Work is
 * counted, not timed (see ./work-count.ts): reads of the rule context plus characters
 * handed to regular expressions, the same on any machine under any load. A rule passes
 * when the large input costs at most 10x the small one's work (8x plus a margin for
 * per-sentence and per-document constants). Inputs are small (4,000 and 32,000
 * characters) because counting reads through a Proxy is slow; quadratic growth shows at
 * any size. Wall-clock ratios, with repeats, are printed by bench/rhetoric-linear.mjs.
 */
const SMALL = 4_000;
const LARGE = 8 * SMALL;
const MAX_RATIO = 10;

describe("rhetoric rules do linear work", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    test(`every rule on ${name}: 8x the input costs at most ${MAX_RATIO}x the work`, () => {
      const small = ruleContext({ id: "x", text: make(SMALL) });
      const large = ruleContext({ id: "x", text: make(LARGE) });
      for (const rule of BUILT_IN_RULES) {
        const a = workOf((c) => rule.find(c), small);
        const b = workOf((c) => rule.find(c), large);
        expect({ rule: rule.id, linear: b <= MAX_RATIO * Math.max(a, 1), work: [a, b] }).toEqual({ rule: rule.id, linear: true, work: [a, b] });
      }
    });
  }

  test("the count catches quadratic work: a rule scanning to the end of the text from every token fails", () => {
    const quadratic = (c: RuleContext) => {
      let n = 0;
      for (let i = 0; i < c.length; i++) for (let j = i; j < c.length; j++) if (c.kind[j] === 2) n++;
      return n;
    };
    const small = ruleContext({ id: "x", text: ADVERSARIAL["lone No sentences"](SMALL / 8) });
    const large = ruleContext({ id: "x", text: ADVERSARIAL["lone No sentences"](SMALL) });
    expect(workOf(quadratic, large) / workOf(quadratic, small)).toBeGreaterThan(50);
    const regexEachToken = (c: RuleContext) => {
      for (let i = 0; i < c.length; i++) /zzz/.test(c.text.slice(c.start[i]));
    };
    expect(workOf(regexEachToken, large) / workOf(regexEachToken, small)).toBeGreaterThan(50);
  });

  test("100,000 repeated characters and a single 5 MB line finish quickly with every rule", () => {
    const t0 = performance.now();
    rhetoricMatches([{ id: "rep", text: "a".repeat(100_000), meta: {} }]);
    const line = "we will never negotiate with them at any level, not now but later, either here or there ".repeat(Math.ceil(5_000_000 / 88));
    expect(line.length).toBeGreaterThanOrEqual(5_000_000);
    expect(line.includes("\n")).toBe(false);
    const rows = rhetoricMatches([{ id: "line", text: line, meta: {} }]);
    const ms = performance.now() - t0;
    expect(rows.length).toBeGreaterThan(100_000);
    // Sentences in rows are clipped around the span, never the whole 5 MB line.
    expect(Math.max(...rows.slice(0, 1000).map((r) => r.sentence.length))).toBeLessThan(1_000);
    expect(ms).toBeLessThan(60_000); // a smoke bound, not a measurement: minutes would mean a quadratic rule
  }, 120_000);
});
