import { describe, expect, test } from "vitest";
import { checkStanceModel } from "../../../src/measure/stance/stance-model";
import { crossValidateStance } from "../../../src/measure/stance/cross-validate-stance";
import { predictStance } from "../../../src/measure/stance/predict-stance";
import { stanceFolds } from "../../../src/measure/stance/stance-folds";
import { stanceMetrics } from "../../../src/measure/stance/stance-metrics";
import { trainStanceModel } from "../../../src/measure/stance/train-stance-model";

const rows = [
  { id: "1", target: "talks", text: "We welcome the talks.", stance: "FAVOR" },
  { id: "2", target: "talks", text: "We reject the talks.", stance: "AGAINST" },
  { id: "3", target: "deal", text: "We welcome the deal.", stance: "FAVOR" },
  { id: "4", target: "deal", text: "We reject the deal outright.", stance: "AGAINST" },
  { id: "5", target: "plan", text: "The plan is fine, we shall see.", stance: "NONE" },
  { id: "6", target: "plan", text: "The plan exists, we shall see.", stance: "NONE" },
];

describe("trainStanceModel and predictStance", () => {
  test("learns the words that separate the labels and survives a JSON round trip", () => {
    const model = trainStanceModel(rows, { minCount: 1 });
    expect(model.labels).toEqual(["AGAINST", "FAVOR", "NONE"]);
    const copy = checkStanceModel(JSON.parse(JSON.stringify(model)));
    const out = predictStance(copy, [
      { id: "a", target: "x", text: "They welcome it." },
      { id: "b", target: "x", text: "They reject it." },
      { id: "c", target: "x", text: "We shall see." },
    ]);
    expect(out.map((p) => p.stance)).toEqual(["FAVOR", "AGAINST", "NONE"]);
    expect(out[0].score).toBeGreaterThan(0);
    expect(out[1].score).toBeLessThan(0);
    expect(out[0].probability).toBeGreaterThan(1 / 3);
  });
  test("training is deterministic", () => {
    expect(JSON.stringify(trainStanceModel(rows, { minCount: 1 }))).toBe(JSON.stringify(trainStanceModel(rows, { minCount: 1 })));
  });
  test("minCount drops rare features; one label only is refused", () => {
    expect(trainStanceModel(rows, { minCount: 2 }).features).not.toContain("w:outright");
    expect(() => trainStanceModel(rows.slice(0, 1))).toThrow(/at least two distinct stances/);
    expect(() => trainStanceModel(rows, { charNgrams: 2 })).toThrow(/charNgrams/);
  });
  test("checkStanceModel rejects what trainStanceModel did not write", () => {
    expect(() => checkStanceModel({ format: "x" })).toThrow(/"format"/);
    const m = trainStanceModel(rows, { minCount: 1 });
    expect(() => checkStanceModel({ ...m, weights: [[1]] })).toThrow(/"weights"/);
  });
});

describe("stanceMetrics, stanceFolds, crossValidateStance", () => {
  test("metrics match a hand count", () => {
    // gold F F A A, predicted F A A F: FAVOR P=1/2 R=1/2; AGAINST P=1/2 R=1/2.
    const m = stanceMetrics(["F", "F", "A", "A"], ["F", "A", "A", "F"], [0.9, 0.1, 0.8, 0.2]);
    expect(m.accuracy).toBe(0.5);
    expect(m.macro_f1).toBe(0.5);
    expect(m.accuracy_at_50).toBe(1); // rows 0 and 2 are the confident half, both right
    expect(m.classes).toEqual([
      { label: "A", precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
      { label: "F", precision: 0.5, recall: 0.5, f1: 0.5, support: 2 },
    ]);
  });
  test("folds by target keep each target in one fold and balance sizes", () => {
    const t = ["a", "a", "a", "b", "b", "c", "d"].map((target) => ({ target }));
    expect(stanceFolds(t, { folds: 2 })).toEqual([0, 0, 0, 1, 1, 1, 0]); // a:3 -> 0, b:2 -> 1, c:1 -> 1 (2 < 3), d: tie 3-3 -> 0
    expect(stanceFolds(t, { folds: 3, by: "row" })).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(() => stanceFolds(t, { folds: 5 })).toThrow(/at most the number of targets/);
  });
  test("cross-validation predicts every row once, on targets unseen in training", () => {
    const m = crossValidateStance(rows, { folds: 3, minCount: 1 });
    expect(m.n).toBe(6);
    expect(m.classes.map((c) => c.support)).toEqual([2, 2, 2]);
    // NONE rows share the target "plan", so the model never sees NONE when predicting them.
    expect(m.classes.find((c) => c.label === "NONE")!.recall).toBe(0);
  });
});
