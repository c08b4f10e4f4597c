/**
 * The Dask driver (python/discourse_lab_dask) on a real Dask cluster of two workers
 * (Debian's python3-distributed): the distributed result must equal, byte for byte, what
 * the single-process command prints on the whole corpus. Skipped only when
 * python3-distributed is missing outside CI; in CI (setup.sh installs it) it always runs.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARD_CORPUS } from "../shard/shard-corpus";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin", "discourse-lab.js");
const DRIVER = path.join(ROOT, "bin", "discourse-lab-dask");

/** A Python with `distributed`: Debian's first (pyenv or conda shims may not see Debian's modules). */
function daskPython(): string | undefined {
  for (const py of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(py, ["-c", "import distributed"], { stdio: "ignore" }).status === 0) return py;
  }
  return undefined;
}

const PY = daskPython();
const inCI = Boolean(process.env.CI);
if (!PY && !inCI) console.warn("test/python/discourse-lab-dask: SKIPPED: python3-distributed is not installed (apt-get install python3-distributed, or run scripts/setup.sh); CI always runs it");

describe.skipIf(!PY && !inCI)("discourse-lab-dask: shards counted on a Dask cluster of two workers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "discourse-lab-dask-"));
  const procs: ChildProcess[] = [];
  let address = "";
  const docs = SHARD_CORPUS.filter((d) => d.text !== "");
  const line = (d: (typeof docs)[number]) => JSON.stringify({ id: d.id, text: d.text, date: d.date, speaker: d.speaker, ...d.meta }) + "\n";
  const whole = path.join(dir, "whole.jsonl");
  const shards = [0, 1].map((s) => path.join(dir, `shard-${s}.jsonl`)); // one shard per worker: one round of node start-ups

  beforeAll(async () => {
    expect(PY, "python3-distributed must be installed in CI (scripts/setup.sh installs it)").toBeDefined();
    expect(existsSync(path.join(ROOT, "dist", "cli", "main.js")), "dist/ is built (npm run build)").toBe(true);
    writeFileSync(whole, docs.map(line).join(""));
    shards.forEach((s, k) => writeFileSync(s, docs.filter((_, i) => (i * 7 + 3) % 5 % 2 === k).map(line).join("")));
    // A scheduler on a free port and two worker processes, as on a real cluster.
    const file = path.join(dir, "scheduler.json");
    const env = { ...process.env, PYTHONWARNINGS: "ignore" };
    procs.push(spawn(PY!, ["-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", file], { env, stdio: "ignore" }));
    for (let w = 0; w < 2; w++) procs.push(spawn(PY!, ["-m", "distributed.cli.dask_worker", "--scheduler-file", file, "--nthreads", "1", "--no-dashboard", "--local-directory", dir], { env, stdio: "ignore" }));
    const t0 = Date.now();
    while (!existsSync(file) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 200));
    address = (JSON.parse(readFileSync(file, "utf8")) as { address: string }).address;
  }, 90_000);

  afterAll(() => {
    for (const p of procs) p.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the driver; returns its exit code and stderr. */
  const driver = (args: string[]) => spawnSync(DRIVER, args, { env: { ...process.env, DISCOURSE_LAB_PYTHON: PY }, encoding: "utf8", timeout: 240_000 });
  const single = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, "--corpus", whole, "--format", "csv"], { encoding: "utf8" }).stdout;

  it("--scheduler ADDRESS: freq bigrams by speaker equal the single-process freq byte for byte", () => {
    const out = path.join(dir, "freq.csv");
    const r = driver(["--scheduler", address, "--out", out, ...shards, "--", "--kind", "freq", "--by", "speaker", "--ngram", "2"]);
    expect(r.stderr).toContain("on 2 worker(s)");
    expect(r.status).toBe(0);
    const expected = single(["freq", "--by", "speaker", "--ngram", "2"]);
    expect(expected.split("\n").length).toBeGreaterThan(50);
    expect(readFileSync(out, "utf8")).toBe(expected);
  }, 240_000);

  it("--scheduler ADDRESS: stance markers by decade equal the single-process stance markers byte for byte", () => {
    const stance = path.join(dir, "stance.csv");
    expect(driver(["--scheduler", address, "--out", stance, ...shards, "--", "--kind", "stance-markers", "--by", "decade"]).status).toBe(0);
    expect(readFileSync(stance, "utf8")).toBe(single(["stance", "markers", "--by", "decade"]));
  }, 240_000);

  it("a shard that fails is named in the driver's error (exit 1)", () => {
    const bad = path.join(dir, "bad.jsonl");
    writeFileSync(bad, '{"id": "x", "text": "fine"}\n{not json\n');
    const r = driver(["--scheduler", address, "--out", path.join(dir, "bad.csv"), bad, "--", "--kind", "freq"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`shard ${bad}: discourse-lab shard count exited 1`);
    expect(r.stderr).toContain(`${bad}:2:`);
  }, 240_000);
});
