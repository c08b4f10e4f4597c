// Runs many discourse-lab command lines in one Node process, through the CLI's entry
// (dist/cli/main.js, what bin/discourse-lab.js calls), and writes what each returned.
// Used by test/fuzz/cli-fuzz.test.ts and bench/fuzz.mjs: one process for all commands
// (starting Node and loading the library takes seconds on a busy machine), spawned by the
// caller with a heap limit and a timeout, so a crash or a hang fails the caller, and the
// "start" line on stderr names the command it happened in.
//
// Usage: [FUZZ_DRIVER_SIZES_ONLY=1] node cli-driver.mjs CASES.json RESULTS.jsonl
//   CASES.json: [{ "name": "...", "argv": ["kwic", "said", ...], "cwd"?: "..." }, ...]
//   RESULTS.jsonl, written as the run goes (a caller that kills a hung run keeps the rest):
//   first { "commands": ["freq", "chart top-terms", ...] } (every leaf command of the program,
//   from its help), then one line per case { name, code, stdout, stdoutBytes, stderr, seconds, cpu }
//   (seconds: wall clock; cpu: user + system seconds of this process).
//   FUZZ_DRIVER_SIZES_ONLY: stdout is counted in bytes, not kept (for bench/fuzz.mjs).
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET = process.env.DOTENV_CONFIG_QUIET || "true";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { main } = createRequire(import.meta.url)(path.join(root, "dist", "cli", "main.js"));
const [casesFile, resultsFile] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesFile, "utf8"));

/** Runs one argv through the CLI with captured output. */
async function run(argv) {
  let stdout = "";
  let stdoutBytes = 0;
  let stderr = "";
  const keep = !process.env.FUZZ_DRIVER_SIZES_ONLY;
  const io = { stdout: (s) => void (keep ? (stdout += s) : (stdoutBytes += Buffer.byteLength(s))), stderr: (s) => void (stderr += s), stderrIsTTY: false };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const code = await main(argv, io);
  const c = process.cpuUsage(c0);
  return { code, stdout, stdoutBytes: keep ? Buffer.byteLength(stdout) : stdoutBytes, stderr, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
}

/** The leaf commands of the program, read from the help of each command that has subcommands. */
async function leafCommands(prefix = []) {
  const { stdout } = await run([...prefix, "--help"]);
  const section = stdout.split(/\nCommands:\n/)[1];
  if (section === undefined) return [prefix.join(" ")];
  const names = [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]).filter((n) => n !== "help");
  const out = prefix.length > 0 ? [prefix.join(" ")] : []; // a group that also runs on its own (voices)
  for (const n of names) out.push(...(await leafCommands([...prefix, n])));
  return out;
}

const commands = [...new Set(await leafCommands())].filter((c) => !["chart", "stance", "corpus", "kernel", "scale", "shard"].includes(c));
fs.writeFileSync(resultsFile, JSON.stringify({ commands }) + "\n");
for (const c of cases) {
  process.stderr.write(`start ${c.name}\n`);
  if (c.cwd) process.chdir(c.cwd);
  fs.appendFileSync(resultsFile, JSON.stringify({ name: c.name, ...(await run(c.argv)) }) + "\n");
}
