#!/usr/bin/env node
// Times keyness by decade over the whole shared State of the Union corpus (245 speeches,
// ~12 MB): every decade against the rest of the corpus, and every decade against the one
// before it, through the library as a notebook calls it. Prints seconds per run.
// Usage: node bench/keyness.mjs [--runs 3]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
if (!fs.existsSync(shared)) {
  console.error(`bench: ${shared} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));

const t0 = performance.now();
const corpus = await dl.readJsonl(shared);
console.log(`read ${corpus.length} speeches in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

for (const against of ["rest", "previous"]) {
  const times = [];
  let rows = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    rows = dl.keynessByPeriod(corpus, { by: "decade", against, stopwords: "en" });
    times.push((performance.now() - t) / 1000);
  }
  const periods = new Set(rows.map((x) => x.period)).size;
  const sig = rows.filter((x) => x.p < 0.001).length;
  console.log(
    `keyness by decade against the ${against}: ${periods} comparisons, ${rows.length} rows (${sig} with p < 0.001); ` +
      `best of ${runs}: ${Math.min(...times).toFixed(2)} s, median ${times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(2)} s`,
  );
}
