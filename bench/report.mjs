#!/usr/bin/env node
// Times `discourse-lab report` on the bundled State of the Union corpus, as a user runs it:
//   node bin/discourse-lab.js report --out DIR
// and, in the same bench run, a reference: the shared tokenizer (`tokens`) over the same
// corpus in a process of its own. Prints, for each, the wall time and the CPU time (user +
// system of the whole process, worker threads included) of the best of --runs runs, and the
// ratio report / reference, which is the figure to compare across machines.
//
// The CPU time is read by a --require hook (process.resourceUsage() at exit), so the bench
// works on any commit of the CLI.
//
// Usage: node bench/report.mjs [--runs 3] [--json]
import { spawn, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
const json = args.includes("--json");
if (!Number.isInteger(runs) || runs < 1) {
  console.error("bench: --runs takes a whole number >= 1");
  process.exit(2);
}
if (!fs.existsSync(path.join(root, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-bench-report-"));
const hook = path.join(tmp, "cpu-hook.cjs");
fs.writeFileSync(
  hook,
  `process.on("exit", () => {
  const u = process.resourceUsage();
  require("fs").writeFileSync(process.env.BENCH_CPU_FILE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssKb: u.maxRSS }));
});\n`,
);
// The reference: load the bundled corpus (untimed, as the report also must), then tokenize it.
const reference = path.join(tmp, "reference.cjs");
fs.writeFileSync(
  reference,
  `const dl = require(${JSON.stringify(path.join(root, "dist/index.js"))});
const corpus = dl.sotuCorpus();
const t = dl.tokens(corpus);
if (!(t.typeId.length > 1e6)) throw new Error("tokens: unexpected size " + t.typeId.length);\n`,
);

/** Runs node with `argv`, returning wall and CPU seconds of the whole process. */
function timed(argv) {
  const cpuFile = path.join(tmp, `cpu-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", hook, ...argv], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, BENCH_CPU_FILE: cpuFile, DOTENV_CONFIG_QUIET: "true" },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${argv.join(" ")} exited ${code}:\n${stderr.slice(-2000)}`));
      const { cpu, maxRssKb } = JSON.parse(fs.readFileSync(cpuFile, "utf8"));
      resolve({ wall, cpu, rssMb: maxRssKb / 1024 });
    });
  });
}

const best = (rs, k) => Math.min(...rs.map((r) => r[k]));
const results = { report: [], reference: [] };
for (let r = 0; r < runs; r++) {
  // Alternate, so a burst of load on a shared machine hits both.
  results.reference.push(await timed([reference]));
  const out = path.join(tmp, `report-${r}`);
  results.report.push(await timed([path.join(root, "bin/discourse-lab.js"), "report", "--out", out]));
  fs.rmSync(out, { recursive: true, force: true });
}
fs.rmSync(tmp, { recursive: true, force: true });

const summary = {
  commit: (() => {
    try {
      return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  })(),
  node: process.version,
  cores: os.cpus().length,
  loadavg: os.loadavg()[0],
  runs,
  report: { wall: best(results.report, "wall"), cpu: best(results.report, "cpu"), rssMb: Math.max(...results.report.map((x) => x.rssMb)) },
  reference: { wall: best(results.reference, "wall"), cpu: best(results.reference, "cpu") },
};
summary.ratio = { wall: summary.report.wall / summary.reference.wall, cpu: summary.report.cpu / summary.reference.cpu };
if (json) {
  console.log(JSON.stringify(summary));
} else {
  const f = (x) => x.toFixed(2);
  console.log(`commit ${summary.commit}, node ${summary.node}, ${summary.cores} cores, load average ${summary.loadavg.toFixed(1)}, best of ${runs}`);
  console.log(`report (bundled corpus):          wall ${f(summary.report.wall)} s, CPU ${f(summary.report.cpu)} s, peak RSS ${summary.report.rssMb.toFixed(0)} MB`);
  console.log(`reference (load + tokens(corpus)): wall ${f(summary.reference.wall)} s, CPU ${f(summary.reference.cpu)} s`);
  console.log(`ratio report / reference:          wall ${f(summary.ratio.wall)}, CPU ${f(summary.ratio.cpu)}`);
}
