/** freq, chart top-terms / trend. */
import { Command, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Document } from "../types";
import { TERM_FREQUENCY_COLUMNS, termFrequency, type TermFrequencyOptions, type TermFrequencyRow } from "../measure/term-frequency";
import { frequencyChart } from "../recipes/frequency-chart";
import { termFrequencyFile } from "../stream/term-frequency-file";
import { selectionFilter } from "../recipes/selection-filter";
import { progressReporter, type Progress } from "./progress";
import { streamedRows, streams } from "./streamed-table";
import {
  corpusOptions, emitChart, formatOption, groupedOutput, intArg, isJsonl, loadOptions, printRows, readCorpus, splitList, tokenFlags, tokenOptionsOf, UsageError, warnTo,
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
    .option("--terms <LIST>", 'report exactly these comma-separated terms in every group, zeros included; a phrase ("federal government") is counted as a phrase whatever --ngram is')
    .addOption(new Option("--threads <N>", "JSON Lines, CSV and folder corpora: worker threads counting in parallel (default: the cores, at most 4; 1 counts in the main thread)").argParser(intArg("--threads")));
}

/** Registers freq, chart top-terms and chart trend. */
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
 * (--threads), --where tested on each document as it streams, read with the same corpus
 * options as a loaded corpus (--meta, --skip-invalid, --encoding, --date-order, --lang);
 * other corpora load whole.
 */
async function frequencyRows(flags: FreqFlags, io: CliIo): Promise<TermFrequencyRow[]> {
  const options = freqOptionsOf(flags, io);
  if (flags.corpus !== "sotu" && isJsonl(flags.corpus)) {
    let kept = 0;
    const matches = flags.where === undefined ? undefined : selectionFilter(flags.where);
    const keep = matches && ((doc: Document) => (matches(doc) ? (kept++, true) : false));
    const size = fs.statSync(flags.corpus).size; // isJsonl has named a missing path
    const { metaFile, skipInvalid, encoding, dateOrder, lang } = loadOptions(flags, io);
    const progress: Progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
    let bytes = 0;
    try {
      const rows = await termFrequencyFile(flags.corpus, {
        ...options,
        keep,
        threads: flags.threads,
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
      // A selection matching nothing: the loaded corpus gives the error naming the clause and the nearest values.
      if (keep && kept === 0) await readCorpus(flags, io);
      return rows;
    } finally {
      progress.stop();
    }
  }
  if (streams(flags)) {
    // CSV files and folders stream through the freq partial table (JSON Lines above, through freq's own engine).
    const { onWarning: _w, stem: _s, lemma: _l, ...counting } = options;
    return (await streamedRows(flags, io, "freq", counting)) as TermFrequencyRow[];
  }
  const corpus = await readCorpus(flags, io);
  return termFrequency(corpus, options);
}

/** Output columns of `freq` (and of `merge` of freq partials): the group column named after --by, dropped when ungrouped. */
export function outputColumns(rows: readonly TermFrequencyRow[], flags: Pick<FreqFlags, "by" | "split">): { columns: string[]; renamed: Record<string, unknown>[] } {
  return groupedOutput(rows, TERM_FREQUENCY_COLUMNS, flags);
}
