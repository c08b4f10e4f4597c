/**
 * The corpus-linguistics commands (kwic, keyness, collocates, dispersion, trend, compare and
 * their charts), driven in-process, checked against the library calls they stand for.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run, jsonl, asJson } from "./cli-harness";
import { readJsonl } from "../../src/ingest/read-jsonl";
import { selectDocuments } from "../../src/compare/select-documents";
import { keyness } from "../../src/measure/keyness";
import { kwic } from "../../src/measure/kwic";
import { keynessByPeriod } from "../../src/compare/keyness-by-period";
import { termRates } from "../../src/compare/term-rates";
import { termFirstLastUse } from "../../src/compare/term-first-last-use";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import type { Corpus } from "../../src/types";

const SOTU_DATA = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-compare-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let sotu: Corpus;
beforeAll(async () => {
  sotu = await readJsonl(SOTU_DATA);
});

describe("discourse-lab keyness", () => {
  test("lists key terms since 2001 in JSON Lines, the same rows the library returns", async () => {
    const r = await run("keyness", "--corpus", SOTU_DATA, "--target", "date>=2001-01-01", "--reference", "date<2001-01-01", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.length).toBeGreaterThan(1000);
    for (const c of ["term", "n_target", "n_reference", "total_target", "total_reference", "g2", "chi2", "log_ratio", "p"]) expect(rows[0]).toHaveProperty(c);
    const lib = keyness(selectDocuments(sotu, "date>=2001-01-01"), selectDocuments(sotu, "date<2001-01-01"));
    expect(rows).toEqual(asJson(lib));
    expect(rows.find((x) => x.term === "terrorists")).toMatchObject({ direction: "target" });
  });

  test("takes the rest of the corpus as the reference by default, and applies corrections", async () => {
    const r = await run("keyness", "--corpus", SOTU_DATA, "--target", "speaker=Donald J. Trump", "--correction", "fdr", "--max-p", "0.01", "--top", "5", "--format", "jsonl");
    expect(r.code).toBe(0);
    const target = selectDocuments(sotu, "speaker=Donald J. Trump");
    const rest = sotu.filter((d) => !target.includes(d));
    expect(jsonl(r.stdout)).toEqual(asJson(keyness(target, rest, { correction: "fdr", maxP: 0.01, top: 5 })));
  });

  test("names the bad clause of a selection and exits 2", async () => {
    const r = await run("keyness", "--target", "date=>2001");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^discourse-lab: selectDocuments: clause "date=>2001"/);
    expect(r.stdout).toBe("");
  });
});

describe("discourse-lab kwic, collocates, dispersion, trend, compare", () => {
  test("kwic prints the concordance lines of a phrase with offsets into the texts", async () => {
    const r = await run("kwic", "maximum pressure", "--corpus", SOTU_DATA, "--format", "jsonl", "--window", "4");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toEqual(asJson(kwic(sotu, "maximum pressure", { window: 4 })));
    const doc = sotu.find((d) => d.id === rows[0].doc_id)!;
    expect(doc.text.slice(rows[0].start as number, rows[0].end as number)).toBe("maximum pressure");
  });

  test("kwic rejects a window that is neither a number nor sentence", async () => {
    const r = await run("kwic", "iran", "--window", "wide");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--window takes a whole number or "sentence"');
  });

  test("collocates ranks a node's collocates and --sequential ranks bigrams", async () => {
    const a = await run("collocates", "freedom", "--stopwords", "en", "--top", "3", "--format", "jsonl");
    expect(a.code).toBe(0);
    expect(jsonl(a.stdout)).toHaveLength(3);
    const b = await run("collocates", "--sequential", "2", "--top", "3", "--format", "jsonl");
    expect(b.code).toBe(0);
    expect(jsonl(b.stdout)[0]).toHaveProperty("ngram");
    expect((await run("collocates")).code).toBe(2);
  });

  test("dispersion prints the measures, or every hit", async () => {
    const m = await run("dispersion", "--terms", "iran,tariff", "--format", "jsonl");
    expect(jsonl(m.stdout).map((x) => x.term)).toEqual(["iran", "tariff"]);
    const h = await run("dispersion", "--terms", "iran", "--hits", "--format", "jsonl");
    expect(jsonl(h.stdout).length).toBe(jsonl(m.stdout)[0].count);
  });

  test("trend prints rates with confidence intervals per decade, as termRates does", async () => {
    const r = await run("trend", "--terms", "iran,tariff", "--format", "jsonl");
    expect(jsonl(r.stdout)).toEqual(asJson(termRates(sotuCorpus(), ["iran", "tariff"], { by: "decade", stopwords: false, removeNumbers: false, hyphens: "split" })));
  });

  test("trend --first-last prints each term's first and last dated use, as termFirstLastUse does", async () => {
    const r = await run("trend", "--corpus", SOTU_DATA, "--terms", "terrorism,tariff", "--first-last", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toEqual(asJson(termFirstLastUse(sotu, ["terrorism", "tariff"])));
    const doc = sotu.find((x) => x.id === rows[0].first_doc_id)!;
    expect(doc.text.slice(rows[0].first_start as number, rows[0].first_end as number).toLowerCase()).toBe("terrorism");
  });

  test("compare prints what rose and fell between adjacent periods", async () => {
    const r = await run("compare", "--by", "century", "--stopwords", "en", "--top", "2", "--format", "jsonl");
    expect(r.code).toBe(0);
    const lib = keynessByPeriod(sotuCorpus(), { by: "century", stopwords: "en", top: 2, minCount: 5, maxP: 1, correction: "none", measure: "g2", ngram: 1, removeNumbers: false, hyphens: "split" });
    expect(jsonl(r.stdout)).toEqual(asJson(lib));
    expect(new Set(jsonl(r.stdout).map((x) => x.period))).toEqual(new Set(["1800s", "1900s", "2000s"]));
  });
});

describe("discourse-lab chart (comparison charts)", () => {
  const files = (dir: string, name: string) => [".vl.json", ".svg", ".png"].map((e) => path.join(dir, name + e));
  test.each([
    ["keyness", ["--target", "date>=2001", "--stopwords", "en"]],
    ["compare", ["--by", "century", "--stopwords", "en"]],
    ["dispersion", ["--terms", "iran", "--where", "date>=1977"]],
    ["trend-ci", ["--terms", "iran,tariff"]],
    ["scatter", ["--target", "id=sotu-2002-george-w-bush", "--reference", "id=sotu-2015-barack-obama", "--stopwords", "en"]],
  ])("chart %s writes .vl.json, .svg and .png", async (kind, args) => {
    const dir = path.join(tmp, kind);
    const r = await run("chart", kind, ...args, "--out", dir);
    expect(r.code, r.stderr).toBe(0);
    for (const f of files(dir, kind)) expect(fs.statSync(f).size).toBeGreaterThan(100);
  });
});
