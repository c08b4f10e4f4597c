#!/usr/bin/env node
// Times term frequency on the shared State of the Union corpus (~12 MB) and on its texts
// repeated 20 times (~240 MB), through the CLI as a user runs it:
//   discourse-lab freq --corpus FILE.jsonl --format csv > /dev/null
// Prints MB/s and the peak resident memory of the process (VmHWM, threads included).
// With --baseline DIR (another checkout of discourse-lab, built), the same runs are made
// with that version's CLI too, interleaved with this one's, and the ratio of the two
// times is printed: machines differ and load varies, so a change is judged against a
// reference run of the same bench run.
// Usage: node bench/term-frequency.mjs [--repeat 20] [--runs 3] [--baseline DIR]
import { spawn, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { numberOption } from "./lib/args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
const args = process.argv.slice(2);
const opt = (name, def) => numberOption(args, name, def);
const repeat = opt("--repeat", 20);
const runs = opt("--runs", 3);
const baselineAt = args.indexOf("--baseline");
const baseline = baselineAt >= 0 ? path.resolve(args[baselineAt + 1]) : undefined;
if (baseline && !fs.existsSync(path.join(baseline, "dist/cli/main.js"))) {
  console.error(`bench: ${baseline}/dist/cli/main.js not found (build the baseline checkout first)`);
  process.exit(1);
}

if (!fs.existsSync(shared)) {
  console.error(`bench: ${shared} not found (the shared corpora must sit beside the checkout)`);
  process.exit(1);
}
if (!fs.existsSync(path.join(root, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

// The repeated corpus: every record again with a new id, so ids stay unique.
const dataDir = path.join(root, "bench/.data");
fs.mkdirSync(dataDir, { recursive: true });
const big = path.join(dataDir, `sotu-x${repeat}.jsonl`);
if (!fs.existsSync(big) || fs.statSync(big).size < fs.statSync(shared).size * repeat * 0.99) {
  const lines = fs.readFileSync(shared, "utf8").split("\n").filter((l) => l.trim() !== "");
  const out = fs.openSync(big, "w");
  for (let k = 0; k < repeat; k++) {
    const chunk = lines.map((l) => {
      const o = JSON.parse(l);
      o.id = `${o.id}-r${k}`;
      return JSON.stringify(o);
    });
    fs.writeSync(out, chunk.join("\n") + "\n");
  }
  fs.closeSync(out);
}

/** Runs the CLI of the checkout at `dir` on `file`, returning wall seconds and peak RSS bytes. */
function runCli(file, dir = root) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(dir, "bin/discourse-lab.js"), "freq", "--corpus", file, "--format", "csv"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let peak = 0;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        /* process gone */
      }
    }, 10);
    child.on("exit", (code) => {
      clearInterval(poll);
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) reject(new Error(`freq exited ${code}: ${stderr}`));
      else resolve({ secs, peak });
    });
  });
}

const mb = (b) => b / 1e6;
console.log(`node ${process.version}, ${(await import("node:os")).cpus().length} cores`);
const report = (label, size, results) => {
  const best = results.reduce((a, b) => (a.secs < b.secs ? a : b));
  const peak = Math.max(...results.map((x) => x.peak));
  console.log(
    `${label}: ${mb(size).toFixed(1)} MB, best of ${runs}: ${best.secs.toFixed(2)} s = ${(mb(size) / best.secs).toFixed(1)} MB/s; ` +
      `peak RSS ${mb(peak).toFixed(0)} MB = ${(peak / size).toFixed(2)} x file size`,
  );
  return best.secs;
};
for (const file of [shared, big]) {
  const size = fs.statSync(file).size;
  const results = [];
  const base = [];
  for (let r = 0; r < runs; r++) {
    if (baseline) base.push(await runCli(file, baseline));
    results.push(await runCli(file));
  }
  const mine = report(path.basename(file), size, results);
  if (baseline) {
    const ref = report(`${path.basename(file)} (baseline ${baseline})`, size, base);
    console.log(`${path.basename(file)}: time / baseline time = ${(mine / ref).toFixed(3)}`);
  }
}
