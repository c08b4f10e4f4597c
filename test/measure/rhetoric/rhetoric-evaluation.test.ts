import { describe, expect, test } from "vitest";
import { MICRO_AVERAGE, rhetoricEvaluation, type GoldSpan, type PredictedSpan } from "../../../src/measure/rhetoric-evaluation";

const gold: GoldSpan[] = [
  { doc_id: "a", start: 0, end: 10, technique: "Doubt" },
  { doc_id: "a", start: 20, end: 30, technique: "Doubt" },
  { doc_id: "b", start: 0, end: 5, technique: "Doubt" },
  { doc_id: "a", start: 0, end: 10, technique: "Loaded Language" },
  { doc_id: "a", start: 40, end: 50, technique: "Slogans" },
];
const pred: PredictedSpan[] = [
  { doc_id: "a", rule: "doubt", technique: "Doubt", start: 5, end: 25 }, // overlaps both Doubt spans of a
  { doc_id: "a", rule: "doubt", technique: "Doubt", start: 30, end: 35 }, // touches 30 (exclusive end): no overlap
  { doc_id: "b", rule: "doubt", technique: "Doubt", start: 10, end: 12 }, // same doc, no overlap
  { doc_id: "a", rule: "loaded", technique: "Loaded Language", start: 9, end: 10 },
  { doc_id: "a", rule: "in-group", technique: null, start: 40, end: 45 }, // unmapped: not scored
];

describe("rhetoricEvaluation", () => {
  test("span-overlap precision and recall per technique, against a hand-computed table", () => {
    const rows = rhetoricEvaluation(pred, gold);
    expect(rows.map((r) => [r.technique, r.rules, r.n_predicted, r.n_predicted_matched, r.n_gold, r.n_gold_matched])).toEqual([
      ["Doubt", "doubt", 3, 1, 3, 2],
      ["Loaded Language", "loaded", 1, 1, 1, 1],
      [MICRO_AVERAGE, "", 4, 2, 4, 3],
    ]);
    expect(rows[0].precision).toBeCloseTo(1 / 3, 12);
    expect(rows[0].recall).toBeCloseTo(2 / 3, 12);
    expect(rows[0].f1).toBeCloseTo((2 * (1 / 3) * (2 / 3)) / (1 / 3 + 2 / 3), 12);
    expect(rows[2].precision).toBe(0.5);
    expect(rows[2].recall).toBe(0.75);
    expect(rows[2].f1).toBeCloseTo(0.6, 12);
  });

  test("a mapping overrides the rows' techniques; a rule mapped to null is not scored", () => {
    const rows = rhetoricEvaluation(pred, gold, { mapping: { "in-group": "Slogans", doubt: null } });
    expect(rows.map((r) => [r.technique, r.precision, r.recall])).toEqual([
      ["Loaded Language", 1, 1],
      ["Slogans", 1, 1],
      [MICRO_AVERAGE, 1, 1],
    ]);
  });

  test("no predictions give NaN precision and an empty micro row", () => {
    const rows = rhetoricEvaluation([], gold);
    expect(rows).toHaveLength(1);
    expect(rows[0].technique).toBe(MICRO_AVERAGE);
    expect(Number.isNaN(rows[0].precision)).toBe(true);
  });
});
