/**
 * The crashes of issue 17, rebuilt with documents written for these tests and run through
 * the shipped entry (bin/discourse-lab.js on dist/) with a 300 MB heap: each used to end in
 * "internal error" with a stack trace after minutes, at gigabytes. Exceeding the heap now
 * aborts the child (exit 134), which fails the test; so does a stack trace.
 * Runs on dist/ (scripts/test.sh builds it before the suite; `npm run build` by hand).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as readline from "node:readline";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "discourse-lab.js");
const HEAP_MB = 300;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "limits-"));

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly seconds: number;
  /** stdout, kept in a file (it can be tens of MB). */
  readonly stdoutFile: string;
}

/** At most two CLI processes at once (the machine has two cores, often shared): a run is timed from its own start. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs the CLI with a heap limit, stdout to a file; kills it after `timeoutMs`. */
function cli(name: string, argv: string[], timeoutMs: number): Promise<Run> {
  return slot(() => spawnCli(name, argv, timeoutMs));
}

function spawnCli(name: string, argv: string[], timeoutMs: number): Promise<Run> {
  const stdoutFile = path.join(tmp, `${name}.out`);
  const fd = fs.openSync(stdoutFile, "w");
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...argv], { cwd: tmp, stdio: ["ignore", fd, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(fd);
      resolve({ code, signal, stderr, seconds: (Date.now() - t0) / 1000, stdoutFile });
    });
  });
}

/** Lines of a file, read as a stream; `keep` lines are kept (the rest only counted). */
async function lines(file: string, keep = 5): Promise<{ n: number; first: string[] }> {
  const first: string[] = [];
  let n = 0;
  for await (const l of readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    if (n++ < keep) first.push(l);
  }
  return { n, first };
}

const jsonl = (file: string, docs: readonly object[]) => fs.writeFileSync(path.join(tmp, file), docs.map((d) => JSON.stringify(d)).join("\n") + "\n");

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  // 60 KB of "no no no ..." without a full stop: one sentence of 20,000 hits.
  jsonl("run-on.jsonl", [
    { id: "run-on", date: "2024-03-01", text: `Asked about the deal, the senator answered ${"no ".repeat(20_000)}and walked off` },
    { id: "brief", date: "2024-03-02", text: "The committee said no to the amendment on Tuesday. Members said they would meet again." },
  ]);
  // One document of 4 MB (a transcript dump with no sentence end) beside a few ordinary ones.
  const long = Array.from({ length: 800_000 }, (_, i) => (i % 7 === 3 ? "word" : ["the", "floor", "debate", "went", "on"][i % 5])).join(" ");
  jsonl("long.jsonl", [
    { id: "wire-1", text: "Officials gave their word on Monday that talks would resume." },
    { id: "dump", text: long },
    { id: "blog-2", text: "My word: nobody expected this. Word is, the vote slips again." },
  ]);
  // 1,300 plain documents, each "He said it." a hundred times: 130,000 concordance lines.
  jsonl("said.jsonl", Array.from({ length: 1300 }, (_, i) => ({ id: `brief-${i}`, text: "He said it. ".repeat(100).trim() })));
  // 2,000 plain dated documents, each with stance markers and rhetorical patterns.
  const styles = [
    "We will never give up. Perhaps they may agree, but it is certainly not over.",
    "Officials said the talks could possibly resume. We must act now, or we lose everything.",
    "Is this fair? No. They always blame us, and we always pay the price.",
    "The minister clearly believes the plan will work; critics doubt it.",
  ];
  jsonl("dated.jsonl", Array.from({ length: 2000 }, (_, i) => {
    const d = new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return { id: `doc-${String(i).padStart(4, "0")}`, date: d, speaker: `Speaker ${i % 37}`, text: `${styles[i % 4]} ${styles[(i * 7) % 4]}` };
  }));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** No crash: exit 0, nothing but what the command says on stderr (no stack trace, no internal error). */
