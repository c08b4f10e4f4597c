#!/usr/bin/env node
// Scores statements() (voices of news reports) against a folder of annotated reports in the
// gold format of test/fixtures/voices/README.md: precision, recall and F1 for quote, mixed
// and paraphrase spans, speaker accuracy on the quotes and paraphrases found, date accuracy,
// belief labels, and speed as a ratio to tokenizing the same texts. The matching rules are
// in bench/README.md. Runs on dist/ (builds it when missing).
//
// Usage: node bench/voices.mjs [FOLDER] [--errors] [--json]
//   FOLDER   a set folder (default test/fixtures/voices/dev); any folder in the same format
//   --errors print every missed, spurious and mis-attributed statement
//   --json   print the figures as one JSON object instead of a table
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const folder = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(root, "test/fixtures/voices/dev"));
const showErrors = args.includes("--errors");
const asJson = args.includes("--json");
const goldFile = path.join(folder, "gold.jsonl");
if (!fs.existsSync(goldFile)) {
  console.error(`bench: ${goldFile} not found (a set folder holds the reports and one gold.jsonl)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
process.env.DOTENV_CONFIG_QUIET = "true";
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));

// ---------------------------------------------------------------- reading the gold
const problems = [];
const reports = fs.readFileSync(goldFile, "utf8").split("\n").map((l, i) => [l, i + 1]).filter(([l]) => l.trim() !== "").map(([l, line]) => {
  let g;
  try {
    g = JSON.parse(l);
  } catch (e) {
    console.error(`bench: ${goldFile}:${line}: not JSON (${e.message})`);
    process.exit(1);
  }
  const file = path.join(folder, g.report);
  if (!fs.existsSync(file)) {
    console.error(`bench: ${goldFile}:${line}: report ${g.report} not found in ${folder}`);
    process.exit(1);
  }
  const text = fs.readFileSync(file, "utf8");
  const statements = (g.statements ?? []).map((s) => {
    let at = -1;
    for (let k = 0; k < (s.occurrence ?? 1); k++) at = text.indexOf(s.text, at + 1);
    if (at < 0) problems.push(`${g.report}: gold text not in the report: ${JSON.stringify(s.text)}`);
    return { ...s, start: at, end: at + s.text.length };
  }).filter((s) => s.start >= 0);
  return { ...g, text, statements, line };
});
for (const p of problems) console.error(`bench: warning: ${p}`);

// ---------------------------------------------------------------- matching rules (bench/README.md)
/** Character Jaccard of two spans [start, end). */
const jaccard = (a, b) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};
const THRESHOLD = 0.5;
/** One-to-one matching, best Jaccard first, among pairs at or above the threshold. */
function match(gold, pred, compatible) {
  const pairs = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    if (!compatible(g, p)) return;
    const J = jaccard(g, p);
    if (J >= THRESHOLD) pairs.push([J, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Map();
  const pUsed = new Set();
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.set(i, j);
    pUsed.add(j);
  }
  return gUsed; // gold index -> pred index
}
const fold = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ").trim();
/** The core of a speaker label: without articles, numbers and what follows for/of/at/from/in/close to/familiar with/who. */
const core = (s) => fold(s).replace(/^(?:the|a|an|one|two|three|four|several|some)\s+/, "").split(/\s+(?:for|of|at|from|in|close|familiar|who|with)\s+/)[0];
/** Speakers match when equal after folding, or when the last words of their cores agree ("Costa" ~ "Maria Costa", "diplomats" ~ "two diplomats familiar with the talks"). */
function sameSpeaker(gold, pred) {
  if (pred === null || pred === undefined) return false;
  if (fold(gold) === fold(pred)) return true;
  const g = core(gold).split(" ");
  const p = core(pred).split(" ");
  return g[g.length - 1] === p[p.length - 1];
}
/** Dates match at the gold's precision; null and the publication date are the same answer. */
function sameDate(gold, pred, published) {
  const g = gold === published ? null : gold ?? null;
  const p = pred === published ? null : pred ?? null;
  if (g === null || p === null) return g === p;
  return p.slice(0, g.length) === g;
}
const prf = (tp, nPred, nGold) => {
  const p = nPred === 0 ? NaN : tp / nPred;
  const r = nGold === 0 ? NaN : tp / nGold;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, predicted: nPred, gold: nGold };
};

// ---------------------------------------------------------------- reference run and the statements
const texts = reports.map((r) => r.text);
const corpus = reports.map((r) => ({ id: r.report, text: r.text, meta: {} }));
dl.tokens(corpus.slice(0, 1));
dl.statements(texts[0], { published: reports[0].published }); // warm-up (compromise's lexicon, regexes)
// Reference: the project's tokenizer on the same texts, fastest of 5 runs (machines differ; the ratio travels).
let tokenMs = Infinity;
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  dl.tokens(corpus);
  tokenMs = Math.min(tokenMs, performance.now() - t);
}
let t0 = performance.now();
const predicted = reports.map((r) => dl.statements(r.text, { published: r.published, id: r.report }));
const voicesMs = performance.now() - t0;

// ---------------------------------------------------------------- scoring
const KINDS = ["quote", "mixed", "paraphrase"];
const counts = { quote: [0, 0, 0], mixed: [0, 0, 0], paraphrase: [0, 0, 0], quoted: [0, 0, 0] };
const speaker = { quoted: [0, 0], paraphrase: [0, 0] };
const date = [0, 0];
const belief = { tp: 0, fp: 0, fn: 0 };
const byStyle = new Map();
const errors = [];
reports.forEach((r, k) => {
  const pred = predicted[k].filter((p) => KINDS.includes(p.kind));
  const gold = r.statements;
  const style = byStyle.get(r.style) ?? { gold: 0, found: 0, speakerRight: 0 };
  byStyle.set(r.style, style);
  for (const kind of KINDS) {
    const gk = gold.filter((g) => g.kind === kind);
    const pk = pred.filter((p) => p.kind === kind);
    counts[kind][0] += match(gk, pk, () => true).size;
    counts[kind][1] += pk.length;
    counts[kind][2] += gk.length;
  }
  // Quoted words (quote or mixed, the two forgiven for each other) and paraphrases.
  const quotedKind = (x) => (x.kind === "paraphrase" ? "paraphrase" : "quoted");
  const m = match(gold, pred, (g, p) => quotedKind(g) === quotedKind(p));
  counts.quoted[1] += pred.filter((p) => p.kind !== "paraphrase").length;
  counts.quoted[2] += gold.filter((g) => g.kind !== "paraphrase").length;
  const matchedPred = new Set(m.values());
  gold.forEach((g, i) => {
    style.gold++;
    if (!m.has(i)) {
      errors.push(`${r.report}: MISSED ${g.kind} [${g.speaker}] ${JSON.stringify(g.text)}`);
      return;
    }
    style.found++;
    const p = pred[m.get(i)];
    const group = quotedKind(g);
    if (group === "quoted") counts.quoted[0]++;
    const right = sameSpeaker(g.speaker, p.speaker);
    speaker[group][0] += right ? 1 : 0;
    speaker[group][1]++;
    style.speakerRight += right ? 1 : 0;
    if (!right) errors.push(`${r.report}: SPEAKER ${g.kind} gold [${g.speaker}] predicted [${p.speaker}] ${JSON.stringify(g.text.slice(0, 60))}`);
    const pDate = p.date_basis === "publication" ? null : p.event_date;
    const dRight = sameDate(g.date, pDate, r.published);
    date[0] += dRight ? 1 : 0;
    date[1]++;
    if (!dRight) errors.push(`${r.report}: DATE gold ${g.date} predicted ${pDate} (${p.date_basis}) ${JSON.stringify(g.text.slice(0, 60))}`);
    if (g.kind === "paraphrase") {
      if (g.belief && p.belief) belief.tp++;
      else if (g.belief) belief.fn++;
      else if (p.belief) belief.fp++;
    }
  });
  pred.forEach((p, j) => {
    if (!matchedPred.has(j)) errors.push(`${r.report}: SPURIOUS ${p.kind} [${p.speaker}] ${JSON.stringify(p.text.slice(0, 80))}`);
  });
});

const chars = texts.reduce((n, t) => n + t.length, 0);
const result = {
  folder: path.relative(process.cwd(), folder) || ".",
  reports: reports.length,
  gold_statements: reports.reduce((n, r) => n + r.statements.length, 0),
  spans: Object.fromEntries(["quote", "mixed", "quoted", "paraphrase"].map((k) => [k, prf(...counts[k])])),
  speaker_accuracy: {
    found_quotes: speaker.quoted[1] === 0 ? NaN : speaker.quoted[0] / speaker.quoted[1],
    found_paraphrases: speaker.paraphrase[1] === 0 ? NaN : speaker.paraphrase[0] / speaker.paraphrase[1],
    n_found_quotes: speaker.quoted[1],
    n_found_paraphrases: speaker.paraphrase[1],
  },
  date_accuracy: date[1] === 0 ? NaN : date[0] / date[1],
  n_dated: date[1],
  belief: { ...prf(belief.tp, belief.tp + belief.fp, belief.tp + belief.fn) },
  by_style: Object.fromEntries([...byStyle].map(([s, v]) => [s, { gold: v.gold, recall: v.found / v.gold, speaker_accuracy: v.found === 0 ? NaN : v.speakerRight / v.found }])),
  speed: { statements_ms: voicesMs, tokens_ms: tokenMs, ratio_to_tokens: voicesMs / tokenMs, kchars_per_s: chars / voicesMs },
};
if (asJson) {
  console.log(JSON.stringify(result, null, 1));
} else {
  const f = (x) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
  console.log(`${result.folder}: ${result.reports} reports, ${result.gold_statements} gold statements`);
  console.log("spans (char Jaccard >= 0.5, one to one)   P      R      F1    (tp / predicted / gold)");
  for (const [k, v] of Object.entries(result.spans)) console.log(`  ${(k === "quoted" ? "quoted (quote or mixed)" : k).padEnd(40)} ${f(v.precision)}  ${f(v.recall)}  ${f(v.f1)}  (${v.tp} / ${v.predicted} / ${v.gold})`);
  console.log(`speaker accuracy on found quotes (quote or mixed): ${f(result.speaker_accuracy.found_quotes)} (${result.speaker_accuracy.n_found_quotes} found)`);
  console.log(`speaker accuracy on found paraphrases:             ${f(result.speaker_accuracy.found_paraphrases)} (${result.speaker_accuracy.n_found_paraphrases} found)`);
  console.log(`date accuracy on found statements:                 ${f(result.date_accuracy)} (${result.n_dated})`);
  console.log(`belief label on found paraphrases: P ${f(result.belief.precision)} R ${f(result.belief.recall)} (${result.belief.tp} / ${result.belief.predicted} / ${result.belief.gold})`);
  for (const [s, v] of Object.entries(result.by_style)) console.log(`  ${s.padEnd(14)} recall ${f(v.recall)}  speaker accuracy ${f(v.speaker_accuracy)}  (${v.gold} gold)`);
  console.log(`speed: statements() ${voicesMs.toFixed(0)} ms for ${chars} chars (${result.speed.kchars_per_s.toFixed(1)} k chars/s), ${result.speed.ratio_to_tokens.toFixed(1)} x tokens() on the same texts (${tokenMs.toFixed(1)} ms)`);
  if (showErrors) for (const e of errors) console.log(e);
}
