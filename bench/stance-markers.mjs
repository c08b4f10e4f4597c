#!/usr/bin/env node
// Precision of each stance-marker category before and after the frame rules, on the annotated
// samples of bench/data/stance-markers (protocol in bench/README.md):
//
// - Every `annotated-*.jsonl` present is read (DEV: developed on; TEST: kept by the lead until
//   the rules are frozen). Each item is a hit of the lists as they were before issue 15, keyed
//   by doc_id, start, end and category in the bundled corpus (`sotuCorpus()`), labelled true or
//   false by an independent annotator (GUIDELINES.md).
// - Before: labelled-true share of all sampled hits. After: labelled-true share of the sampled
//   hits `stanceMarkers` still finds in the same category. Dropped true: sampled true hits the
//   frame rules drop (a recall proxy: kept true / all true). Wilson 95% intervals.
// - The frame rules only keep or drop hits of the old lists (no hit is added), so no hit of the
//   new system lies outside the sample; the script checks this on the whole corpus and prints
//   the corpus totals per category before and after.
// Runs on dist/ (builds it when missing).
// Usage: node bench/stance-markers.mjs [--rules] [--items]
//   --rules  per split, category and frame rule: sampled hits kept or dropped, and how many true
//   --items  every DEV item with its label, the decision and the rule (never the other splits)
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET = "true";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.join(root, "bench/data/stance-markers");
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));
const showRules = process.argv.includes("--rules");
const showItems = process.argv.includes("--items");

const CATEGORIES = ["hedge", "booster", "attitude", "engagement", "self_mention"];

/** Wilson score interval for k successes of n at 95%. */
function wilson(k, n) {
  if (n === 0) return [NaN, NaN];
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [c - h, c + h];
}
const f3 = (x) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
const ci = (k, n) => {
  const [a, b] = wilson(k, n);
  return `${f3(n ? k / n : NaN)} [${f3(a)}, ${f3(b)}]`;
};

const files = fs.readdirSync(dir).filter((f) => /^annotated-.*\.jsonl$/.test(f)).sort();
if (files.length === 0) {
  console.error(`bench: no annotated-*.jsonl in ${dir}`);
  process.exit(1);
}
const items = [];
for (const f of files) {
  fs.readFileSync(path.join(dir, f), "utf8").split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      throw new Error(`${f}:${i + 1}: not JSON (${e.message})`);
    }
    for (const k of ["doc_id", "start", "end", "category", "label"]) if (r[k] === undefined) throw new Error(`${f}:${i + 1}: field "${k}" missing`);
    items.push({ ...r, split: r.split ?? f.replace(/^annotated-|\.jsonl$/g, ""), file: f });
  });
}

const corpus = dl.sotuCorpus();
const t0 = performance.now();
const rows = dl.stanceMarkers(corpus, { dropped: true });
const ms = performance.now() - t0;
const key = (r) => `${r.doc_id}|${r.start}|${r.end}|${r.category}`;
const byKey = new Map(rows.map((r) => [key(r), r]));

console.log(`stance-marker samples: ${files.join(", ")} (${items.length} items); corpus ${dl.SOTU_SOURCE ?? "sotuCorpus()"}, ${corpus.length} documents`);
const missing = items.filter((it) => !byKey.has(key(it)));
if (missing.length) console.log(`WARNING: ${missing.length} sampled items are not hits of the old lists any more (counted as dropped): ${missing.slice(0, 5).map(key).join("; ")}`);

