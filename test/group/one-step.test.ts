/**
 * The import graph and the sources show one "findings per group" step: no per-group rate
 * or interval is computed outside src/group/, every per-group table imports the step, and
 * the CLI only calls recipes or the public API. (.dependency-cruiser.cjs enforces the
 * same boundaries on every build: rules documents-grouped-in-one-step,
 * intervals-in-one-step, cli-calls-recipes.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}
const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");
/** Module paths (relative to src/, without extension) a file imports. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) out.push(rel(path.resolve(path.dirname(file), m[1])));
  return out;
}
/** Code without comments (a rate written in a TSDoc example is no computation). */
function code(file: string): string {
  return fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

const files = sourceFiles();
const inStep = (f: string) => rel(f).startsWith("group/") || rel(f).startsWith("stats/");

describe("one findings-per-group step", () => {
  it("no rate per 1,000 and no interval is computed outside src/group/ (and the statistics of src/stats/)", () => {
    // count * 1000 / total, 1000 * count / total, a bound times 1000, a rate or interval from Wilson.
    const RATE = /\*\s*1000\s*\)?\s*\/\s*[A-Za-z_(]|\b1000\s*\*\s*[A-Za-z_][\w.]*\s*\)?\s*\/|\b(lo|hi|low|high)\s*\*\s*1000\b|\bwilson\w*\s*\(/;
    const offenders = files.filter((f) => !inStep(f) && RATE.test(code(f))).map(rel);
    expect(offenders).toEqual([]);
  });

  it("only the step groups documents and computes intervals (imports of grouping-of, wilson-interval, normal-quantile)", () => {
    const private_ = ["group/grouping-of", "stats/wilson-interval", "stats/normal-quantile"];
    const offenders = files.filter((f) => !inStep(f) && importsOf(f).some((m) => private_.includes(m))).map(rel);
    expect(offenders).toEqual([]);
  });

  it("every per-group table goes through the step", () => {
    const tables = ["compare/stance-marker-rates.ts", "measure/rhetoric-summary.ts", "compare/term-rates.ts", "compare/stance-by-period.ts", "measure/term-counter.ts"];
    for (const t of tables) expect(importsOf(path.join(SRC, t)).some((m) => m.startsWith("group/")), t).toBe(true);
    // and nothing else builds per-group rows by hand: a file writing both per_1k and group_start
    // values (not their types) imports the step, or copies per_1k from rows the step made
    const value = (field: string) => new RegExp(`\\b${field}\\??\\s*:\\s*(?![\\s"']|number\\b|string\\b)`);
    const builders = files.filter((f) => !inStep(f) && value("per_1k").test(code(f)) && value("group_start").test(code(f)));
    expect(builders.length).toBeGreaterThan(3);
    for (const f of builders) expect(importsOf(f).some((m) => m.startsWith("group/")) || /per_1k\s*:\s*(\w+\()?\w+\.per_1k\b/.test(code(f)), rel(f)).toBe(true);
  });
});

describe("the CLI parses arguments and calls recipes or the public API", () => {
  it("imports only recipes/, render/, stream/, errors, types, its own files, the public API (src/index.ts) or modules it exports", () => {
    const publicModules = new Set(importsOf(path.join(SRC, "index.ts")));
    const ok = (m: string) => /^(recipes|render|stream|cli)\//.test(m) || m === "errors" || m === "types" || m === "index" || publicModules.has(m);
    const offenders = files.filter((f) => rel(f).startsWith("cli/")).flatMap((f) => importsOf(f).filter((m) => !ok(m)).map((m) => `${rel(f)} -> ${m}`));
    expect(offenders).toEqual([]);
  });
  it("draws no chart itself", () => {
    const offenders = files.filter((f) => rel(f).startsWith("cli/") && importsOf(f).some((m) => m.startsWith("chart/") && m !== "chart/spec")).map(rel);
    expect(offenders).toEqual([]);
  });
});
