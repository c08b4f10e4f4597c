#!/usr/bin/env node
// Wall-clock growth of every built-in rhetoric rule on adversarial inputs: the time of
// `rule.find` on an input of 200,000 characters and on 8x that (1.6 million), each the median of
// --repeats runs (after a warm-up), and their ratio. Linear time gives a ratio near 8,
// quadratic near 64. The suite checks the same growth deterministically by counting work
// (test/measure/rhetoric/adversarial.test.ts); this bench gives the clock's view, which
// varies with the machine's load, so it lives here and not in the suite. Inputs are large
// on purpose: rules allocate an object per sentence or clause, and below ~100,000 tokens
// those fit in V8's young generation, so a small input is timed without the promotions a
// large one pays for; from 200,000 characters on both sizes pay them and the ratio shows
// the growth of the work (the suite's count gives 8.0 for every rule on every input).
// Runs on dist/ (builds it when missing). Usage: node bench/rhetoric-linear.mjs [--repeats 5] [--small 200000]
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { numberOption } from "./lib/args.mjs";
import { loadTs } from "./lib/load-ts.mjs";

// Garbage collection between runs keeps one run's garbage out of the next run's time.
if (typeof globalThis.gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => numberOption(args, name, def);
const repeats = opt("--repeats", 5);
const SMALL = opt("--small", 200_000);
const LARGE = 8 * SMALL;

if (!fs.existsSync(path.join(root, "dist/index.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const require = createRequire(import.meta.url);
// Internal modules of the build: the rules and the context they see.
const { BUILT_IN_RULES } = require(path.join(root, "dist/measure/rhetoric/catalogue.js"));
const { ruleContext } = require(path.join(root, "dist/measure/rhetoric/rule-context.js"));

// The inputs of test/measure/rhetoric/adversarial.test.ts, about n characters each.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-rhetoric-linear-"));
const { ADVERSARIAL } = await loadTs(root, "test/measure/rhetoric/adversarial-inputs.ts", tmp);
fs.rmSync(tmp, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Median milliseconds of `find(ctx)` over `repeats` runs, after one warm-up run: wall
 * clock, and CPU time of this process (user + system), which other processes on a busy
 * machine do not inflate: there a run longer than a time slice waits its turn, one
 * shorter does not, and wall-clock ratios grow with the load.
 */
function time(find, ctx) {
  find(ctx);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < repeats; r++) {
    globalThis.gc();
    const c = process.cpuUsage();
    const t = performance.now();
    find(ctx);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`median of ${repeats} runs; input ${SMALL.toLocaleString("en-US")} and ${LARGE.toLocaleString("en-US")} characters; linear time: ratio ~8, quadratic ~64\n`);
console.log(["input".padEnd(32), "rule".padEnd(22), "wall ms", "(small, large)", "ratio", "  cpu ms", "(small, large)", "ratio"].join("  "));
const worst = [];
for (const [name, make] of Object.entries(ADVERSARIAL)) {
  const small = ruleContext({ id: "x", text: make(SMALL) });
  const large = ruleContext({ id: "x", text: make(LARGE) });
  let top = { ratio: 0 };
  let sum = { a: 0, b: 0, ca: 0, cb: 0 };
  for (const rule of BUILT_IN_RULES) {
    const find = (c) => rule.find(c);
    const a = time(find, small);
    const b = time(find, large);
    // Under 0.05 ms the clock says nothing about growth: the ratio is left out.
    const ratio = (x, y) => (x >= 0.05 ? y / x : NaN);
    const r = ratio(a.wall, b.wall);
    const rc = ratio(a.cpu, b.cpu);
    sum = { a: sum.a + a.wall, b: sum.b + b.wall, ca: sum.ca + a.cpu, cb: sum.cb + b.cpu };
    if (rc > top.ratio) top = { rule: rule.id, a: a.cpu, b: b.cpu, ratio: rc };
    const f = (x) => (Number.isNaN(x) ? "    -" : x.toFixed(1).padStart(5));
    console.log([name.padEnd(32), rule.id.padEnd(22), a.wall.toFixed(2).padStart(7), b.wall.toFixed(2).padStart(14), f(r), a.cpu.toFixed(2).padStart(8), b.cpu.toFixed(2).padStart(14), f(rc)].join("  "));
  }
  worst.push({ name, ...top, all: sum.b / sum.a, allCpu: sum.cb / sum.ca });
}
console.log("\nper input: large/small ratio of all rules together (wall clock, CPU), and the highest CPU ratio of one rule (of those taking at least 0.05 ms on the small input):");
for (const w of worst) {
  console.log(
    `  ${w.name.padEnd(32)} all rules wall ${w.all.toFixed(1).padStart(5)}, cpu ${w.allCpu.toFixed(1).padStart(5)};  ` +
      `highest ${w.rule ?? "-"}: ${w.ratio ? w.ratio.toFixed(1) : "-"} (${w.a?.toFixed(2) ?? "-"} ms -> ${w.b?.toFixed(2) ?? "-"} ms CPU)`,
  );
}
