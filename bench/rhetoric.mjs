#!/usr/bin/env node
// Scores the rhetoric rules against people's persuasion-technique annotations
// (../shared/corpora/semeval2021-task6-spans/data.jsonl, SemEval-2021 Task 6 subtask 2,
// train split: 686 meme texts, 1,497 spans), following the protocol in bench/README.md:
//
// - 5 folds by text, fixed before issue 15: fold = fnv1a32(id) mod 5.
// - Which technique a rule may claim is decided on the 4 training folds (its span-overlap
//   precision there at least 0.5, over at least 5 spans; the best candidate technique wins) and
//   scored on the held-out fold; precision and recall pooled over the 5 held-out folds, per
//   technique and micro-averaged over every technique claimed on some fold.
// - Then the shipped catalogue (each rule's `technique`) pooled the same way, per fold and
//   overall: it must hold cross-validated micro P >= 0.6, R >= 0.3, each technique P > 0.5.
// - With --unseen: the same rules on the unseen State of the Union sample
//   (bench/data/rhetoric-unseen: 200 paragraphs, annotated by three independent annotators;
//   bench/README.md, second round), per technique P and R with Wilson 95% intervals, and the
//   annotators' agreement on the doubly annotated items.
// Runs on dist/ (builds it when missing). Usage: node bench/rhetoric.mjs [--rules] [--unseen]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as os from "node:os";
import { wilson } from "./lib/bootstrap.mjs";
import { loadTs } from "./lib/load-ts.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const data = path.resolve(root, "../shared/corpora/semeval2021-task6-spans/data.jsonl");
if (!fs.existsSync(data)) {
  console.error(`bench: ${data} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));

const K = 5;
/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
function fnv1a32(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const records = fs.readFileSync(data, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
const foldOf = new Map(records.map((r) => [r.id, fnv1a32(r.id) % K]));
const corpus = records.map((r) => ({ id: r.id, text: r.text, meta: {} }));
const gold = records.flatMap((r) => r.spans.map((s) => ({ doc_id: r.id, start: s.start, end: s.end, technique: s.technique })));

const t0 = performance.now();
const rows = dl.rhetoricMatches(corpus);
const ms = performance.now() - t0;
console.log(`${corpus.length} texts, ${gold.length} gold spans, ${rows.length} matches of ${dl.rhetoricRules().length} rules in ${ms.toFixed(0)} ms`);
console.log(
  `folds (fnv1a32(id) mod ${K}): ${[...Array(K).keys()].map((f) => `${f}: ${records.filter((r) => foldOf.get(r.id) === f).length} texts, ${gold.filter((g) => foldOf.get(g.doc_id) === f).length} spans`).join("; ")}`,
);

// Candidate techniques of each rule: its shipped technique and those it was measured against.
const CANDIDATES = {
  "absolutes": ["Exaggeration/Minimisation", "Loaded Language"],
  "false-dilemma": ["Black-and-white Fallacy/Dictatorship"],
  "neither-nor": ["Black-and-white Fallacy/Dictatorship"],
  "repetition": ["Repetition", "Slogans"],
  "anaphora": ["Repetition"],
  "epistrophe": ["Repetition"],
  "appeal-to-fear": ["Appeal to fear/prejudice"],
  "doubt": ["Doubt"],
  "necessity": ["Slogans"],
  "rhetorical-question": ["Doubt", "Whataboutism"],
  "hypophora": ["Doubt", "Whataboutism"],
  "list-of-three": ["Slogans"],
  "antithesis": ["Slogans", "Thought-terminating cliché"],
  "condition": ["Causal Oversimplification"],
  "quantification": ["Exaggeration/Minimisation"],
  "accusation": ["Smears", "Name calling/Labeling"],
  "whataboutism": ["Whataboutism"],
  "cliche": ["Thought-terminating cliché", "Slogans"],
  "exaggeration": ["Exaggeration/Minimisation", "Loaded Language"],
  "so-called": ["Name calling/Labeling", "Doubt"],
  "scare-quotes": ["Name calling/Labeling", "Loaded Language", "Doubt"],
  "slogan": ["Slogans", "Flag-waving"],
  "loaded-language-mild": ["Loaded Language"],
  "person-label": ["Name calling/Labeling"],
};
for (const r of dl.rhetoricRules()) {
  const c = (CANDIDATES[r.rule] ??= []);
  if (r.technique && !c.includes(r.technique)) c.unshift(r.technique);
}

const inFolds = (x, folds) => folds.includes(foldOf.get(x.doc_id));
const fmt = (x) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
function print(title, evalRows) {
  console.log(`\n${title}`);
  console.log(["technique".padEnd(40), "rules".padEnd(44), "pred", "  P  ", "gold", "  R  ", "  F1 "].join("  "));
  for (const r of evalRows) console.log([r.technique.padEnd(40), r.rules.padEnd(44), String(r.n_predicted).padStart(4), fmt(r.precision), String(r.n_gold).padStart(4), fmt(r.recall), fmt(r.f1)].join("  "));
}

// 1. Claims decided on 4 folds, scored on the 5th.
const pooled = [];
const claims = [];
for (let f = 0; f < K; f++) {
  const train = [...Array(K).keys()].filter((x) => x !== f);
  const trainGold = gold.filter((g) => inFolds(g, train));
  const mapping = {};
  for (const [rule, techs] of Object.entries(CANDIDATES)) {
    const own = rows.filter((x) => x.rule === rule && inFolds(x, train));
    let best = null;
    for (const t of techs) {
      const e = dl.rhetoricEvaluation(own, trainGold, { mapping: { [rule]: t } })[0];
      if (e && e.n_predicted >= 5 && e.precision >= 0.5 && (!best || e.precision > best.precision)) best = { technique: t, precision: e.precision };
    }
    if (best) mapping[rule] = best.technique;
  }
  claims.push(mapping);
  for (const x of rows) if (foldOf.get(x.doc_id) === f && mapping[x.rule]) pooled.push({ ...x, technique: mapping[x.rule] });
}
console.log("\nclaims decided on the training folds (fold: rule -> technique):");
claims.forEach((m, f) => console.log(`  ${f}: ${Object.entries(m).map(([r, t]) => `${r} -> ${t}`).join("; ") || "(none)"}`));
print("Cross-validated (claims decided on 4 folds, scored on the 5th, pooled): span-overlap P, R, F1; last row micro average", dl.rhetoricEvaluation(pooled, gold));

// 2. The shipped catalogue, per fold and pooled.
const shipped = rows.filter((x) => x.technique);
const perFold = [...Array(K).keys()].map((f) => {
  const e = dl.rhetoricEvaluation(shipped.filter((x) => foldOf.get(x.doc_id) === f), gold.filter((g) => foldOf.get(g.doc_id) === f));
  return e[e.length - 1];
});
console.log(`\nshipped catalogue, micro per fold: ${perFold.map((m, f) => `${f}: P ${fmt(m.precision)} R ${fmt(m.recall)}`).join("; ")}`);
print("Shipped catalogue (each rule's technique), all folds pooled", dl.rhetoricEvaluation(shipped, gold));

/** Every rule's spans scored against each of its candidate techniques. */
function candidateRows(matchRows, goldRows) {
  const cand = [];
  for (const [rule, techs] of Object.entries(CANDIDATES)) {
    for (const t of techs) {
      const r = dl.rhetoricEvaluation(matchRows.filter((x) => x.rule === rule), goldRows, { mapping: { [rule]: t } })[0];
      if (r) cand.push({ ...r, technique: t, rules: rule });
    }
  }
  return cand;
}

if (process.argv.includes("--rules")) print("Every rule against each candidate technique, all folds (what the claims are decided from)", candidateRows(rows, gold));

if (process.argv.includes("--unseen")) await unseen();

/**
 * The unseen sample: each paragraph is one document (as the annotators read it). Set 1 is
 * items 1-200 (annotators A, B, C), set 2 items 201-400 (D, E, F). Gold spans of a doubly
 * annotated item are the first annotator's (A for 66-75, B for 131-140, D for 266-275, E for
 * 331-340); the second annotator's spans give the agreement. Span overlap as everywhere in
 * this bench. Figures per set and for the 400 paragraphs pooled.
 */
async function unseen() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-rhetoric-"));
  const { unseenSample } = await loadTs(root, "test/measure/rhetoric/unseen-sample.ts", tmp);
  fs.rmSync(tmp, { recursive: true, force: true });
  const { paragraphs, gold, second } = unseenSample(root);
  const allRows = dl.rhetoricMatches(paragraphs.map(({ id, text }) => ({ id, text, meta: {} })));
  const setOfDoc = new Map(paragraphs.map((d) => [d.id, d.set]));
  const withCi = (e) => {
    const tp = Math.round(e.precision * e.n_predicted);
    const found = Math.round(e.recall * e.n_gold);
    const p = e.n_predicted > 0 ? wilson(tp, e.n_predicted) : [NaN, NaN];
    const r = e.n_gold > 0 ? wilson(found, e.n_gold) : [NaN, NaN];
    return `${String(e.n_predicted).padStart(4)}  ${fmt(e.precision)} [${fmt(p[0])}, ${fmt(p[1])}]  ${String(e.n_gold).padStart(4)}  ${fmt(e.recall)} [${fmt(r[0])}, ${fmt(r[1])}]`;
  };
  const table = (title, evalRows) => {
    console.log(`\n${title}`);
    console.log(["technique".padEnd(40), "rules".padEnd(44), "pred", "  P   [95% CI]      ", "gold", "  R   [95% CI]"].join("  "));
    for (const e of evalRows) console.log(`${e.technique.padEnd(40)}  ${e.rules.padEnd(44)}  ${withCi(e)}`);
  };
  for (const [label, sets] of [["set 1 (items 1-200)", [1]], ["set 2 (items 201-400)", [2]], ["both sets pooled (400 paragraphs)", [1, 2]]]) {
    const docs = paragraphs.filter((d) => sets.includes(d.set));
    const goldU = gold.filter((g) => sets.includes(g.set));
    const rowsU = allRows.filter((x) => sets.includes(setOfDoc.get(x.doc_id)));
    const annotators = [...new Set(goldU.map((a) => a.annotator))].sort();
    console.log(`\n=== Unseen sample, ${label}: ${docs.length} State of the Union paragraphs (1946-2024), ${goldU.length} gold spans (annotators ${annotators.join(", ")}), ${rowsU.length} matches`);
    const counts = {};
    for (const g of goldU) counts[g.technique] = (counts[g.technique] ?? 0) + 1;
    console.log(`gold spans per technique: ${Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t, n]) => `${t} ${n}`).join("; ")}`);
    table("Shipped catalogue (span-overlap P and R, Wilson 95% intervals; last row micro)", dl.rhetoricEvaluation(rowsU.filter((x) => x.technique), goldU));
    if (sets.length === 2 || process.argv.includes("--rules")) table("Every rule against each candidate technique", candidateRows(rowsU, goldU));
    // Agreement: the second annotator's spans scored against the first's, as if they were a rule.
    const doubled = new Set(docs.filter((d) => d.doubled).map((d) => d.id));
    const sec = second.filter((s) => sets.includes(s.set));
    const firstOnDoubled = goldU.filter((g) => doubled.has(g.doc_id));
    const asRule = sec.map((s) => ({ ...s, rule: `annotator-${s.annotator}` }));
    const agree = dl.rhetoricEvaluation(asRule, firstOnDoubled);
    const anyTech = dl.rhetoricEvaluation(asRule.map((s) => ({ ...s, technique: "any" })), firstOnDoubled.map((g) => ({ ...g, technique: "any" })));
    const m = agree[agree.length - 1];
    const a = anyTech[anyTech.length - 1];
    console.log(`\nAgreement on the ${doubled.size} doubly annotated items: first annotator ${firstOnDoubled.length} spans, second ${sec.length} (the second's spans scored against the first's)`);
    console.log(`  same technique, span overlap: P ${fmt(m?.precision ?? NaN)} R ${fmt(m?.recall ?? NaN)} F1 ${fmt(m?.f1 ?? NaN)}`);
    console.log(`  any technique, span overlap:  P ${fmt(a?.precision ?? NaN)} R ${fmt(a?.recall ?? NaN)} F1 ${fmt(a?.f1 ?? NaN)}`);
  }
}
