/**
 * No rule may backtrack catastrophically: every built-in rule runs on adversarial inputs
 * (100,000 repeated characters, unbalanced quotes and brackets, trigger words without
 * their partner, a single 5 MB line) and its time grows linearly with the input.
 */
import { describe, expect, test } from "vitest";
import { BUILT_IN_RULES } from "../../../src/measure/rhetoric/catalogue";
import { ruleContext } from "../../../src/measure/rhetoric/rule-context";
import { rhetoricMatches } from "../../../src/measure/rhetoric-matches";

/** Inputs of about n characters each. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  "one repeated character": (n) => "a".repeat(n),
  "repeated question marks": (n) => "?".repeat(n),
  "unbalanced quotes and brackets": (n) => "\"(['“ ".repeat(Math.ceil(n / 6)),
  "an absolute repeated": (n) => "all ".repeat(Math.ceil(n / 4)),
  "openers without their partner": (n) => "either neither not if unless , not ".repeat(Math.ceil(n / 35)),
  "a list that never closes": (n) => "x, ".repeat(Math.ceil(n / 3)),
  "lone No sentences": (n) => "No. ".repeat(Math.ceil(n / 4)),
  "a range that never ends": (n) => "1 to ".repeat(Math.ceil(n / 5)),
  "a slogan repeated": (n) => "not worth a penny ".repeat(Math.ceil(n / 18)),
  "the same opening and ending": (n) => "We will win the land. ".repeat(Math.ceil(n / 22)),
};

/** Fastest of 5 runs (the least disturbed by other work), at least 1 ms. */
function timeFind(find: (c: ReturnType<typeof ruleContext>) => unknown, text: string): number {
  const ctx = ruleContext({ id: "x", text });
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    find(ctx);
    best = Math.min(best, performance.now() - t);
  }
  return Math.max(best, 1);
}

/**
 * 8x the input: linear time costs about 8x, quadratic about 64x. A rule passes when the
 * ratio stays under 24, or when the large input (400,000 characters, tens of thousands of
 * tokens) takes under 30 ms, far too fast for a quadratic pass over it.
 */
const SMALL = 50_000;
const LARGE = 400_000;

describe("rhetoric rules run in linear time", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    test(`every rule on ${name}: 8x the input costs well under 64x the time`, () => {
      const small = make(SMALL);
      const large = make(LARGE);
      for (const rule of BUILT_IN_RULES) {
        const find = (c: ReturnType<typeof ruleContext>) => rule.find(c);
        timeFind(find, small); // warm up
        // Other work on a shared machine only ever slows a run down: up to 3 tries, the best
        // one counts (a quadratic rule costs ~64x on every try).
        let a = 0;
        let b = 0;
        for (let attempt = 0; attempt < 3; attempt++) {
          a = timeFind(find, small);
          b = timeFind(find, large);
          if (b / a < 24 || b < 30) break;
        }
        expect({ rule: rule.id, linear: b / a < 24 || b < 30, ms: [a, b] }).toEqual({ rule: rule.id, linear: true, ms: [a, b] });
      }
    }, 120_000);
  }

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
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
