#!/usr/bin/env node
// Linear time of every CLI command on adversarial input: the fuzz test's command lines
// (test/fuzz/fuzz-cases.ts) over a corpus from the seeded generator
// (test/fuzz/adversarial-corpus.ts) and over one ten times larger (ten times the documents,
// a ten times longer long line), each run through the CLI's entry (dist/cli/main.js) in one
// process after a warm-up pass on a tiny corpus. For each command it prints seconds per MB
// of input on both corpora and their ratio (linear time gives about 1; quadratic about 10),
// wall clock and CPU time, and the large corpus's seconds per MB as a ratio to the reference
// command `corpus info` (reading and tokenizing) timed in the same run, since machines
// differ. A command that does not exit as the fuzz test expects is marked FAILED.
// A command line that runs longer than --timeout seconds (default 120) is stopped, marked
// TIMEOUT, and the run goes on with the next.
// Runs on dist/ (builds it when missing).
// Usage: node bench/fuzz.mjs [--documents 60] [--seed 17] [--timeout 120] [--json]
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { numberOption } from "./lib/args.mjs";
import { loadTs } from "./lib/load-ts.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, def) => numberOption(args, name, def);
const DOCS = opt("--documents", 60);
const SEED = opt("--seed", 17);
const MEAN = 1500;
const LONG = 20_000;
const TIMEOUT_S = opt("--timeout", 120);

