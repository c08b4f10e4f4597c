import { describe, expect, test } from "vitest";
import { quoteSpans } from "../../../src/segment/voices/quote-spans";
import type { Warning } from "../../../src/types";

const quoted = (text: string, warnings: Warning[] = []) => quoteSpans(text, { onWarning: (w) => warnings.push(w) }).map((q) => text.slice(q.start, q.end));

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
