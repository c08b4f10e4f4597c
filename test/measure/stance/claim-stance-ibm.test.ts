/**
 * Accuracy suite on ../shared (IBM Debater Claim Stance, train split, CC BY-SA 3.0), read
 * at run time: the claim stance rule (no training) must beat the plain
 * sentiment-times-motion rule, and the motion-relative model must beat chance per class.
 * The rule's lists were developed on 20 of these 25 topics (5 held out); bench/stance.mjs
 * prints the full table and the held-out figures.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { claimStance } from "../../../src/measure/stance/claim-stance";
import { crossValidateStance } from "../../../src/measure/stance/cross-validate-stance";
import { stanceMetrics } from "../../../src/measure/stance/stance-metrics";
import type { StanceExample } from "../../../src/measure/stance/stance-model";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sentiment = require("sentiment") as new () => { analyze(s: string): { score: number } };

const DATA = path.resolve(__dirname, "../../../../shared/corpora/ibm-claim-stance/data.jsonl");

describe.skipIf(!existsSync(DATA))("claim stance on ibm-claim-stance (train split)", () => {
  const rows = (existsSync(DATA) ? readFileSync(DATA, "utf8") : "").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as StanceExample);
  const gold = rows.map((r) => r.stance);

  test("the rule (no training) beats majority class and plain sentiment x motion polarity", () => {
    const ours = stanceMetrics(gold, claimStance(rows).map((r) => r.stance ?? ""));
    const plain = new Sentiment();
    const peer = stanceMetrics(
      gold,
      rows.map((r) => {
        const motion = plain.analyze(r.target.replace(/^this house (believes that|would|supports)\s*/i, "")).score < 0 ? -1 : 1;
        return plain.analyze(r.text).score * motion >= 0 ? "FAVOR" : "AGAINST";
      }),
    );
    const majority = gold.filter((g) => g === "FAVOR").length / gold.length;
    expect(ours.accuracy).toBeGreaterThan(0.63);
    expect(ours.accuracy).toBeGreaterThan(peer.accuracy);
    expect(ours.accuracy).toBeGreaterThan(majority);
    expect(ours.macro_f1).toBeGreaterThan(0.6);
  });

  test("the motion-relative model, leave-topics-out, finds both classes", () => {
    const m = crossValidateStance(rows, { folds: 5, motionPolarity: true });
    expect(m.accuracy).toBeGreaterThan(0.6);
    for (const c of m.classes) expect(c.f1).toBeGreaterThan(0.5);
  });
});