for (const split of [...new Set(items.map((i) => i.split))]) {
  const its = items.filter((i) => i.split === split);
  console.log(`\nsplit ${split} (${its[0].file}): precision before (the lists as on main) and after the frame rules, Wilson 95% intervals`);
  console.log("category       n  true  before [95% CI]          kept  true  after [95% CI]           true dropped  recall proxy [95% CI]");
  let T = { n: 0, t: 0, kn: 0, kt: 0 };
  for (const c of CATEGORIES) {
    const cs = its.filter((i) => i.category === c);
    if (cs.length === 0) continue;
    const t = cs.filter((i) => i.label === true).length;
    const kept = cs.filter((i) => {
      const r = byKey.get(key(i));
      return r !== undefined && !r.rule.startsWith("dropped:");
    });
    const kt = kept.filter((i) => i.label === true).length;
    T = { n: T.n + cs.length, t: T.t + t, kn: T.kn + kept.length, kt: T.kt + kt };
    console.log(
      `${c.padEnd(13)}${String(cs.length).padStart(4)}${String(t).padStart(6)}  ${ci(t, cs.length).padEnd(24)}${String(kept.length).padStart(6)}${String(kt).padStart(6)}  ${ci(kt, kept.length).padEnd(24)}${String(t - kt).padStart(13)}  ${ci(kt, t)}`,
    );
  }
  console.log(`${"all".padEnd(13)}${String(T.n).padStart(4)}${String(T.t).padStart(6)}  ${ci(T.t, T.n).padEnd(24)}${String(T.kn).padStart(6)}${String(T.kt).padStart(6)}  ${ci(T.kt, T.kn).padEnd(24)}${String(T.t - T.kt).padStart(13)}  ${ci(T.kt, T.t)}`);
  if (showRules) {
    const tally = new Map();
    for (const i of its) {
      const rule = byKey.get(key(i))?.rule ?? "(not found)";
      const k = `${i.category} ${rule}`;
      const e = tally.get(k) ?? { n: 0, t: 0 };
      e.n++;
      if (i.label === true) e.t++;
      tally.set(k, e);
    }
    console.log(`frame rules on split ${split} (category rule: sampled hits, of them labelled true)`);
    for (const [k, e] of [...tally].sort()) console.log(`  ${k}: ${e.n}, ${e.t} true`);
  }
  if (showItems && split === "dev") {
    const byId = new Map(corpus.map((d) => [d.id, d]));
    for (const i of its) {
      const r = byKey.get(key(i));
      const text = byId.get(i.doc_id).text;
      const ctx = `${text.slice(Math.max(0, i.start - 80), i.start)}[[${text.slice(i.start, i.end)}]]${text.slice(i.end, i.end + 60)}`.replace(/\s+/g, " ");
      console.log(`${i.label ? "T" : "F"} ${i.category} ${r ? (r.rule.startsWith("dropped:") ? "DROP" : "KEEP") : "GONE"} ${r?.rule ?? ""} #${i.item}: ${ctx}`);
    }
  }
}

// Whole corpus: frames only drop hits of the old lists.
const before = new Map();
const after = new Map();
for (const r of rows) {
  before.set(r.category, (before.get(r.category) ?? 0) + 1);
  if (!r.rule.startsWith("dropped:")) after.set(r.category, (after.get(r.category) ?? 0) + 1);
}
const plainRun = dl.stanceMarkers(corpus);
const extra = plainRun.filter((r) => !byKey.has(key(r))).length;
console.log(`\nwhole corpus (${corpus.length} documents): hits per category before -> after the frame rules`);
for (const c of CATEGORIES) {
  const b = before.get(c) ?? 0;
  const a = after.get(c) ?? 0;
  console.log(`  ${c.padEnd(13)} ${String(b).padStart(7)} -> ${String(a).padStart(7)} (${(((a - b) / b) * 100).toFixed(1)}%)`);
}
console.log(`hits found now that the old lists did not find: ${extra} (the frame rules add none)`);
// Reference run: tokenizing fresh copies of the same documents (stanceMarkers above tokenized them too).
const copies = corpus.map((d) => ({ ...d }));
const t1 = performance.now();
dl.tokens(copies);
const tokMs = performance.now() - t1;
console.log(`speed: stanceMarkers (with the dropped rows) ${(ms / 1000).toFixed(1)} s on the corpus, ${(ms / tokMs).toFixed(1)}x tokens() on copies of the same texts in this run (${(tokMs / 1000).toFixed(1)} s)`);
