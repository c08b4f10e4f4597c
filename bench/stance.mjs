#!/usr/bin/env node
// Claim stance on the IBM Debater Claim Stance train split (../shared/corpora/ibm-claim-stance,
// 1,039 claims over 25 debate topics, CC BY-SA 3.0), following the protocol in bench/README.md:
//
// - The 25 topics sorted by text, every 5th one (5 topics, 385 claims) is held out and is NOT
//   read by this script unless `--final` is given (every --final run is logged in
//   bench/README.md).
// - Development figures: leave-topics-out cross-validation on the other 20 topics (5 folds
//   grouped by topic), every method and the three peers computed in this run on the same
//   folds: majority class, a word+char n-gram logistic regression, and the plain `sentiment`
//   score of the claim times the polarity of the motion.
// - Accuracy, macro-F1 and accuracy at 50% coverage (ranked by confidence), each with a 95%
//   interval from a bootstrap over topics (2,000 resamples, seed 15).
// - `--final`: every method trained on the 20 development topics, scored on the 5 held-out
//   ones (bootstrap over those 5 topics).
// Runs on dist/ (builds it when missing). Usage: node bench/stance.mjs [--folds 5] [--final] [--resamples 2000]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bootstrapByGroup } from "./lib/bootstrap.mjs";

process.env.DOTENV_CONFIG_QUIET = "true";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.resolve(root, "../shared/corpora/ibm-claim-stance/data.jsonl");
if (!fs.existsSync(data)) {
  console.error(`bench: ${data} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const require = createRequire(import.meta.url);
const dl = require(path.join(root, "dist/index.js"));
const Sentiment = require("sentiment");
const plain = new Sentiment();

const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const k = arg("--folds", 5);
const resamples = arg("--resamples", 2000);
const FINAL = process.argv.includes("--final");

const rows = fs.readFileSync(data, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const topics = [...new Set(rows.map((r) => r.target))].sort();
const heldOut = new Set(topics.filter((_, i) => i % 5 === 4));
const devRows = rows.filter((r) => !heldOut.has(r.target));
const heldRows = rows.filter((r) => heldOut.has(r.target));
const devFavor = devRows.filter((r) => r.stance === "FAVOR").length / devRows.length;
console.log(
  `ibm-claim-stance train: ${rows.length} claims, ${topics.length} topics; development: ${devRows.length} claims, ${topics.length - heldOut.size} topics (${(100 * devFavor).toFixed(1)}% FAVOR), ` +
    `${k} folds grouped by topic (leave-topics-out); ${heldOut.size} held-out topics ${FINAL ? "scored (--final)" : "not read"}`,
);

const majorityOf = (train) => (train.filter((r) => r.stance === "FAVOR").length * 2 >= train.length ? "FAVOR" : "AGAINST");
const polarityPeer = (target) => (plain.analyze(target.replace(/^this house (believes that|would|supports)\s*/i, "")).score < 0 ? -1 : 1);

/** [name, method(train, test) -> [{stance, confidence}], peer?] */
const methods = [
  ["peer: majority class (of the training folds)", (train, test) => test.map(() => ({ stance: majorityOf(train), confidence: 0 })), true],
  [
    "peer: logistic regression, word 1-2-grams + char 3-5-grams",
    (train, test) => {
      const model = dl.trainStanceModel(train, { wordNgrams: 2, charNgrams: 5, negation: false, lexicon: false, motionPolarity: false });
      return dl.predictStance(model, test).map((p) => ({ stance: p.stance, confidence: p.probability }));
    },
    true,
  ],
  [
    "peer: plain sentiment x motion polarity (sentiment pkg)",
    (train, test) => {
      const maj = majorityOf(train);
      return test.map((r) => {
        const s = plain.analyze(r.text).score * polarityPeer(r.target);
        return { stance: s > 0 ? "FAVOR" : s < 0 ? "AGAINST" : maj, confidence: Math.abs(s) };
      });
    },
    true,
  ],
  ["ours: claimStance rule (no training; AFINN, the default)", (_train, test) => dl.claimStance(test).map((p) => ({ stance: p.stance, confidence: p.confidence }))],
  ["ours: claimStance rule, expandLexicon: AFINN + WordNet", (_train, test) => dl.claimStance(test, { expandLexicon: true }).map((p) => ({ stance: p.stance, confidence: p.confidence }))],
];
if (dl.trainClaimStanceModel) {
  methods.push([
    "ours: claim stance model (topic-abstract features, natural LR, Platt)",
    (train, test) => {
      const model = dl.trainClaimStanceModel(train);
      return dl.predictClaimStance(model, test).map((p) => ({ stance: p.stance, confidence: p.probability }));
    },
    false,
    true,
  ]);

}

/** Metrics of predictions on `rs`, with bootstrap intervals over their topics. */
function scored(rs, predicted, confidence) {
  const gold = rs.map((r) => r.stance);
  const m = dl.stanceMetrics(gold, predicted, confidence);
  const ci = bootstrapByGroup(
    rs.map((r) => r.target),
    (idx) => {
      const b = dl.stanceMetrics(idx.map((i) => gold[i]), idx.map((i) => predicted[i]), idx.map((i) => confidence[i]));
      return { accuracy: b.accuracy, macro_f1: b.macro_f1, accuracy_at_50: b.accuracy_at_50 };
    },
    { resamples },
  );
  return { m, ci };
}

/** Accuracy of the answered rows and coverage when abstaining below each calibrated probability. */
function abstention(rs, predicted, confidence) {
  return [0.55, 0.6, 0.65, 0.7].map((t) => {
    const kept = rs.map((_, i) => i).filter((i) => confidence[i] >= t);
    const acc = kept.filter((i) => predicted[i] === rs[i].stance).length / kept.length;
    return `P >= ${t}: coverage ${(kept.length / rs.length).toFixed(3)}, accuracy ${Number.isNaN(acc) ? "-" : acc.toFixed(3)}`;
  });
}

function crossValidate(method, rs) {
  const fold = dl.stanceFolds(rs, { folds: k, by: "target" });
  const predicted = new Array(rs.length);
  const confidence = new Array(rs.length);
  for (let f = 0; f < k; f++) {
    const train = rs.filter((_, i) => fold[i] !== f);
    const testIdx = rs.map((_, i) => i).filter((i) => fold[i] === f);
    const out = method(train, testIdx.map((i) => rs[i]));
    testIdx.forEach((i, t) => {
      predicted[i] = out[t].stance;
      confidence[i] = out[t].confidence;
    });
  }
  return { ...scored(rs, predicted, confidence), abstain: abstention(rs, predicted, confidence) };
}

function holdOut(method) {
  const out = method(devRows, heldRows);
  const predicted = out.map((o) => o.stance);
  const confidence = out.map((o) => o.confidence);
  return { ...scored(heldRows, predicted, confidence), abstain: abstention(heldRows, predicted, confidence) };
}

const f3 = (x) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
const cell = (x, ci) => `${f3(x)} [${f3(ci[0])}, ${f3(ci[1])}]`;
const header = `${"method".padEnd(68)} ${"accuracy [95% CI]".padEnd(22)} ${"macro-F1 [95% CI]".padEnd(22)} ${"acc@50% [95% CI]".padEnd(22)}`;
function print(title, run) {
  console.log(`\n${title}`);
  console.log(header);
  const notes = [];
  for (const [name, method, , calibrated] of methods) {
    const t = performance.now();
    const { m, ci, abstain } = run(method);
    console.log(`${name.padEnd(68)} ${cell(m.accuracy, ci.accuracy)} ${cell(m.macro_f1, ci.macro_f1)} ${cell(m.accuracy_at_50, ci.accuracy_at_50)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    if (calibrated) notes.push(`abstention of "${name}" (calibrated probability of the stance): ${abstain.join("; ")}`);
  }
  for (const n of notes) console.log(n);
}

const devTopics = topics.filter((t) => !heldOut.has(t));
const foldOfTopic = new Map(devRows.map((r, i) => [r.target, dl.stanceFolds(devRows, { folds: k, by: "target" })[i]]));
console.log(`folds: ${[...Array(k).keys()].map((f) => `${f}: ${devTopics.filter((t) => foldOfTopic.get(t) === f).length} topics, ${devRows.filter((r) => foldOfTopic.get(r.target) === f).length} claims`).join("; ")}`);
print(`Development: leave-topics-out on the ${devTopics.length} development topics (bootstrap over topics, ${resamples} resamples, seed 15)`, (m) => crossValidate(m, devRows));

if (FINAL) {
  const heldFavor = heldRows.filter((r) => r.stance === "FAVOR").length / heldRows.length;
  print(
    `HELD-OUT (--final): ${heldRows.length} claims, ${heldOut.size} topics (${(100 * heldFavor).toFixed(1)}% FAVOR), trained on the ${devRows.length} development claims (bootstrap over the ${heldOut.size} topics)`,
    holdOut,
  );
}
