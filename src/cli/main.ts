/**
 * The `discourse-lab` command line: argv -> recipes -> stdout and files. Commands are
 * thin; exit 0 on success, 2 on a usage error, 1 on an input or runtime error, with a
 * one-line message on stderr (never a stack trace for a user error).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { DiscourseError, ErrorCode } from "../errors";
import type { Corpus, Document, OnWarning } from "../types";
import { loadCorpus } from "../ingest/load-corpus";
import { TERM_FREQUENCY_COLUMNS, termFrequency, type TermFrequencyOptions, type TermFrequencyRow } from "../measure/term-frequency";
import { topTermsChart } from "../chart/top-terms-chart";
import { termTrendChart } from "../chart/term-trend-chart";
import { termTrendByGroupChart } from "../chart/term-trend-by-group-chart";
import type { ChartSpec } from "../chart/spec";
import { writeChart } from "../render/write-chart";
import { writeReport } from "../render/write-report";
import { quickstart } from "../recipes/quickstart";
import { termFrequencyFile } from "../recipes/term-frequency-file";
import { formatRows, OutputFormat } from "../render/format-rows";
import { progressReporter, type Progress } from "./progress";

/** Where the CLI writes; replaced in tests. */
export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Whether stderr is a terminal (progress bars show only then). */
  readonly stderrIsTTY: boolean;
}

const processIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

class UsageError extends Error {}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, help and --version exit 0; help shown for a missing subcommand is a usage error.
      if (e.exitCode === 0) return 0;
      return 2; // commander already printed the message
    }
    if (e instanceof UsageError) {
      io.stderr(`discourse-lab: ${e.message}\n`);
      return 2;
    }
    if (e instanceof DiscourseError) {
      io.stderr(`discourse-lab: ${e.message}\n`);
      return e.code === ErrorCode.invalidArgument ? 2 : 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === "string" && err.path) {
      io.stderr(`discourse-lab: ${err.path}: ${err.message}\n`);
      return 1;
    }
    io.stderr(`discourse-lab: internal error: ${err?.stack ?? String(e)}\n`);
    return 1;
  }
}

interface CorpusFlags {
  corpus: string;
  meta?: string;
  skipInvalid?: boolean;
  textColumn?: string;
  idColumn?: string;
  dateColumn?: string;
  progress: boolean;
}

interface FreqFlags extends CorpusFlags {
  by?: string;
  breaks?: string;
  split?: string;
  ngram: number;
  top?: number;
  minCount?: number;
  stopwords?: string;
  terms?: string;
  removeNumbers?: boolean;
  keepHyphens?: boolean;
  format: string;
}

