/**
 * Fuzzing in the suite (issue 17): every command of the CLI runs over a small adversarial
 * corpus made by a seeded generator (test/fuzz/adversarial-corpus.ts: many scripts,
 * right-to-left text, emoji, unbalanced quotes, a long line, text without full stops, markup,
 * odd dates and metadata, empty texts), through the CLI's entry in child processes with a
 * heap limit and a timeout. Each command must exit as expected (never a crash or an abort),
 * print no stack trace, print output that parses in the format asked, write files that
 * parse, and give offsets that slice back into the documents to the text its rows show.
 * Runs on dist/ (scripts/test.sh builds it before the suite; `npm run build` by hand).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeAdversarialCorpus } from "./adversarial-corpus";
import { crashLines, offsetProblems, parseRows } from "./check-output";
import { fuzzCases, NOT_TEXT_COMMANDS, type FuzzCase } from "./fuzz-cases";

const ROOT = path.resolve(__dirname, "..", "..");
const DRIVER = path.join(__dirname, "cli-driver.mjs");
/** Heap of each child process (MB): a command that needs more than this on a 60 KB corpus is a bug. */
const HEAP_MB = 512;
/** Wall-clock limit of each child (the suite's machine is shared: generous). */
const TIMEOUT_MS = 150_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-"));
const files = writeAdversarialCorpus(path.join(tmp, "corpus"), { seed: 1717, documents: 36, meanChars: 900, longLine: 12_000 });
const out = path.join(tmp, "out");
fs.mkdirSync(out);
const CASES = fuzzCases({ ...files, out });

interface Result {
  readonly name: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs cases in one child process through cli-driver.mjs; rejects on a crash, an abort or the timeout. */
function drive(cases: readonly FuzzCase[], tag: string): Promise<{ commands: string[]; results: Result[] }> {
  const casesFile = path.join(tmp, `cases-${tag}.json`);
  const resultsFile = path.join(tmp, `results-${tag}.jsonl`);
  fs.writeFileSync(casesFile, JSON.stringify(cases));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, DRIVER, casesFile, resultsFile], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => void (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const last = stderr.trimEnd().split("\n").filter((l) => l.startsWith("start ")).pop();
      if (code !== 0) reject(new Error(`the CLI process died (exit ${code}, signal ${signal}) during "${last?.slice(6)}": ${stderr.slice(-2000)}`));
      else {
        const [head, ...lines] = fs.readFileSync(resultsFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as unknown);
        resolve({ commands: (head as { commands: string[] }).commands, results: lines as Result[] });
      }
    });
  });
}

/**
 * A chart is at most 4,000 pixels wide and 20,000 high, whatever its labels: a 2,000-character
 * metadata value once made a 55,166-pixel-wide chart whose PNG took gigabytes to render.
 */
function svgSizeProblems(file: string): string[] {
  const head = fs.readFileSync(file, "utf8").slice(0, 400);
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(head);
  if (!m) return [`${path.basename(file)}: no width and height`];
  const [w, h] = [Number(m[1]), Number(m[2])];
  return w <= 4000 && h <= 20_000 ? [] : [`${path.basename(file)}: ${w} x ${h} pixels`];
}

