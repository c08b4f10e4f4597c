/**
 * Commands that write files (report, chart), and the shipped entry point bin/discourse-lab.js
 * run as a child process against a fresh build of dist/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { KEYNESS_COLUMNS } from "../../src/measure/keyness";
import { PERIOD_KEYNESS_COLUMNS } from "../../src/compare/keyness-by-period";
import { TERM_RATE_COLUMNS } from "../../src/compare/term-rates";
import { KWIC_COLUMNS } from "../../src/measure/kwic";
import { STANCE_BY_PERIOD_COLUMNS } from "../../src/compare/stance-by-period";
import { STANCE_MARKER_RATE_COLUMNS } from "../../src/compare/stance-marker-rates";
import { RHETORIC_MATCH_COLUMNS } from "../../src/measure/rhetoric-matches";
import { RHETORIC_SUMMARY_COLUMNS } from "../../src/measure/rhetoric-summary";
import { RHETORIC_US_THEM_COLUMNS } from "../../src/measure/rhetoric-us-them";
import { READABILITY_COLUMNS } from "../../src/measure/style/readability";
import { LEXICAL_DIVERSITY_COLUMNS } from "../../src/measure/style/lexical-diversity";
import { DICTIONARY_RATE_COLUMNS } from "../../src/compare/dictionary-rates";
import { WORDFISH_COLUMNS, WORDFISH_WORD_COLUMNS } from "../../src/measure/scaling/wordfish";
import { SIMILARITY_COLUMNS } from "../../src/compare/dfm-similarity";
import { run } from "./cli-harness";
import { expectValidVegaLite } from "../chart/schema";

const ROOT = path.resolve(__dirname, "../..");
const SOTU_DATA = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");
const ITEMS = [
  "top-terms-by-era", "term-trend", "term-trend-by-party", // notebook 01
  "key-terms-since", "era-keyness", "trend-ci", "dispersion", "two-speeches", // notebook 02
  "stance-profile", "stance-over-time", // notebook 03
  "rhetoric-heatmap", "rhetoric-trend", "rhetoric-biggest-change", "rhetoric-us-them", // notebook 04
  "readability", "lexical-diversity", "dictionary", "wordfish-positions", "wordfish-words", "nearest", "similarity", // notebook 06
];
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-report-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));


function expectChartFiles(dir: string, name: string): void {
  const spec = JSON.parse(fs.readFileSync(path.join(dir, `${name}.vl.json`), "utf8")) as unknown;
  expectValidVegaLite(spec);
  expect(fs.readFileSync(path.join(dir, `${name}.svg`), "utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(fs.readFileSync(path.join(dir, `${name}.png`)).subarray(0, 8)).toEqual(PNG_MAGIC);
}

describe("discourse-lab report --out DIR", () => {
  const first = path.join(tmp, "report-1");
  const second = path.join(tmp, "report-2");
  let result: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    result = await run("report", "--out", first);
    await run("report", "--out", second);
  }, 300_000); // two full reports of the bundled corpus, 21 charts each rendered to SVG and PNG

  test("writes .vl.json, .svg, .png and .csv for each of the 21 items, plus index.html, and says so on stderr", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").filter((l) => !l.startsWith("discourse-lab: warning: ")).join("\n")).toBe(`discourse-lab: wrote 85 files to ${first} (open ${path.join(first, "index.html")})\n`);
    const expected = ITEMS.flatMap((id) => [`${id}.vl.json`, `${id}.svg`, `${id}.png`, `${id}.csv`]).concat("index.html");
    expect(fs.readdirSync(first).sort()).toEqual(expected.sort());
    for (const id of ITEMS) expectChartFiles(first, id);
  });

  test("each CSV has the header of its table and one line per row", () => {
    const headers: Record<string, string> = {
      "top-terms-by-era": "group,group_start,split,term,count,per_1k,doc_freq,tfidf,total_tokens,n_words,n_docs",
      "term-trend": "group,group_start,split,term,count,per_1k,doc_freq,tfidf,total_tokens,n_words,n_docs",
      "term-trend-by-party": "group,group_start,split,term,count,per_1k,doc_freq,tfidf,total_tokens,n_words,n_docs",
      "key-terms-since": KEYNESS_COLUMNS.join(","),
      "era-keyness": PERIOD_KEYNESS_COLUMNS.join(","),
      "trend-ci": TERM_RATE_COLUMNS.join(","),
      dispersion: KWIC_COLUMNS.join(","),
      "two-speeches": KEYNESS_COLUMNS.join(","),
      "stance-profile": STANCE_MARKER_RATE_COLUMNS.join(","),
      "stance-over-time": STANCE_BY_PERIOD_COLUMNS.join(","),
      "rhetoric-heatmap": RHETORIC_SUMMARY_COLUMNS.join(","),
      "rhetoric-trend": RHETORIC_SUMMARY_COLUMNS.join(","),
      "rhetoric-biggest-change": RHETORIC_MATCH_COLUMNS.join(","),
      "rhetoric-us-them": RHETORIC_US_THEM_COLUMNS.join(","),
      readability: READABILITY_COLUMNS.join(","),
      "lexical-diversity": LEXICAL_DIVERSITY_COLUMNS.join(","),
      dictionary: DICTIONARY_RATE_COLUMNS.join(","),
      "wordfish-positions": WORDFISH_COLUMNS.join(","),
      "wordfish-words": WORDFISH_WORD_COLUMNS.join(","),
      nearest: SIMILARITY_COLUMNS.join(","),
      similarity: SIMILARITY_COLUMNS.join(","),
    };
    // rows: one per era for us-them (5 eras), the 8 nearest addresses, many for the others
    const minLines: Record<string, number> = { "rhetoric-us-them": 6, nearest: 9 };
    for (const id of ITEMS) {
      const lines = fs.readFileSync(path.join(first, `${id}.csv`), "utf8").trimEnd().split("\n");
      expect(lines[0], id).toBe(headers[id]);
      expect(lines.length, id).toBeGreaterThanOrEqual(minLines[id] ?? 11);
    }
  });

  test("index.html shows each chart's PNG and links its spec, SVG and CSV", () => {
    const html = fs.readFileSync(path.join(first, "index.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    for (const id of ITEMS) {
      expect(html).toContain(`<img src="${id}.png"`);
      expect(html).toContain(`href="${id}.vl.json"`);
      expect(html).toContain(`href="${id}.svg"`);
      expect(html).toContain(`href="${id}.csv"`);
    }
  });

  test("two runs into two folders give byte-identical files", () => {
    const names = fs.readdirSync(first).sort();
    expect(fs.readdirSync(second).sort()).toEqual(names);
    for (const name of names) {
      const a = fs.readFileSync(path.join(first, name));
      const b = fs.readFileSync(path.join(second, name));
      expect(a.equals(b), name).toBe(true);
    }
  });
});

describe("discourse-lab chart", () => {
  test("top-terms --out DIR writes top-terms.vl.json, .svg and .png", async () => {
    const dir = path.join(tmp, "top");
    const r = await run("chart", "top-terms", "--stopwords", "en", "--top", "5", "--out", dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(fs.readdirSync(dir).sort()).toEqual(["top-terms.png", "top-terms.svg", "top-terms.vl.json"]);
    expectChartFiles(dir, "top-terms");
    const spec = fs.readFileSync(path.join(dir, "top-terms.vl.json"), "utf8");
    expect(spec).toContain('"government"');
  });

  test("trend --terms tariff,iran --out DIR writes trend.vl.json, .svg and .png with both terms", async () => {
    const dir = path.join(tmp, "trend");
    const r = await run("chart", "trend", "--terms", "tariff,iran", "--out", dir);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["trend.png", "trend.svg", "trend.vl.json"]);
    expectChartFiles(dir, "trend");
    const spec = fs.readFileSync(path.join(dir, "trend.vl.json"), "utf8");
    expect(spec).toContain('"tariff"');
    expect(spec).toContain('"iran"');
  });

  test("trend --split party --name NAME writes small multiples under that name", async () => {
    const dir = path.join(tmp, "trend-split");
    const r = await run("chart", "trend", "--terms", "tariff,iran", "--split", "party", "--name", "by-party", "--out", dir);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["by-party.png", "by-party.svg", "by-party.vl.json"]);
    expectChartFiles(dir, "by-party");
    const spec = fs.readFileSync(path.join(dir, "by-party.vl.json"), "utf8");
    expect(spec).toMatch(/"Republican"/);
    expect(spec).toMatch(/"Democratic"/);
  });

  test("--out is required", async () => {
    const r = await run("chart", "top-terms");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^discourse-lab: .*--out/);
  });
});

describe("bin/discourse-lab.js, the shipped entry point", () => {
  const bin = path.join(ROOT, "bin", "discourse-lab.js");
  const node = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } });

  beforeAll(() => {
    // The bin runs dist/, so build it from the current sources (a few seconds).
    try {
      execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
    } catch (e) {
      throw new Error(`npm run build failed:\n${String((e as { stdout?: string }).stdout ?? e)}`);
    }
  }, 120_000);

  test("freq --top 3 --format csv prints CSV on stdout and exits 0", () => {
    const r = node(["freq", "--top", "3", "--format", "csv"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("term,count,per_1k,doc_freq,tfidf,total_tokens,n_words,n_docs");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["the", "of", "and"]);
  });

  test("a reader that closes the pipe early (| head -1) ends it quietly with exit 0", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" freq --format jsonl | head -1`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe("");
  });

  test("a usage error (--bogus) exits 2 with one line on stderr", () => {
    const r = node(["freq", "--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^discourse-lab: unknown option '--bogus'[^\n]*\n$/);
  });

  test("an input error (missing file) exits 1 naming the file, without a stack trace", () => {
    const missing = path.join(tmp, "missing.jsonl");
    const r = node(["freq", "--corpus", missing]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a JSON Lines corpus counted by worker threads gives the rows counted in-process", async () => {
    const args = ["freq", "--corpus", SOTU_DATA, "--by", "decade", "--top", "20", "--format", "jsonl"];
    const r = node(args);
    expect(r.status).toBe(0);
    const inProcess = await run(...args);
    expect(r.stdout).toBe(inProcess.stdout);
  });
});
