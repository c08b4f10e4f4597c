/**
 * statements() stays linear on text without sentence ends: a "sentence" is read in pieces
 * of at most 1,500 characters, so frames that look back over a sentence cannot go quadratic.
 */
import { describe, expect, test } from "vitest";
import { statements } from "../../../src/segment/statements";

const ADVERSARIAL: Record<string, (n: number) => string> = {
  "a cue repeated without a full stop": (n) => "Costa said that ".repeat(Math.ceil(n / 16)),
  "appositives and relative clauses without end": (n) => "Costa, the minister, who said, ".repeat(Math.ceil(n / 31)),
};

/** Fastest of 3 runs, at least 1 ms. */
function time(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    statements(text, { published: "2026-04-17" });
    best = Math.min(best, performance.now() - t);
  }
  return Math.max(best, 1);
}

describe("statements(text) runs in linear time", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    test(`${name}: 4x the input costs well under 16x the time`, () => {
      time(make(500)); // warm-up
      const ratio = time(make(16_000)) / time(make(4_000));
      expect(ratio).toBeLessThan(10);
    }, 60_000);
  }
});
