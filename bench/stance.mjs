#!/usr/bin/env node
// Claim stance on the IBM Debater Claim Stance train split (../shared/corpora/ibm-claim-stance,
// 1,039 claims over 25 debate topics, CC BY-SA 3.0): leave-topics-out cross-validation (folds
// grouped by topic, so every test topic is unseen in training), our methods beside three peers,
// all computed in this run on the same folds: majority class, a word+char n-gram logistic
// regression, and the plain `sentiment` score of the claim times the polarity of the motion.
// Prints accuracy, macro-F1 and accuracy at 50% coverage (ranked by confidence).
// Then a fixed held-out check: the 25 topics sorted by their text, every 5th one (the 5th,
// 10th, ..., 25th) held out, chosen before the target-aware claim-stance rules were
// written; those rules were developed looking only at the other 20 topics. Every method is
// trained (where it trains) on the 20 development topics and scored on the 5 held-out ones.
// Runs on dist/ (builds it when missing). Usage: node bench/stance.mjs [--folds 5]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

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

const argFolds = process.argv.indexOf("--folds");
const k = argFolds > 0 ? Number(process.argv[argFolds + 1]) : 5;
const rows = fs.readFileSync(data, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const fold = dl.stanceFolds(rows, { folds: k, by: "target" });
const gold = rows.map((r) => r.stance);
console.log(`ibm-claim-stance train: ${rows.length} claims, ${new Set(rows.map((r) => r.target)).size} topics, ${k} folds grouped by topic (leave-topics-out)`);

const topics = [...new Set(rows.map((r) => r.target))].sort();
const heldOut = new Set(topics.filter((_, i) => i % 5 === 4));
const devRows = rows.filter((r) => !heldOut.has(r.target));
const heldRows = rows.filter((r) => heldOut.has(r.target));

/** Trains on `train`, scores `test` with `method(trainRows, testRows) -> [{stance, confidence}]`. */
function holdOut(method) {
  const out = method(devRows, heldRows);
  return dl.stanceMetrics(heldRows.map((r) => r.stance), out.map((o) => o.stance), out.map((o) => o.confidence));
}

/** Runs `method(trainRows, testRows) -> [{stance, confidence}]` on every fold. */
function crossValidate(method) {
  const predicted = new Array(rows.length);
  const confidence = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => fold[i] !== f);
    const testIdx = rows.map((_, i) => i).filter((i) => fold[i] === f);
    const out = method(train, testIdx.map((i) => rows[i]));
    testIdx.forEach((i, t) => {
      predicted[i] = out[t].stance;
      confidence[i] = out[t].confidence;
    });
  }
  return dl.stanceMetrics(gold, predicted, confidence);
}

const majorityOf = (train) => {
  const n = train.filter((r) => r.stance === "FAVOR").length;
  return n * 2 >= train.length ? "FAVOR" : "AGAINST";
};
const methods = [
  ["peer: majority class (of the training folds)", (train, test) => test.map(() => ({ stance: majorityOf(train), confidence: 0 }))],
  [
    "peer: logistic regression, word 1-2-grams + char 3-5-grams",
    (train, test) => {
      const model = dl.trainStanceModel(train, { wordNgrams: 2, charNgrams: 5, negation: false, lexicon: false, motionPolarity: false });
      return dl.predictStance(model, test).map((p) => ({ stance: p.stance, confidence: p.probability }));
    },
  ],
  [
    "peer: plain sentiment x motion polarity (sentiment pkg)",
    (train, test) => {
      const maj = majorityOf(train);
      return test.map((r) => {
        const motion = plain.analyze(r.target.replace(/^this house (believes that|would|supports)\s*/i, "")).score < 0 ? -1 : 1;
        const s = plain.analyze(r.text).score * motion;
        return { stance: s > 0 ? "FAVOR" : s < 0 ? "AGAINST" : maj, confidence: Math.abs(s) };
      });
    },
  ],
  ["ours: claimStance rule (no training)", (_train, test) => dl.claimStance(test).map((p) => ({ stance: p.stance, confidence: p.confidence }))],
  [
    "ours: stance model, motion-relative (trained on other topics)",
    (train, test) => {
      const model = dl.trainStanceModel(train, { motionPolarity: true });
      return dl.predictStance(model, test).map((p) => ({ stance: p.stance, confidence: p.probability }));
    },
  ],
  [
    "ours: claimStance rule + model (trained on other topics)",
    (train, test) => {
      const model = dl.trainStanceModel(train, { motionPolarity: true });
      return dl.claimStance(test, { model }).map((p) => ({ stance: p.stance, confidence: p.confidence }));
    },
  ],
  [
    "ours: rule + model, weight picked by inner leave-topics-out CV",
    (train, test) => {
      // Nested: the model weight is chosen on the training topics only (4 inner folds by topic).
      const inner = dl.stanceFolds(train, { folds: 4, by: "target" });
      const weights = [0, 0.25, 0.5, 1, 2];
      const correct = weights.map(() => 0);
      for (let f = 0; f < 4; f++) {
        const fit = train.filter((_, i) => inner[i] !== f);
        const held = train.filter((_, i) => inner[i] === f);
        const model = dl.trainStanceModel(fit, { motionPolarity: true });
        weights.forEach((w, k) => {
          dl.claimStance(held, { model, modelWeight: w }).forEach((p, i) => (correct[k] += p.stance === held[i].stance ? 1 : 0));
        });
      }
      const best = weights[correct.indexOf(Math.max(...correct))];
      chosen.push(best);
      const model = dl.trainStanceModel(train, { motionPolarity: true });
      return dl.claimStance(test, { model, modelWeight: best }).map((p) => ({ stance: p.stance, confidence: p.confidence }));
    },
  ],
];
const chosen = [];

const pct = (x) => (Number.isNaN(x) ? "   -  " : x.toFixed(3).padStart(6));
const header = `${"method".padEnd(64)} accuracy macro-F1 acc@50%  F1(FAVOR) F1(AGAINST)`;
const line = (name, m, t, note = "") => {
  const f1 = Object.fromEntries(m.classes.map((c) => [c.label, c.f1]));
  return `${name.padEnd(64)} ${pct(m.accuracy)}   ${pct(m.macro_f1)}  ${pct(m.accuracy_at_50)}   ${pct(f1.FAVOR)}    ${pct(f1.AGAINST)}   (${((performance.now() - t) / 1000).toFixed(1)} s)${note}`;
};
console.log(header);
for (const [name, method] of methods) {
  const t = performance.now();
  const m = crossValidate(method);
  const note = chosen.length ? `  weights chosen per fold: ${chosen.splice(0).join(", ")}` : "";
  console.log(line(name, m, t, note));
}

const heldFavor = heldRows.filter((r) => r.stance === "FAVOR").length / heldRows.length;
console.log(`\nheld-out topics (every 5th of the 25 sorted by text; never looked at while developing the rules): ${heldRows.length} claims, ${heldOut.size} topics, ${(100 * heldFavor).toFixed(1)}% FAVOR; trained on the other ${devRows.length} claims, ${topics.length - heldOut.size} topics`);
for (const t of [...heldOut]) console.log(`  ${t}`);
console.log(header);
for (const [name, method] of methods) {
  const t = performance.now();
  const m = holdOut(method);
  const note = chosen.length ? `  weight chosen: ${chosen.splice(0).join(", ")}` : "";
  console.log(line(name, m, t, note));
}