function ranClean(r: Run): void {
  expect(r.signal, r.stderr).toBeNull();
  expect(r.stderr).not.toMatch(/internal error|^\s+at |FATAL ERROR|heap out of memory/m);
  expect(r.code, r.stderr).toBe(0);
}

describe.concurrent(`the crashes of issue 17, through the CLI with a ${HEAP_MB} MB heap`, () => {
  test("kwic no on a 60 KB run-on document finishes, every hit printed with bounded context", async () => {
    const r = await cli("run-on", ["kwic", "no", "--corpus", "run-on.jsonl", "--format", "jsonl"], 150_000);
    ranClean(r);
    const { n, first } = await lines(r.stdoutFile, 1);
    expect(n).toBe(20_001); // 20,000 in the run-on, 1 in the brief
    const row = JSON.parse(first[0]) as { sentence: string; left: string; right: string };
    expect(row.sentence.length).toBeLessThanOrEqual(2 * 300 + 10); // cut around the hit, not 60 KB
    expect(row.sentence).toMatch(/…$/);
    expect(fs.statSync(r.stdoutFile).size).toBeLessThan(40e6); // bounded by hits x window, not hits x sentence (1.2 GB)
    expect(r.seconds).toBeLessThan(100);
  }, 240_000);

  test("kwic word --limit 5 on a corpus with a 4 MB document returns at once, five lines", async () => {
    const r = await cli("limit", ["kwic", "word", "--corpus", "long.jsonl", "--limit", "5", "--format", "csv"], 60_000);
    ranClean(r);
    const { n, first } = await lines(r.stdoutFile);
    expect(n).toBe(6); // header + 5
    expect(first[1]).toMatch(/^wire-1,/);
    expect(r.seconds).toBeLessThan(20);
  }, 240_000);

  test("kwic said on 1,300 documents prints its table of 130,000 lines (default table format)", async () => {
    const r = await cli("said", ["kwic", "said", "--corpus", "said.jsonl"], 150_000);
    ranClean(r);
    const { n, first } = await lines(r.stdoutFile, 3);
    expect(n).toBe(130_002); // header, rule, 130,000 rows
    expect(first[0]).toMatch(/^doc_id\s+date\s+speaker\s+left\s+match/);
    expect(first[1]).toMatch(/^-+( +-+)+$/);
    expect(first[2]).toMatch(/^brief-0 .* said /);
  }, 240_000);

  for (const [chart, by] of [["stance-profile", "document"], ["rhetoric", "document"]] as const) {
    test(`chart ${chart} --by ${by} of 2,000 dated documents renders the top 100 and says so, every group in the CSV`, async () => {
      const r = await cli(chart, ["chart", chart, "--corpus", "dated.jsonl", "--by", by, "--out", "charts", "--name", chart], 150_000);
      ranClean(r);
      const dir = path.join(tmp, "charts");
      const spec = JSON.parse(fs.readFileSync(path.join(dir, `${chart}.vl.json`), "utf8")) as { title: { subtitle: string | string[] } };
      expect([spec.title.subtitle].flat().join(" ")).toContain("100 of 2,000 groups shown");
      expect(fs.statSync(path.join(dir, `${chart}.svg`)).size).toBeGreaterThan(1000);
      expect(fs.statSync(path.join(dir, `${chart}.png`)).size).toBeGreaterThan(1000);
      const csv = await lines(path.join(dir, `${chart}.csv`), 1);
      expect(csv.n).toBeGreaterThan(2000); // every group (a row per group and category)
    }, 240_000);
  }

  test("chart scatter, whose tooltips come from kwic, survives the run-on document", async () => {
    const r = await cli("scatter", ["chart", "scatter", "--corpus", "run-on.jsonl", "--target", "id=run-on", "--reference", "id=brief", "--min-count", "1", "--out", "charts", "--name", "scatter"], 150_000);
    ranClean(r);
    expect(fs.statSync(path.join(tmp, "charts", "scatter.vl.json")).size).toBeLessThan(5e6);
  }, 240_000);
});
