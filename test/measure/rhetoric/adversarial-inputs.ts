/**
 * Adversarial inputs for the rhetoric rules, about n characters each: the suite's linear-work
 * test (./adversarial.test.ts) and the wall-clock bench (bench/rhetoric-linear.mjs) read the
 * same ones. No imports, so bench/ can transpile it alone.
 */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
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
