#!/usr/bin/env node
// Scores the rhetoric rules against people's persuasion-technique annotations
// (../shared/corpora/semeval2021-task6-spans/data.jsonl, SemEval-2021 Task 6 subtask 2,
// train split: 686 meme texts, 1,497 spans): span-overlap precision and recall per
// technique and the micro average over the techniques the rules claim, then every rule
// against the candidate techniques considered in src/measure/rhetoric/README.md.
// Runs on dist/ (builds it when missing). Usage: node bench/rhetoric.mjs [--candidates]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.resolve(root, "../shared/corpora/semeval2021-task6-spans/data.jsonl");
if (!fs.existsSync(data)) {
  console.error(`bench: ${data} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));

const records = fs.readFileSync(data, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
const corpus = records.map((r) => ({ id: r.id, text: r.text, meta: {} }));
const gold = records.flatMap((r) => r.spans.map((s) => ({ doc_id: r.id, start: s.start, end: s.end, technique: s.technique })));

const t0 = performance.now();
const rows = dl.rhetoricMatches(corpus);
const ms = performance.now() - t0;
console.log(`${corpus.length} texts, ${gold.length} gold spans, ${rows.length} matches of ${dl.rhetoricRules().length} rules in ${ms.toFixed(0)} ms`);

const fmt = (x) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
function print(title, evalRows) {
  console.log(`\n${title}`);
  console.log(["technique".padEnd(40), "rules".padEnd(28), "pred", "  P  ", "gold", "  R  ", "  F1 "].join("  "));
  for (const r of evalRows) {
    console.log([r.technique.padEnd(40), r.rules.padEnd(28), String(r.n_predicted).padStart(4), fmt(r.precision), String(r.n_gold).padStart(4), fmt(r.recall), fmt(r.f1)].join("  "));
  }
}
print("Claimed mapping (rule technique as shipped): span-overlap P, R, F1; last row micro average", dl.rhetoricEvaluation(rows, gold));

// Candidate techniques each rule was measured against before deciding its mapping.
const CANDIDATES = {
  "absolutes": ["Exaggeration/Minimisation", "Loaded Language"],
  "false-dilemma": ["Black-and-white Fallacy/Dictatorship"],
  "neither-nor": ["Black-and-white Fallacy/Dictatorship"],
  "name-calling": ["Name calling/Labeling"],
  "loaded-language": ["Loaded Language"],
  "repetition": ["Repetition", "Slogans"],
  "anaphora": ["Repetition"],
  "epistrophe": ["Repetition"],
  "flag-waving": ["Flag-waving"],
  "appeal-to-fear": ["Appeal to fear/prejudice"],
  "doubt": ["Doubt"],
  "necessity": ["Slogans"],
  "rhetorical-question": ["Doubt", "Whataboutism"],
  "hypophora": ["Doubt", "Whataboutism"],
  "list-of-three": ["Slogans"],
  "antithesis": ["Slogans", "Thought-terminating cliché"],
  "condition": ["Causal Oversimplification"],
  "quantification": ["Exaggeration/Minimisation"],
};
if (process.argv.includes("--candidates")) {
  const cand = [];
  for (const [rule, techs] of Object.entries(CANDIDATES)) {
    for (const t of techs) {
      const r = dl.rhetoricEvaluation(rows.filter((x) => x.rule === rule), gold, { mapping: { [rule]: t } })[0];
      if (r) cand.push({ ...r, technique: `${t}`, rules: rule });
    }
  }
  print("Candidates: each rule alone against each technique considered", cand);
}
