/** discourse-lab corpus import / corpus info, driven in-process through main(). */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { tempFolder } from "../ingest/temp-files";
import { jsonl, run } from "./cli-harness";

const MIXED = path.resolve(__dirname, "../ingest/fixtures/mixed");
const { dir: tmp, write } = tempFolder();

describe("discourse-lab corpus import", () => {
  test("a folder with a web page, a PDF, a DOCX, a Latin-1 CSV and two .txt files: every document with its date, language and source file; the page without its menu and footer", async () => {
    const out = path.join(tmp, "mixed.jsonl");
    const r = await run("corpus", "import", MIXED, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/warning: .*letters-latin1\.csv: not UTF-8; read as windows-1252/);
    expect(r.stderr).toMatch(/wrote 7 documents to .*mixed\.jsonl \(7 of 7 dated, 2019-11-04 to 2019-11-08; languages en \(3\), de \(1\), es \(1\), fa \(1\), fr \(1\)\)/);
    const docs = jsonl(fs.readFileSync(out, "utf8"));
    expect(docs.map((d) => [d.id, d.date, d.lang, path.basename(String(d.source))])).toEqual([
      ["council-briefing", "2019-11-04", "en", "council-briefing.txt"],
      ["council-memo", "2019-11-07", "es", "council-memo.docx"],
      ["harbour-vote", "2019-11-05", "en", "harbour-vote.html"],
      ["letter-1", "2019-11-04", "fr", "letters-latin1.csv:2"],
      ["letter-2", "2019-11-08", "de", "letters-latin1.csv:3"],
      ["port-report-fa", "2019-11-04", "fa", "port-report-fa.txt"],
      ["port-statement", "2019-11-06", "en", "port-statement.pdf"],
    ]);
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get("council-briefing")).toMatchObject({ date_original: "November 4, 2019", speaker: "Dana Whitfield" });
    expect(byId.get("port-report-fa")).toMatchObject({ date_original: "2019/11/04" });
    expect(byId.get("letter-1")).toMatchObject({ writer: "Amélie Durand" });
    const page = String(byId.get("harbour-vote")!.text);
    expect(page).toContain("The city council postponed its vote on the sale of the old harbour");
    for (const furniture of ["Home", "Subscribe today", "Weather", "Most read", "Privacy policy", "All rights reserved", "Contact the newsroom"]) {
      expect(page).not.toContain(furniture);
    }
  });

  test("later commands start from the written corpus: corpus info and freq --by lang read it", async () => {
    const out = path.join(tmp, "again.jsonl");
    expect((await run("corpus", "import", MIXED, "--out", out)).code).toBe(0);
    const info = await run("corpus", "info", "--corpus", out);
    expect(info.code).toBe(0);
    expect(info.stderr).toBe("");
    expect(info.stdout).toMatch(/^documents +7\n/);
    expect(info.stdout).toMatch(/\ndates +2019-11-04 to 2019-11-08\n/);
    expect(info.stdout).toMatch(/\nlanguages +en \(3\), de \(1\), es \(1\), fa \(1\), fr \(1\)\n/);
    expect(info.stdout).toMatch(/\nauthor +3 +3 +Mariam Okafor \(1\), Port Authority Press Office \(1\), Secretaría del Consejo \(1\)\n/);
    const json = JSON.parse((await run("corpus", "info", "--corpus", out, "--format", "json")).stdout);
    expect(json).toMatchObject({ documents: 7, date_min: "2019-11-04", date_max: "2019-11-08", undated: 0 });
    expect(json.tokens).toBeGreaterThan(300);
    const freq = await run("freq", "--corpus", out, "--by", "lang", "--terms", "harbour", "--format", "jsonl");
    expect(freq.code).toBe(0);
    // groups come in the one order of the per-group step (by their earliest document), so compare sorted
    expect(jsonl(freq.stdout).map((row) => [row.lang, row.n_docs]).sort()).toEqual([
      ["de", 1], ["en", 3], ["es", 1], ["fa", 1], ["fr", 1],
    ]);
  });

  test("several sources, --date-order for numeric dates, --lang for documents without their own", async () => {
    const folder = path.join(tmp, "dmy");
    write("dmy/a.txt", "---\ndate: 03/04/2019\n---\nShort.");
    const csv = write("dmy.csv", "id,date,text,lang\nb,05/06/2019,Another short one.,fa\n");
    const out = path.join(tmp, "dmy.jsonl");
    const bad = await run("corpus", "import", folder, csv, "--out", out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/a\.txt:2: front matter "date": ambiguous date "03\/04\/2019".*--date-order/);
    expect(bad.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    const good = await run("corpus", "import", folder, csv, "--out", out, "--date-order", "dmy", "--lang", "en");
    expect(good.code).toBe(0);
    expect(jsonl(fs.readFileSync(out, "utf8")).map((d) => [d.id, d.date, d.lang])).toEqual([
      ["a", "2019-04-03", "en"],
      ["b", "2019-06-05", "fa"],
    ]);
  });

  test("usage and input errors: --out not .jsonl, a bad --date-order, a missing source, an unknown kind", async () => {
    const missing = path.join(tmp, "nope.docx");
    const cases: [string[], number, RegExp][] = [
      [["corpus", "import", MIXED, "--out", path.join(tmp, "x.csv")], 2, /--out must name a \.jsonl file/],
      [["corpus", "import", MIXED, "--out", path.join(tmp, "x.jsonl"), "--date-order", "ymd"], 2, /--date-order/],
      [["corpus", "import", "--out", path.join(tmp, "x.jsonl")], 2, /missing required argument/],
      [["corpus", "import", missing, "--out", path.join(tmp, "x.jsonl")], 1, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: cannot read: no such file or folder`)],
      [["corpus", "import", write("sheet.xlsx", "x"), "--out", path.join(tmp, "x.jsonl")], 2, /save it as \.csv/],
      [["corpus", "info", "--corpus", missing], 1, /nope\.docx: cannot read: no such file or folder/],
    ];
    for (const [argv, code, message] of cases) {
      const r = await run(...argv);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), code]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
