import YAML from "yaml";
import { parseReportConfig } from "./report-config";
import { REPORT_SECTIONS, type ReportSectionName } from "./report-sections";

/**
 * The text of a starter report file, as `discourse-lab init` writes it: a valid
 * {@link ReportConfig} (checked by {@link parseReportConfig} before it is returned) naming
 * the corpus, the output folder and every section, with a stance target for the starter's
 * sample texts and each other key shown, commented out, with what it does. Pure.
 *
 * @param corpus The corpus, relative to the file ("data").
 * @param out The output folder, relative to the file ("report").
 * @param version discourse-lab's version, named in the header.
 * @example
 * fs.writeFileSync("report.yaml", reportConfigYaml("data", "report", "0.1.0"));
 */
export function reportConfigYaml(corpus: string, out: string, version: string): string {
  const names = Object.keys(REPORT_SECTIONS) as ReportSectionName[];
  const doc = new YAML.Document({
    format: 1,
    corpus,
    out,
    targets: [{ name: "the harbour ferry", terms: ["ferry", "ferries"] }],
    sections: names.map((recipe) => ({ recipe })),
  });
  doc.commentBefore = [
    ` Report file, written by \`discourse-lab init\` (discourse-lab ${version}). Run it with`,
    "   npx discourse-lab report --config report.yaml",
    ` (or npm run report). It reads the corpus in ${corpus}/ and writes ${out}/index.html with every chart and table.`,
    "",
    " Every key is optional: what is left out is read from the corpus (its periods from its",
    " dates, the terms that rose and fell most between them, its fields such as speaker or party).",
    " Uncomment and edit to choose for yourself:",
    "",
    " title: My speeches",
    " stopwords: en",
    " periods:                     # or: by: year | decade | century; field: era (a metadata field)",
    "   eras:",
    "     - { name: First term, start: 2020-01-01, end: 2024-01-01 }",
    "     - { name: Second term, start: 2024-01-01 }",
    " trendBy: year                # the time axis of trends: year, decade, century or era (the periods)",
    " terms: [ferry, budget, harbour]",
    " groups: { profile: speaker, split: party }",
    " pair: [\"id=2024-03-12-council-budget-address\", \"id=2025-02-04-ferry-press-briefing\"]",
    " news: true                   # the texts are news reports: add who is quoted, per speech event",
    "",
    " Each section can take its own params (they win over the keys above), e.g.",
    "   - recipe: quickstart",
    "     params: { top: 8, splitTerms: [ferry] }",
    " Unknown keys and wrong values are errors naming the line. Notebooks do not read this file.",
  ].join("\n");
  const sections = doc.get("sections") as YAML.YAMLSeq;
  sections.items.forEach((item, i) => {
    const s = REPORT_SECTIONS[names[i]];
    (item as YAML.YAMLMap).commentBefore = ` ${s.shows} (notebook ${s.notebook})${s.byDefault === "news" ? "; only for news reports" : ""}`;
  });
  (doc.get("targets") as YAML.YAMLSeq).commentBefore = " stance toward each target over time, with the sentences behind it";
  const text = doc.toString({ lineWidth: 0 });
  parseReportConfig(text, "report.yaml");
  return text;
}
