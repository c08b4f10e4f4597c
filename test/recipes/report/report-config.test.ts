import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { DiscourseError } from "../../../src/errors";
import { parseReportConfig, readReportConfig, SOTU_REPORT_CONFIG } from "../../../src/recipes/report/report-config";
import { reportConfigYaml } from "../../../src/recipes/report/report-config-yaml";
import { reportSectionParams } from "../../../src/recipes/report/report-section-params";
import { REPORT_SECTIONS } from "../../../src/recipes/report/report-sections";

/** The message of the error parseReportConfig throws on `text`. */
function problem(text: string, file = "report.yml"): string {
  try {
    parseReportConfig(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DiscourseError);
    expect((e as DiscourseError).code).toBe("invalid_input");
    return (e as DiscourseError).message;
  }
  throw new Error("no error");
}

describe("parseReportConfig(text, file)", () => {
  test("an empty file is a valid report file: everything is read from the corpus", () => {
    expect(parseReportConfig("", "r.yml")).toEqual({});
    expect(parseReportConfig("{}", "r.json")).toEqual({});
  });

  test("reads every key, sections as names or {recipe, params}, dates written as bare years", () => {
    const config = parseReportConfig(
      [
        "format: 1",
        "title: Harbour speeches",
        "stopwords: en",
        "periods:",
        "  eras:",
        "    - { name: Before the flood, start: 2019, end: 2021-06 }",
        "    - { name: After, start: 2021-06 }",
        "trendBy: year",
        "terms: [ferry, levy]",
        "groups: { profile: speaker, split: party }",
        "targets:",
        "  - { name: the ferry, terms: [ferry, ferries], near: [harbour] }",
        'pair: ["id=a", "speaker=Ines Marlow, date=2024"]',
        "news: false",
        "sections:",
        "  - quickstart",
        "  - recipe: stanceReport",
        "    params: { profileWhere: \"date>=2020\" }",
      ].join("\n"),
      "r.yml",
    );
    expect(config.periods?.eras).toEqual([{ name: "Before the flood", start: "2019", end: "2021-06" }, { name: "After", start: "2021-06" }]);
    expect(config.sections).toEqual([{ recipe: "quickstart", params: {} }, { recipe: "stanceReport", params: { profileWhere: "date>=2020" } }]);
    expect(config.pair).toEqual(["id=a", "speaker=Ines Marlow, date=2024"]);
    // Shared keys reach each section; a section's own params win.
    expect(reportSectionParams(config, "quickstart")).toEqual({ stopwords: "en", eras: config.periods!.eras, trendBy: "year", trendTerms: ["ferry", "levy"], splitField: "party" });
    expect(reportSectionParams(config, "stanceReport")).toMatchObject({ targetBy: "year", profileBy: "speaker", profileWhere: "date>=2020", targets: [{ name: "the ferry" }] });
    expect(reportSectionParams(config, "compareAcrossDates")).toMatchObject({ speechA: "id=a", speechB: "speaker=Ines Marlow, date=2024" });
  });

  test("an unknown key is an error naming the file, the line, the key and the known keys", () => {
    expect(problem("title: x\nterm: [a]\n")).toBe(
      "report.yml:2: term is not a known key; known: format, title, corpus, out, stopwords, periods, trendBy, terms, groups, targets, pair, news, sections",
    );
  });

  test("a wrong value names its path and line, what is expected and what was given", () => {
    expect(problem("sections:\n  - quickstart\n  - recipe: compareAcrossDates\n    params:\n      top: ten\n")).toBe(
      'report.yml:5: sections[1].params.top must be a whole number from 1 to 100; got "ten"',
    );
    expect(problem("sections: [quickstrat]\n")).toMatch(/^report\.yml:1: sections\[0\] must be one of quickstart, compareAcrossDates, stanceReport, rhetoricProfile, styleAndScaling, newsVoices; got "quickstrat"$/);
    expect(problem("periods:\n  eras:\n    - { name: A, start: 2020 }\n    - { name: B, start: 2019 }\n")).toMatch(/^report\.yml:4: periods\.eras\[1\]\.start must come after the start of the period before \(2020\); got "2019"$/);
    expect(problem("periods: { by: week }\n")).toMatch(/periods\.by must be one of year, decade, century; got "week"/);
    expect(problem("targets:\n  - name: the ferry\n")).toMatch(/^report\.yml:2: targets\[0\] needs the key "terms"$/);
    expect(problem('pair: ["id=a"]\n')).toMatch(/pair must be a list of two selections/);
    expect(problem('pair: ["id=a", "date=>2020"]\n')).toMatch(/^report\.yml:1: pair\[1\] must be a selection FIELD OP VALUE/);
    expect(problem("sections: [quickstart, quickstart]\n")).toMatch(/sections\[1\] repeats the section "quickstart"/);
    expect(problem("periods:\n  eras:\n    - { name: A, start: 2020-13 }\n")).toMatch(/^report\.yml:3: periods\.eras\[0\]\.start must be an ISO date/);
  });

  test("YAML and JSON syntax errors name the line", () => {
    expect(problem("terms: [a, b\nnews: true\n")).toMatch(/^report\.yml:\d+: not valid YAML: /);
    expect(problem('{\n  "terms": ["a",]\n}\n', "report.json")).toMatch(/^report\.json:2: not valid JSON: /);
    expect(problem("title: a\ntitle: b\n")).toMatch(/^report\.yml:2: not valid YAML: .*[Mm]ap keys must be unique/);
  });
});