let commands: string[] = [];
const results = new Map<string, Result>();

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  // Two processes, about even in work; the charts' rendering and `report` are the slow part.
  const slow = (c: FuzzCase) => c.command.startsWith("chart ") || c.command.startsWith("stance") || c.command.startsWith("voices");
  const runs = await Promise.all([drive(CASES.filter((c) => !slow(c)), "a"), drive(CASES.filter(slow), "b")]);
  commands = runs[0].commands;
  for (const r of runs) for (const x of r.results) results.set(x.name, x);
}, 2 * TIMEOUT_MS);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("every command over an adversarial corpus", () => {
  test("the generated corpus is adversarial: scripts, RTL, emoji, marks, markup, a long line, invalid records", () => {
    const all = [...files.texts.values()].join("\n");
    for (const re of [/\p{Script=Cyrillic}/u, /\p{Script=Arabic}\u200c|\u200c\p{Script=Arabic}/u, /\p{Script=Han}/u, /\p{Script=Devanagari}/u, /[\u202b\u2067]/u, /\p{Extended_Pictographic}\u200d/u, /\p{M}{2}/u, /<script>/, /\r\n/]) {
      expect(all, String(re)).toMatch(re);
    }
    expect(Math.max(...[...files.texts.values()].flatMap((t) => t.split(/\r\n|\n|\r|\u2028|\u2029/).map((l) => l.length)))).toBeGreaterThanOrEqual(12_000);
    expect([...files.texts.values()].some((t) => t.length > 500 && !/[.!?。।؟]/.test(t))).toBe(true);
    expect([...files.invalid.values()].sort()).toEqual(["ambiguous date", "empty text", "impossible date", "two-digit year", "unknown date word", "whitespace-only text"]);
  });

  test("the fuzz run covers every command of the program (from its help)", () => {
    expect(commands.length).toBeGreaterThan(25);
    const fuzzed = new Set(CASES.map((c) => c.command));
    const missing = commands.filter((c) => !fuzzed.has(c) && !(NOT_TEXT_COMMANDS as readonly string[]).includes(c));
    expect(missing).toEqual([]);
    expect([...fuzzed].filter((c) => !commands.includes(c))).toEqual([]); // no case names a command that does not exist
  });

  test.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = results.get(c.name)!;
    expect(r, "no result").toBeDefined();
    expect(crashLines(r.stderr), r.stderr.slice(0, 2000)).toEqual([]);
    expect(r.code, r.stderr.slice(0, 2000)).toBe(c.exit ?? 0);
    if (c.exit === 1) {
      // Refused: one line naming the file and the line of the bad record, nothing on stdout.
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^discourse-lab: [^\n]*corpus\.jsonl:\d+: [^\n]+\n$/);
      return;
    }
    if (c.stdout === "none") expect(r.stdout).toBe("");
    else {
      const rows = parseRows(r.stdout, c.stdout);
      for (const spec of c.offsets ?? []) {
        expect(rows.length, "rows with offsets to check").toBeGreaterThan(0);
        expect(offsetProblems(rows, spec, files.texts).slice(0, 5)).toEqual([]);
      }
    }
    for (const f of c.files ?? []) {
      const text = fs.readFileSync(path.join(out, f.path), "utf8");
      expect(parseRows(text, f.format).length, f.path).toBeGreaterThan(0);
      if (f.path.endsWith(".vl.json")) expect(svgSizeProblems(path.join(out, f.path.replace(/\.vl\.json$/, ".svg")))).toEqual([]);
    }
  });

  test("no document is lost silently: corpus info counts the valid ones and each invalid record is reported", () => {
    const info = results.get("corpus info")!;
    expect(info.stdout).toMatch(new RegExp(`^documents\\s+${files.texts.size}\\n`));
    const shown = info.stderr.split("\n").filter((l) => /\(record skipped\)$/.test(l));
    const more = Number(/(\d+) more warning\(s\) like the above \(invalid_input\)/.exec(info.stderr)?.[1] ?? 0);
    expect(shown.length + more).toBe(files.invalid.size);
    for (const l of shown) expect(files.invalid.has(Number(/corpus\.jsonl:(\d+):/.exec(l)?.[1]))).toBe(true);
    const imported = parseRows(fs.readFileSync(path.join(out, "imported.jsonl"), "utf8"), "jsonl");
    expect(imported.map((d) => d.id).sort()).toEqual([...files.texts.keys()].sort());
  });

  test("the report's charts keep a readable size and its HTML carries no markup of the texts unescaped", () => {
    expect(results.get("report")!.code).toBe(0);
    const svgs = fs.readdirSync(path.join(out, "report")).filter((f) => f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(5);
    expect(svgs.flatMap((f) => svgSizeProblems(path.join(out, "report", f)))).toEqual([]);
    const html = fs.readFileSync(path.join(out, "report", "index.html"), "utf8");
    expect(html).not.toContain("<script>alert(");
    expect(html).not.toContain("onerror=alert");
    const fidelity = fs.readFileSync(path.join(out, "fidelity.html"), "utf8");
    expect(fidelity).not.toContain("<script>alert(");
    expect(fidelity).not.toContain("<img src=x");
  });
});

describe("the checks can fail (negative controls)", () => {
  const spec = { doc: "doc_id", start: "start", end: "end", field: "match" } as const;

  test("a row whose offsets are shifted by one, or point past the end, or name no document, is rejected", () => {
    const [id, text] = [...files.texts].find(([, t]) => t.includes("said"))!;
    const start = text.indexOf("said");
    const row = { doc_id: id, match: "said", start, end: start + 4 };
    expect(offsetProblems([row], spec, files.texts)).toEqual([]);
    expect(offsetProblems([{ ...row, start: start + 1, end: start + 5 }], spec, files.texts)[0]).toMatch(/text\.slice\(\d+, \d+\) is .*, not match/);
    expect(offsetProblems([{ ...row, end: text.length + 1 }], spec, files.texts)[0]).toMatch(/not a span/);
    expect(offsetProblems([{ ...row, doc_id: "nope" }], spec, files.texts)[0]).toMatch(/not a document/);
    expect(offsetProblems([{ ...row, match: "SAID" }], { ...spec, compare: "folded" }, files.texts)).toEqual([]);
  });

  test("broken output, a stack trace and an internal error are caught", () => {
    expect(() => parseRows('{"a": 1}\n{"a": \n', "jsonl")).toThrow(/line 2/);
    expect(() => parseRows('a,b\n"1,2\n', "csv")).toThrow();
    expect(() => parseRows("no table here\n", "table")).toThrow(/not a table/);
    expect(crashLines("discourse-lab: internal error: TypeError: x is undefined\n    at f (/a/b.js:1:2)\n")).toHaveLength(2);
    expect(crashLines("discourse-lab: warning: c.jsonl:5: field \"text\" is only whitespace (record skipped)\n")).toEqual([]);
  });
});
