/** report: every chart and table of the analyses, chosen from the corpus or a report file, with index.html and report.json. */
import type { Command } from "commander";
import * as path from "node:path";
import { fullReport, readReportConfig, reportManifest, SOTU_REPORT_CONFIG, writeReport, type ReportConfig } from "../index";
import { corpusOptions, readCorpus, UsageError, warnTo, type CliIo, type CorpusFlags } from "./shared";

interface ReportFlags extends CorpusFlags {
  out?: string;
  config?: string;
  news?: boolean;
}

/** Registers `report`. */
export function registerReportCommand(program: Command, io: CliIo): void {
  const cmd = corpusOptions(
    program
      .command("report")
      .description(
        "every chart and table of the analyses (terms over time, comparison across dates, stance, rhetoric; style and scaling when the corpus supports them; voices for news reports), " +
          "chosen from the corpus itself or from a report file, with an interactive index.html and report.json",
      ),
  )
    .option("--out <DIR>", "output folder (default: the report file's out)")
    .option("--config <FILE|sotu>", "a report file (YAML or JSON) choosing terms, periods, groups, targets, documents and sections; \"sotu\" is the bundled corpus's (used by default with --corpus sotu)")
    .option("--news", "the corpus holds news reports: add the voices section (default: detected from the documents)")
    .option("--no-news", "leave the voices section out");
  cmd.action(async (flags: ReportFlags) => {
    const corpusGiven = cmd.getOptionValueSource("corpus") === "cli";
    let config: ReportConfig | undefined;
    let configFile = flags.config;
    if (configFile !== undefined) config = await readReportConfig(configFile);
    const corpusSpec = corpusGiven ? flags.corpus : (config?.corpus ?? "sotu");
    if (config === undefined && corpusSpec === "sotu") {
      // The bundled corpus is reported as its shipped report file says.
      configFile = "sotu";
      config = await readReportConfig(configFile);
    }
    const out = flags.out ?? config?.out;
    if (out === undefined) throw new UsageError("report: option --out <DIR> is required (or an out: key in the report file)");
    if (flags.news !== undefined) config = { ...config, news: flags.news };
    const corpus = await readCorpus({ ...flags, corpus: corpusSpec }, io);
    const warn = warnTo(io);
    const report = fullReport(corpus, config, warn);
    const options = Object.fromEntries(Object.entries(flags).filter(([k, v]) => v !== undefined && k !== "progress" && k !== "config" && k !== "out"));
    const manifest = reportManifest(report, corpus, config, {
      corpus: corpusSpec,
      configFile,
      configPath: configFile === "sotu" ? SOTU_REPORT_CONFIG : configFile,
      options: { ...options, corpus: corpusSpec },
      generatedAt: new Date().toISOString(),
    });
    const files = await writeReport(report, out, { manifest });
    io.stderr(`discourse-lab: wrote ${files.length} files to ${out} (open ${path.join(out, "index.html")})\n`);
  });
}