describe("readReportConfig(file)", () => {
  test('"sotu" reads the shipped report of the bundled corpus: its five sections (style and scaling last), eras and target', async () => {
    const config = await readReportConfig("sotu");
    expect(config.corpus).toBe("sotu");
    expect(config.sections!.map((s) => s.recipe)).toEqual(["quickstart", "compareAcrossDates", "stanceReport", "rhetoricProfile", "styleAndScaling"]);
    expect(config.periods!.eras).toHaveLength(5);
    expect(fs.existsSync(SOTU_REPORT_CONFIG)).toBe(true);
  });

  test("corpus and out are relative to the file's folder; a missing file is an io error naming it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-config-"));
    fs.writeFileSync(path.join(dir, "report.json"), JSON.stringify({ corpus: "texts", out: "out/report" }));
    const config = await readReportConfig(path.join(dir, "report.json"));
    expect(config.corpus).toBe(path.join(dir, "texts"));
    expect(config.out).toBe(path.join(dir, "out", "report"));
    await expect(readReportConfig(path.join(dir, "nope.yml"))).rejects.toThrow(`${path.join(dir, "nope.yml")}: cannot read: no such file`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("reportConfigYaml (the report.yaml of discourse-lab init)", () => {
  test("is a valid report file naming the corpus, the output, a target and every section", () => {
    const text = reportConfigYaml("data", "report", "9.9.9");
    const config = parseReportConfig(text, "report.yaml");
    expect(config).toMatchObject({ format: 1, corpus: "data", out: "report", targets: [{ name: "the harbour ferry", terms: ["ferry", "ferries"] }] });
    expect(config.sections!.map((s) => s.recipe)).toEqual(Object.keys(REPORT_SECTIONS));
    expect(text).toContain("npx discourse-lab report --config report.yaml");
    expect(text).toContain("discourse-lab 9.9.9");
  });

  test("each commented example key, uncommented, is valid too", () => {
    const text = reportConfigYaml("data", "report", "9.9.9");
    const lines = text.split("\n");
    const examples = lines.slice(lines.indexOf("# title: My speeches"), lines.findIndex((l) => l.startsWith("# news:")) + 1);
    const uncommented = examples.map((l) => l.replace(/^# /, "").replace(/\s+# .*$/, "")).join("\n");
    const config = parseReportConfig(uncommented, "examples.yaml");
    expect(Object.keys(config).sort()).toEqual(["groups", "news", "pair", "periods", "stopwords", "terms", "title", "trendBy"]);
  });
});