function buildProgram(io: CliIo): Command {
  const program = new Command("discourse-lab")
    .description("Discourse analysis of political speech: term frequency, charts and reports.")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(usageLine(message)) });

  const corpusOptions = (cmd: Command): Command =>
    cmd
      .option("--corpus <sotu|PATH>", "the bundled State of the Union corpus, or a .jsonl, .csv, .json file or a folder of .txt/.md", "sotu")
      .option("--meta <FILE>", "JSON Lines keyed by id whose fields join each document's metadata (e.g. party)")
      .option("--skip-invalid", "skip bad records, reporting each on stderr, instead of stopping")
      .option("--text-column <NAME>", "CSV: column holding the text")
      .option("--id-column <NAME>", "CSV: column holding the id")
      .option("--date-column <NAME>", "CSV: column holding the date")
      .option("--no-progress", "no progress bar (it shows only when stderr is a terminal)");

  const freqOptions = (cmd: Command): Command =>
    cmd
      .option("--by <FIELD|document|year|decade|century|period>", "group rows by a field, by document or by period")
      .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start")
      .option("--split <FIELD>", "a second grouping field (small multiples)")
      .addOption(new Option("--ngram <N>", "count n-grams of 1 to 3 words").default(1).argParser(intArg("--ngram")))
      .addOption(new Option("--top <K>", "keep the K most frequent terms (per group)").argParser(intArg("--top")))
      .addOption(new Option("--min-count <N>", "keep terms counted at least N times").argParser(intArg("--min-count")))
      .option("--stopwords <LANG>", "remove the stopwords of a language (en, de, fr, ... or eng, deu, fas, ...)")
      .option("--terms <LIST>", "report exactly these comma-separated terms in every group, zeros included")
      .option("--remove-numbers", "drop number tokens")
      .option("--keep-hyphens", "keep hyphenated words as one token");

  freqOptions(corpusOptions(program.command("freq").description("term frequencies: count, per_1k, doc_freq, tfidf per term (and group)")))
    .addOption(new Option("--format <table|csv|jsonl>", "output format").choices(Object.values(OutputFormat)).default("table"))
    .action(async (flags: FreqFlags) => {
      const rows = await frequencyRows(flags, io);
      const { columns, renamed } = outputColumns(rows, flags);
      io.stdout(formatRows(renamed, columns, flags.format));
    });

  const chart = program.command("chart").description("write a chart as .vl.json, .svg and .png");
  freqOptions(corpusOptions(chart.command("top-terms").description("bar chart of the top terms (small multiples when grouped)")))
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file-name stem", "top-terms")
    .addOption(new Option("--measure <count|per_1k|tfidf>", "bar length").choices(["count", "per_1k", "tfidf"]).default("count"))
    .action(async (flags: FreqFlags & { out: string; name: string; measure: "count" | "per_1k" | "tfidf" }) => {
      const rows = await frequencyRows({ ...flags, top: flags.top ?? 10 }, io);
      await emitChart(topTermsChart(rows, { top: flags.top ?? 10, measure: flags.measure }), flags.out, flags.name, io);
    });
  freqOptions(corpusOptions(chart.command("trend").description("rates of several terms across dates (lines; small multiples with --split)")))
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file-name stem", "trend")
    .addOption(new Option("--measure <per_1k|count|tfidf>", "y axis").choices(["count", "per_1k", "tfidf"]).default("per_1k"))
    .action(async (flags: FreqFlags & { out: string; name: string; measure: "count" | "per_1k" | "tfidf" }) => {
      if (!flags.terms) throw new UsageError("chart trend: option --terms is required (comma-separated terms)");
      const terms = splitList(flags.terms);
      const rows = await frequencyRows({ ...flags, by: flags.by ?? "decade" }, io);
      const spec = flags.split
        ? termTrendByGroupChart(rows, { terms, measure: flags.measure })
        : termTrendChart(rows, { terms, measure: flags.measure });
      await emitChart(spec, flags.out, flags.name, io);
    });

  corpusOptions(program.command("report").description("the quick-start analysis: every chart and table plus index.html"))
    .requiredOption("--out <DIR>", "output folder")
    .action(async (flags: CorpusFlags & { out: string }) => {
      const corpus = await readCorpus(flags, io);
      const report = quickstart(corpus, undefined, warnTo(io));
      const files = await writeReport(report, flags.out);
      io.stderr(`discourse-lab: wrote ${files.length} files to ${flags.out} (open ${path.join(flags.out, "index.html")})\n`);
    });

  return program;
}

/** Commander's error message ("error: ...", maybe a "(Did you mean ...?)" line) as one line. */
function usageLine(message: string): string {
  const text = message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ").trim();
  return `discourse-lab: ${text} (add --help for usage)\n`;
}

function intArg(name: string): (v: string) => number {
  return (v) => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} takes a whole number; got "${v}"`);
    return Number(v);
  };
}

function splitList(s: string): string[] {
  return s.split(",").map((t) => t.trim()).filter((t) => t.length > 0);
}

function warnTo(io: CliIo): OnWarning {
  return (w) => {
    // Ingest warnings already start with their file and line; add them only when missing.
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}` : "";
    const located = where === "" || w.message.startsWith(w.file!) ? w.message : `${where}: ${w.message}`;
    io.stderr(`discourse-lab: warning: ${located}\n`);
  };
}

function isJsonl(p: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(p);
}

async function readCorpus(flags: CorpusFlags, io: CliIo): Promise<Corpus> {
  return loadCorpus(flags.corpus, {
    skipInvalid: flags.skipInvalid,
    onWarning: warnTo(io),
    metaFile: flags.meta,
    textColumn: flags.textColumn,
    idColumn: flags.idColumn,
    dateColumn: flags.dateColumn,
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
    stopwords: flags.stopwords ?? false,
    terms: flags.terms ? splitList(flags.terms) : undefined,
    removeNumbers: flags.removeNumbers ?? false,
    hyphens: flags.keepHyphens ? "keep" : "split",
    onWarning: warnTo(io),
  };
}

/** Term-frequency rows for a command; JSON Lines files stream, other corpora load whole. */
async function frequencyRows(flags: FreqFlags, io: CliIo): Promise<TermFrequencyRow[]> {
  const options = freqOptionsOf(flags, io);
  if (flags.corpus !== "sotu" && isJsonl(flags.corpus)) {
    if (!fs.existsSync(flags.corpus)) throw new DiscourseError(ErrorCode.io, `${flags.corpus}: no such file`, { file: flags.corpus });
    const size = fs.statSync(flags.corpus).size;
    const progress: Progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
    let bytes = 0;
    try {
      return await termFrequencyFile(flags.corpus, {
        ...options,
        metaFile: flags.meta,
        skipInvalid: flags.skipInvalid,
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

async function emitChart(spec: ChartSpec, out: string, name: string, io: CliIo): Promise<void> {
  const files = await writeChart(spec, out, name);
  io.stderr(`discourse-lab: wrote ${Object.values(files).join(", ")}\n`);
}
