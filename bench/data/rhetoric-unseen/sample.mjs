#!/usr/bin/env node
// Draws the paragraphs of the unseen persuasion-technique sample (bench/README.md, "Persuasion
// techniques on unseen speech"): State of the Union addresses from 1946 on in
// ../shared/corpora/sotu, paragraphs split at blank lines, 250 to 1,200 UTF-16 code units long,
// 200 of them drawn without replacement with rng(20261202) from bench/lib/bootstrap.mjs (set 1,
// items 1-200). Set 2 (items 201-400, the test set of the third round) is the next 200 draws of
// the same generator, so the two sets never share a paragraph.
// sample.jsonl holds set 1 then set 2 (`--set 1` and `--set 2` concatenated).
// Prints one JSON object per line: {"item","doc_id","date","start","end"} (offsets into the
// address's text), or with --text the paragraph's text too (for the annotators; the repository
// keeps only the keys). Usage: node bench/data/rhetoric-unseen/sample.mjs [--set 1|2] [--text]
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { rng } from "../../lib/bootstrap.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, "../../../../shared/corpora/sotu/data.jsonl");
if (!fs.existsSync(file)) {
  console.error(`sample: ${file} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
const SEED = 20261202;
const N = 200;
const withText = process.argv.includes("--text");
const setArg = process.argv.indexOf("--set");
const set = setArg > 0 ? process.argv[setArg + 1] : "1";
if (set !== "1" && set !== "2") {
  console.error(`sample: --set must be 1 or 2, got ${JSON.stringify(set)}`);
  process.exit(2);
}
const docs = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
const pool = [];
for (const d of docs) {
  if (d.date < "1946") continue;
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m; (m = re.exec(d.text)); ) {
    const len = m[0].length;
    if (len >= 250 && len <= 1200) pool.push({ doc_id: d.id, date: d.date, start: m.index, end: m.index + len, text: m[0] });
  }
}
const next = rng(SEED);
const picked = [];
const taken = new Set();
while (picked.length < N * Number(set)) {
  const i = Math.floor(next() * pool.length);
  if (taken.has(i)) continue;
  taken.add(i);
  picked.push(pool[i]);
}
picked.forEach((p, k) => {
  if (k < N * (Number(set) - 1)) return;
  const row = { item: k + 1, doc_id: p.doc_id, date: p.date, start: p.start, end: p.end };
  console.log(JSON.stringify(withText ? { ...row, text: p.text } : row));
});
console.error(`sample: set ${set}, ${N} of ${pool.length} paragraphs (addresses from 1946, 250-1,200 code units), seed ${SEED}`);