if (!fs.existsSync(path.join(root, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fuzz-"));

// The generator and the cases are TypeScript of the test suite, without imports of the project: transpiled alone.
const { writeAdversarialCorpus } = await loadTs(root, "test/fuzz/adversarial-corpus.ts", tmp);
const { fuzzCases } = await loadTs(root, "test/fuzz/fuzz-cases.ts", tmp);

/** The corpus of one size and its cases, named "<size>: <case>". */
function sized(size, documents, longLine) {
  const dir = path.join(tmp, size);
  const files = writeAdversarialCorpus(dir, { seed: SEED, documents, meanChars: MEAN, longLine });
  const out = path.join(dir, "out");
  fs.mkdirSync(out);
  const inputs = new Set([files.corpus, files.valid, files.reports, files.stanceRows, files.report, files.transcript]);
  const cases = fuzzCases({ ...files, out });
  // Input of a case: the generated files its command line names.
  const mb = (c) => c.argv.filter((a) => inputs.has(a)).reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6;
  return { files, cases: cases.map((c) => ({ ...c, name: `${size}: ${c.name}`, base: c.name, mb: mb(c) })) };
}

const warm = sized("warm", 12, 2000);
const small = sized("small", DOCS, LONG);
const large = sized("large", 10 * DOCS, 10 * LONG);
const all = [...warm.cases, ...small.cases, ...large.cases];
process.stderr.write(`corpora: small ${(small.files.bytes / 1e6).toFixed(2)} MB (${DOCS} records), large ${(large.files.bytes / 1e6).toFixed(2)} MB (${10 * DOCS}); ${all.length} command lines...\n`);
const t0 = Date.now();

/**
 * Runs the cases through test/fuzz/cli-driver.mjs, one process for all; when one case runs
 * past the timeout (or the process dies), it is recorded as such and a new process takes
 * the cases after it.
 */
async function driveAll(cases) {
  const results = new Map();
  let rest = cases;
  while (rest.length > 0) {
    const casesFile = path.join(tmp, "cases.json");
    const resultsFile = path.join(tmp, "results.jsonl");
    fs.writeFileSync(casesFile, JSON.stringify(rest));
    const child = spawn(process.execPath, ["--max-old-space-size=4096", path.join(root, "test/fuzz/cli-driver.mjs"), casesFile, resultsFile], {
      cwd: root, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FUZZ_DRIVER_SIZES_ONLY: "1" },
    });
    let current;
    let since = Date.now();
    let timedOut = false;
    let tail = "";
    child.stderr.on("data", (d) => {
      tail = (tail + d.toString()).slice(-4000);
      for (const m of d.toString().matchAll(/^start (.+)$/gm)) {
        current = m[1];
        since = Date.now();
      }
    });
    const watch = setInterval(() => {
      if (current !== undefined && Date.now() - since > TIMEOUT_S * 1000) {
        timedOut = true;
        child.kill("SIGKILL");
      }
    }, 1000);
    const [code, signal] = await new Promise((resolve) => child.on("close", (c, s) => resolve([c, s])));
    clearInterval(watch);
    const lines = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, "utf8").trimEnd().split("\n").slice(1) : [];
    for (const l of lines) {
      const x = JSON.parse(l);
      results.set(x.name, x);
    }
    if (code === 0) break;
    const at = rest.findIndex((c) => c.name === current);
    if (at < 0) throw new Error(`the CLI process failed before any command (exit ${code}, signal ${signal}): ${tail}`);
    results.set(current, { name: current, code: null, failure: timedOut ? `TIMEOUT after ${TIMEOUT_S} s` : `process died (exit ${code}, signal ${signal}): ${tail.split("\n").slice(-3).join(" ")}` });
    process.stderr.write(`${current}: ${results.get(current).failure}\n`);
    rest = rest.slice(at + 1);
  }
  return results;
}
const results = await driveAll(all);
const elapsed = (Date.now() - t0) / 1000;

const rows = small.cases.map((c, i) => {
  const L = large.cases[i];
  const s = results.get(c.name);
  const l = results.get(L.name);
  const ok = (x, cc) => x !== undefined && x.code === (cc.exit ?? 0);
  const why = (x) => x?.failure ?? x?.stderr?.split("\n")[0] ?? "no result";
  return {
    command: c.base,
    ok: ok(s, c) && ok(l, L),
    small_mb: c.mb, large_mb: L.mb,
    small_s: s?.seconds ?? NaN, large_s: l?.seconds ?? NaN,
    small_s_per_mb: (s?.seconds ?? NaN) / c.mb, large_s_per_mb: (l?.seconds ?? NaN) / L.mb,
    wall_ratio: ((l?.seconds ?? NaN) / L.mb) / ((s?.seconds ?? NaN) / c.mb),
    cpu_ratio: ((l?.cpu ?? NaN) / L.mb) / ((s?.cpu ?? NaN) / c.mb),
    failure: ok(s, c) ? (ok(l, L) ? undefined : `large: ${why(l)}`) : `small: ${why(s)}`,
  };
});
const ref = rows.find((x) => x.command === "corpus info");
for (const x of rows) x.vs_reference = x.large_s_per_mb / ref.large_s_per_mb;

if (args.includes("--json")) {
  console.log(JSON.stringify({ seed: SEED, documents: DOCS, small_mb: small.files.bytes / 1e6, large_mb: large.files.bytes / 1e6, rows }, null, 2));
  process.exit(rows.every((x) => x.ok) ? 0 : 1);
}
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "-");
console.log(`bench/fuzz.mjs: seed ${SEED}; small corpus ${f(small.files.bytes / 1e6, 3)} MB (${DOCS} records, long line ${LONG.toLocaleString("en-US")} chars), large ${f(large.files.bytes / 1e6, 3)} MB (${10 * DOCS} records, ${(10 * LONG).toLocaleString("en-US")}); Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}); whole run ${f(elapsed, 0)} s`);
console.log(`reference: corpus info, ${f(ref.large_s_per_mb)} s/MB on the large corpus`);
console.log("");
console.log("| command | MB small / large | s/MB small | s/MB large | ratio (wall) | ratio (CPU) | x reference | |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const x of rows) {
  console.log(`| ${x.command} | ${f(x.small_mb, 3)} / ${f(x.large_mb, 3)} | ${f(x.small_s_per_mb)} | ${f(x.large_s_per_mb)} | ${f(x.wall_ratio)} | ${f(x.cpu_ratio)} | ${f(x.vs_reference, 1)} | ${x.ok ? "" : `FAILED: ${x.failure}`} |`);
}
const linear = rows.filter((x) => x.ok);
const worst = [...linear].sort((a, b) => b.cpu_ratio - a.cpu_ratio)[0] ?? { cpu_ratio: NaN, command: "none" };
console.log("");
console.log(`${linear.length} of ${rows.length} command lines ran as expected; largest CPU ratio ${f(worst.cpu_ratio)} (${worst.command}); linear time gives about 1, quadratic about 10`);
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(rows.every((x) => x.ok) ? 0 : 1);
