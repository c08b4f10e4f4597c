#!/usr/bin/env node
// Scale bench (issue 13): corpora generated from the shared State of the Union texts
// (records repeated with new ids, streamed to disk, never held in memory), counted
//   - by a minimal C word counter (ASCII lowercase words, open-addressing hash, cc -O2),
//     the machine's floor, run in the same bench run on the same file;
//   - by the counting commands themselves on the whole JSON Lines file with --where
//     (date>=1900), streamed, with 1 and 2 worker threads (--command-threads): freq,
//     keyness, trend, collocates, rhetoric --summary, stance markers (issue 13: peak
//     memory under 1.5 GB on a 1 GB corpus).
//   - by `discourse-lab shard count` + `merge` in one process, for freq, keyness
//     (date>=2001 against the rest), rhetoric summary and stance markers (by decade);
//   - by the Dask driver (bin/discourse-lab-dask) with a local cluster of 2 workers over
//     the corpus split into shards (skipped without python3-distributed).
// Prints MB/s, the ratio to the C counter (machines differ: the ratio is the figure to
// compare) and peak resident memory (GNU time's maximum RSS of the process; for the Dask
// driver the client only, so it is not printed).
// Usage: node bench/scale.mjs [--sizes 0.25,1,4] [--kinds freq,keyness,rhetoric-summary,stance-markers]
//   [--commands freq,keyness,trend,collocates,rhetoric,stance-markers] [--command-threads 1,2] [--shards 4] [--no-dask] [--no-shard] [--keep]
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { stringOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
const args = process.argv.slice(2);
const opt = (name, def) => stringOption(args, name, def);
const sizes = opt("--sizes", "0.25,1,4").split(",").map(Number);
const kinds = opt("--kinds", "freq,keyness,rhetoric-summary,stance-markers").split(",");
const nShards = Number(opt("--shards", "4"));
const dask = !args.includes("--no-dask");
const shardRuns = !args.includes("--no-shard");
const commands = opt("--commands", "freq,keyness,trend,collocates,rhetoric,stance-markers").split(",").filter(Boolean);
const commandThreads = opt("--command-threads", "1,2").split(",").map(Number);
const keep = args.includes("--keep");
if (!fs.existsSync(shared)) {
  console.error(`bench: ${shared} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const dataDir = path.join(root, "bench/.data/scale");
fs.mkdirSync(dataDir, { recursive: true });
const CLI = [process.execPath, path.join(root, "bin/discourse-lab.js")];

// The C floor: lowercase ASCII words counted in an open-addressing hash table.
const C_SOURCE = String.raw`#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define CAP (1u << 22)
static char *keys[CAP]; static unsigned lens[CAP], counts[CAP];
static void add(const char *w, unsigned n, unsigned long *distinct) {
  unsigned h = 2166136261u;
  for (unsigned i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  for (unsigned s = h & (CAP - 1);; s = (s + 1) & (CAP - 1)) {
    if (!keys[s]) { keys[s] = memcpy(malloc(n), w, n); lens[s] = n; counts[s] = 1; ++*distinct; return; }
    if (lens[s] == n && !memcmp(keys[s], w, n)) { counts[s]++; return; }
  }
}
int main(int argc, char **argv) {
  FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
  if (!f) { perror(argv[1]); return 1; }
  static char buf[1 << 20]; char word[256]; unsigned n = 0; size_t got;
  unsigned long total = 0, distinct = 0;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
    for (size_t i = 0; i < got; i++) {
      char c = buf[i];
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c >= 'a' && c <= 'z') { if (n < sizeof word) word[n++] = c; }
      else if (n) { add(word, n, &distinct); total++; n = 0; }
    }
  }
  if (n) { add(word, n, &distinct); total++; }
  printf("%lu words, %lu distinct\n", total, distinct);
  return 0;
}
`;
const cFile = path.join(dataDir, "wordcount.c");
const cBin = path.join(dataDir, "wordcount");
fs.writeFileSync(cFile, C_SOURCE);
execFileSync("cc", ["-O2", "-o", cBin, cFile]);

/** The corpus of `gb` GB and its shards, generated once (records repeated with new ids). */
function corpus(gb) {
  const file = path.join(dataDir, `sotu-${gb}g.jsonl`);
  const shardDir = path.join(dataDir, `sotu-${gb}g-shards`);
  const shards = Array.from({ length: nShards }, (_, k) => path.join(shardDir, `part-${String(k).padStart(3, "0")}.jsonl`));
  const target = gb * 1e9;
  if (fs.existsSync(file) && fs.statSync(file).size >= target && shards.every((s) => fs.existsSync(s))) return { file, shards };
  fs.mkdirSync(shardDir, { recursive: true });
  const lines = fs.readFileSync(shared, "utf8").split("\n").filter((l) => l.trim() !== "");
  const out = fs.openSync(file, "w");
  const outs = shards.map((s) => fs.openSync(s, "w"));
  let bytes = 0;
  let n = 0;
  for (let rep = 0; bytes < target; rep++) {
    for (const l of lines) {
      const o = JSON.parse(l);
      o.id = `${o.id}-r${rep}`;
      const rec = JSON.stringify(o) + "\n";
      fs.writeSync(out, rec);
      fs.writeSync(outs[n++ % nShards], rec);
      bytes += Buffer.byteLength(rec);
      if (bytes >= target) break;
    }
  }
  fs.closeSync(out);
  for (const o of outs) fs.closeSync(o);
  return { file, shards };
}

/** Runs a command under GNU time: wall seconds and peak RSS (MB). */
function timed(cmd, argv, env = process.env) {
  const t = path.join(dataDir, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", t, cmd, ...argv], { stdio: ["ignore", "ignore", "pipe"], env, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const [secs, kb] = fs.readFileSync(t, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { secs, peakMb: kb / 1024 };
}

const KIND_ARGS = {
  freq: ["--kind", "freq", "--by", "decade"],
  keyness: ["--kind", "keyness", "--target", "date>=2001"],
  "rhetoric-summary": ["--kind", "rhetoric-summary", "--by", "decade"],
  "stance-markers": ["--kind", "stance-markers", "--by", "decade"],
};
const COMMAND_ARGS = {
  freq: ["freq", "--by", "decade", "--top", "50"],
  keyness: ["keyness", "--target", "date>=2001", "--top", "50"],
  trend: ["trend", "--terms", "war,peace,economy,freedom", "--by", "decade"],
  collocates: ["collocates", "freedom", "--top", "50"],
  rhetoric: ["rhetoric", "--summary", "--by", "decade"],
  "stance-markers": ["stance", "markers", "--by", "decade"],
};
const hasDask = dask && spawnSync("/usr/bin/python3", ["-c", "import distributed"], { stdio: "ignore" }).status === 0;
if (dask && !hasDask) console.log("bench: python3-distributed not found: Dask runs skipped");

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
console.log(`scale bench: ${new Date().toISOString()}, ${process.version}, ${fs.readFileSync("/proc/cpuinfo", "utf8").match(/^processor/gm).length} cores`);
console.log("size_gb\ttable\tmode\tseconds\tMB/s\tx_C\tpeak_MB");
for (const gb of sizes) {
  const { file, shards } = corpus(gb);
  const mb = fs.statSync(file).size / 1e6;
  const row = (table, mode, r) => console.log(`${gb}\t${table}\t${mode}\t${fmt(r.secs, 2)}\t${fmt(mb / r.secs)}\t${fmt(mb / r.secs / floor, 3)}\t${fmt(r.peakMb, 0)}`);
  const c = timed(cBin, [file]);
  const floor = mb / c.secs;
  row("words", "C -O2, 1 thread", c);
  for (const name of commands) {
    if (!COMMAND_ARGS[name]) throw new Error(`bench: unknown command ${name} (${Object.keys(COMMAND_ARGS).join(", ")})`);
    for (const threads of commandThreads) {
      const argv = [CLI[1], ...COMMAND_ARGS[name], "--corpus", file, "--where", "date>=1900", "--threads", String(threads), "--format", "csv"];
      row(name, `${COMMAND_ARGS[name].slice(0, 2).join(" ")} --where, streamed, --threads ${threads}`, timed(CLI[0], argv));
    }
  }
  for (const kind of shardRuns ? kinds : []) {
    const partial = path.join(dataDir, `${kind}.partial.jsonl`);
    const a = timed(CLI[0], [CLI[1], "shard", "count", "--input", file, ...KIND_ARGS[kind], "--out", partial]);
    const b = timed(CLI[0], [CLI[1], "merge", partial, "--out", path.join(dataDir, `${kind}.csv`)]);
    row(kind, "shard count + merge, 1 process", { secs: a.secs + b.secs, peakMb: Math.max(a.peakMb, b.peakMb) });
    if (hasDask) {
      const d = timed(path.join(root, "bin/discourse-lab-dask"), ["--workers", "2", "--quiet", "--out", path.join(dataDir, `${kind}-dask.csv`), ...shards, "--", ...KIND_ARGS[kind]]);
      row(kind, `Dask, 2 workers, ${nShards} shards`, { secs: d.secs, peakMb: NaN });
      const same = fs.readFileSync(path.join(dataDir, `${kind}.csv`)).equals(fs.readFileSync(path.join(dataDir, `${kind}-dask.csv`)));
      if (!same) console.log(`bench: ${kind}: the Dask result differs from the single-process result`);
    }
  }
  if (!keep) fs.rmSync(path.dirname(shards[0]), { recursive: true, force: true }), fs.rmSync(file, { force: true });
}
