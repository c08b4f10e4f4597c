#!/usr/bin/env node
// How often detectLanguage names English for English texts of each length, and how often
// it says "und", on two sets of real English text:
//   - development: the IBM claim-stance claims (../shared/corpora/ibm-claim-stance), used
//     to choose the default minLetters (40): below it franc-min's guesses on English go
//     wrong too often (the first table, with the threshold off);
//   - held out: sentences of the State of the Union addresses (../shared/corpora/sotu),
//     every 25th sentence, not looked at while choosing anything.
// Only English is available in ../shared, so this measures wrong guesses on English, not
// accuracy across languages. Prints one row per length bucket (letters).
// Usage: node bench/language.mjs
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = require(path.join(root, "dist/index.js"));
const readJsonl = (file) => fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));

const claims = readJsonl(path.resolve(root, "../shared/corpora/ibm-claim-stance/data.jsonl")).map((r) => r.text);
const sotu = readJsonl(path.resolve(root, "../shared/corpora/sotu/data.jsonl")).map((r, i) => ({ id: `s${i}`, text: r.text, meta: {} }));
const sentences = dl.sentences(dl.checkCorpus(sotu)).filter((_, i) => i % 25 === 0).map((s) => s.text);

const BUCKETS = [[0, 20], [20, 30], [30, 40], [40, 60], [60, 100], [100, 200], [200, Infinity]];
async function table(name, texts, options = {}) {
  console.log(`\n${name}: ${texts.length} texts`);
  console.log("letters      n    en     und    other  (top other)");
  for (const [lo, hi] of BUCKETS) {
    const inBucket = texts.filter((t) => {
      const n = t.match(/\p{L}/gu)?.length ?? 0;
      return n >= lo && n < hi;
    });
    if (inBucket.length === 0) continue;
    const counts = new Map();
    for (const t of inBucket) {
      const lang = await dl.detectLanguage(t, options);
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    const share = (k) => (counts.get(k) ?? 0) / inBucket.length;
    const others = [...counts].filter(([k]) => k !== "en" && k !== "und").sort((a, b) => b[1] - a[1]);
    const other = others.reduce((s, [, n]) => s + n, 0) / inBucket.length;
    const label = `${lo}-${hi === Infinity ? "" : hi - 1}`.padEnd(9);
    console.log(`${label} ${String(inBucket.length).padStart(5)}  ${share("en").toFixed(3)}  ${share("und").toFixed(3)}  ${other.toFixed(3)}  ${others.slice(0, 3).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
}
await table("development (IBM claim-stance claims), without the threshold (minLetters 1)", claims, { minLetters: 1 });
await table("development (IBM claim-stance claims)", claims);
await table("held out (every 25th SOTU sentence)", sentences);
