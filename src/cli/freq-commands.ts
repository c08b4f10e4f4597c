/** freq, chart top-terms / trend, and report. */
import { Command, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Document } from "../types";
import { TERM_FREQUENCY_COLUMNS, termFrequency, type TermFrequencyOptions, type TermFrequencyRow } from "../measure/term-frequency";
import { writeReport } from "../render/write-report";
import { frequencyChart } from "../recipes/frequency-chart";
import { fullReport } from "../recipes/full-report";
import { termFrequencyFile } from "../stream/term-frequency-file";
import { progressReporter, type Progress } from "./progress";
import {
  corpusOptions, emitChart, formatOption, intArg, isJsonl, loadOptions, printRows, readCorpus, splitList, tokenFlags, tokenOptionsOf, UsageError, warnTo,
  type CliIo, type CorpusFlags, type FreqFlags,
} from "./shared";

/** The term-frequency options shared by freq and the frequency charts. */
function freqOptions(cmd: Command): Command {
  return tokenFlags(cmd)
    .option("--by <FIELD|document|year|month|quarter|week|decade|century|period>", "group rows by a field (speaker, party, lang, ...), by document or by period (week: ISO 8601)")
    .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start")
    .option("--split <FIELD>", "a second grouping field (small multiples)")
    .addOption(new Option("--ngram <N>", "count n-grams of 1 to 3 words").default(1).argParser(intArg("--ngram")))
    .addOption(new Option("--top <K>", "keep the K most frequent terms (per group)").argParser(intArg("--top")))
    .addOption(new Option("--min-count <N>", "keep terms counted at least N times").argParser(intArg("--min-count")))
    .option("--terms <LIST>", 'report exactly these comma-separated terms in every group, zeros included; a phrase ("federal government") is counted as a phrase whatever --ngram is');
}

/** Registers freq, chart top-terms, chart trend and report. */
export function registerFrequencyCommands(program: Command, chart: Command, io: CliIo): void {
  formatOption(freqOptions(corpusOptions(program.command("freq").description("term frequencies: count, per_1k, doc_freq, tfidf per term (and group)"))))
    .action(async (flags: FreqFlags) => {
      const rows = await frequencyRows(flags, io);
      const { columns, renamed } = outputColumns(rows, flags);
      await printRows(io, renamed, columns, flags.format);
    });

  freqOptions(corpusOptions(chart.command("top-terms").description("bar chart of the top terms (small multiples when grouped)")))
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file-name stem", "top-terms")
    .addOption(new Option("--measure <count|per_1k|tfidf>", "bar length").choices(["count", "per_1k", "tfidf"]).default("count"))
    .action(async (flags: FreqFlags & { out: string; name: string; measure: "count" | "per_1k" | "tfidf" }) => {
      const rows = await frequencyRows({ ...flags, top: flags.top ?? 10 }, io);
      await emitChart(frequencyChart(rows, { chart: "top-terms", top: flags.top ?? 10, measure: flags.measure }), flags.out, flags.name, io);
    });
  freqOptions(corpusOptions(chart.command("trend").description("rates of several terms across dates (lines; small multiples with --split)")))
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file-name stem", "trend")
    .addOption(new Option("--measure <per_1k|count|tfidf>", "y axis").choices(["count", "per_1k", "tfidf"]).default("per_1k"))
    .action(async (flags: FreqFlags & { out: string; name: string; measure: "count" | "per_1k" | "tfidf" }) => {
      if (!flags.terms) throw new UsageError("chart trend: option --terms is required (comma-separated terms)");
      const terms = splitList(flags.terms);
      const rows = await frequencyRows({ ...flags, by: flags.by ?? "decade" }, io);
      await emitChart(frequencyChart(rows, { chart: "trend", terms, split: flags.split !== undefined, measure: flags.measure }), flags.out, flags.name, io);
    });

  corpusOptions(program.command("report").description("the analyses of notebooks 01-04 (term frequency, comparison across dates, stance, rhetoric): every chart and table plus index.html"))
    .requiredOption("--out <DIR>", "output folder")
    .action(async (flags: CorpusFlags & { out: string }) => {
      const corpus = await readCorpus(flags, io);
      const report = fullReport(corpus, warnTo(io));
      const files = await writeReport(report, flags.out);
      io.stderr(`discourse-lab: wrote ${files.length} files to ${flags.out} (open ${path.join(flags.out, "index.html")})\n`);
    });
}

function freqOptionsOf(flags: FreqFlags, io: CliIo): TermFrequencyOptions {
  return {
    by: flags.by,
    breaks: flags.breaks ? splitList(flags.breaks) : undefined,
    split: flags.split,
    ngram: flags.ngram,
    top: flags.top,
    minCount: flags.minCount,
    terms: flags.terms ? splitList(flags.terms) : undefined,
    ...tokenOptionsOf(flags),
    onWarning: warnTo(io),
  };
}

/**
 * Term-frequency rows for a command. JSON Lines files stream through worker threads
 * (unless --where selects documents first), read with the same corpus options as a
 * loaded corpus (--meta, --skip-invalid, --encoding, --date-order, --lang); other corpora
 * load whole.
 */
async function frequencyRows(flags: FreqFlags, io: CliIo): Promise<TermFrequencyRow[]> {
  const options = freqOptionsOf(flags, io);
  if (flags.corpus !== "sotu" && isJsonl(flags.corpus) && !flags.where) {
    const size = fs.statSync(flags.corpus).size; // isJsonl has named a missing path
    const { metaFile, skipInvalid, encoding, dateOrder, lang } = loadOptions(flags, io);
    const progress: Progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
    let bytes = 0;
    try {
      return await termFrequencyFile(flags.corpus, {
        ...options,
        metaFile,
        skipInvalid,
        encoding,
        dateOrder,
        lang,
        onDocument: (_i: number, doc: Document) => {
          bytes += Buffer.byteLength(doc.text) + 64;
          progress.update(Math.min(bytes, size));
        },
      });
    } finally {
      progress.stop();
    }
  }
  const corpus = await readCorpus(flags, io);
  return termFrequency(corpus, options);
}

/** Output columns: the group column named after --by, dropped when ungrouped. */
function outputColumns(rows: readonly TermFrequencyRow[], flags: FreqFlags): { columns: string[]; renamed: Record<string, unknown>[] } {
  const grouped = (flags.by ?? "none") !== "none";
  const groupName = !grouped ? undefined : flags.by === "document" ? "doc_id" : flags.by!;
  const columns: string[] = [];
  if (groupName) columns.push(groupName);
  if (grouped && flags.by !== "document" && rows.some((r) => r.group_start !== null)) columns.push(`${groupName}_start`);
  if (flags.split) columns.push(flags.split);
  const rest = TERM_FREQUENCY_COLUMNS.filter((c) => c !== "group" && c !== "group_start" && c !== "split");
  columns.push(...rest);
  const renamed = rows.map((r) => {
    const o: Record<string, unknown> = {};
    if (groupName) o[groupName] = r.group;
    if (groupName) o[`${groupName}_start`] = r.group_start;
    if (flags.split) o[flags.split] = r.split;
    for (const c of rest) o[c] = r[c];
    return o;
  });
  return { columns, renamed };
}
