/** What every command shares: corpus options, argument parsers, warnings, chart output. */
import { Command, InvalidArgumentError, Option } from "commander";
import { loadCorpus, type LoadCorpusOptions } from "../ingest/load-corpus";
import { corpusSourceKind } from "../ingest/corpus-source-kind";
import { selectDocuments } from "../compare/select-documents";
import type { ChartSpec } from "../chart/spec";
import { writeChart } from "../render/write-chart";
import type { ReportTable } from "../render/report";
import { OutputFormat } from "../render/format-rows";
import { writeRows, type RowSink } from "../render/write-rows";
import type { Corpus, OnWarning } from "../types";

/** Where the CLI writes; replaced in tests. */
export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Whether stderr is a terminal (progress bars show only then). */
  readonly stderrIsTTY: boolean;
  /** The stream behind `stdout`, when there is one: rows are written to it as they are found, waiting when it is full. */
  readonly stdoutStream?: RowSink;
}

/** A usage mistake found after parsing (exit 2). */
export class UsageError extends Error {}

export interface CorpusFlags {
  corpus: string;
  meta?: string;
  skipInvalid?: boolean;
  textColumn?: string;
  idColumn?: string;
  dateColumn?: string;
  encoding?: string;
  dateOrder?: "dmy" | "mdy";
  lang?: string;
  pdfPages?: boolean;
  progress: boolean;
  where?: string;
}

export interface FreqFlags extends CorpusFlags {
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


/** The options that choose and read a corpus. */
export function corpusOptions(cmd: Command): Command {
  return cmd
    .option("--corpus <sotu|PATH>", "the bundled State of the Union corpus, a folder (formats mixed), or a .jsonl, .csv, .json, .txt, .md, .html, .pdf or .docx file", "sotu")
    .option("--meta <FILE>", "JSON Lines keyed by id whose fields join each document's metadata (e.g. party)")
    .option("--skip-invalid", "skip bad records, reporting each on stderr, instead of stopping")
    .option("--text-column <NAME>", "CSV: column holding the text")
    .option("--id-column <NAME>", "CSV: column holding the id")
    .option("--date-column <NAME>", "CSV: column holding the date")
    .option("--encoding <NAME>", "read text files in this encoding (default: detect, with a warning when not UTF-8)")
    .addOption(new Option("--date-order <dmy|mdy>", "how to read numeric dates such as 03/04/2019").choices(["dmy", "mdy"]))
    .option("--lang <CODE>", "the language of documents without their own lang field (default: detect)")
    .option("--pdf-pages", "one document per PDF page")
    .option("--no-progress", "no progress bar (it shows only when stderr is a terminal)")
    .option("--where <SELECTION>", 'keep only documents matching FIELD OP VALUE[,...], e.g. "date>=2001-01-01,party=Democratic"');
}

/** The --format option of commands printing rows. */
export function formatOption(cmd: Command): Command {
  return cmd.addOption(new Option("--format <table|csv|jsonl>", "output format").choices(Object.values(OutputFormat)).default("table"));
}

/**
 * Prints rows in the chosen format as they come (row by row, never one string of the
 * whole output), at most `limit` of them: rows from a lazy source stop being made once
 * the limit is reached or the reader goes away.
 */
export async function printRows(io: CliIo, rows: Iterable<object> | AsyncIterable<object>, columns: readonly string[], format: string, limit?: number): Promise<number> {
  const sink: RowSink = io.stdoutStream ?? { write: (s) => (io.stdout(s), true) };
  const source = (limit === undefined ? rows : firstRows(rows, limit)) as Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;
  return writeRows(sink, source, columns, format);
}

/** The first `limit` rows; the source is closed (its search stopped) once they are taken. */
function firstRows<T>(rows: Iterable<T> | AsyncIterable<T>, limit: number): Iterable<T> | AsyncIterable<T> {
  if (Symbol.asyncIterator in rows) {
    return (async function* () {
      let n = 0;
      if (limit > 0) for await (const r of rows) {
        yield r;
        if (++n >= limit) return;
      }
    })();
  }
  return (function* () {
    let n = 0;
    if (limit > 0) for (const r of rows) {
      yield r;
      if (++n >= limit) return;
    }
  })();
}

/** The --limit option of commands printing one row per hit. */
export function limitOption(cmd: Command, what = "rows"): Command {
  return cmd.addOption(new Option("--limit <K>", `print at most K ${what}; the search stops once they are found`).argParser(intArg("--limit")));
}

/** Commander's error message ("error: ...", maybe a "(Did you mean ...?)" line) as one line. */
export function usageLine(message: string): string {
  const text = message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ").trim();
  return `discourse-lab: ${text} (add --help for usage)\n`;
}

/** Parses a whole-number option value. */
export function intArg(name: string): (v: string) => number {
  return (v) => {
    if (!/^\d+$/.test(v)) throw new InvalidArgumentError(`${name} takes a whole number; got "${v}"`);
    return Number(v);
  };
}

export function splitList(s: string): string[] {
  return s.split(",").map((t) => t.trim()).filter((t) => t.length > 0);
}

export function warnTo(io: CliIo): OnWarning {
  return (w) => {
    // Ingest warnings already start with their file and line; add them only when missing.
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}` : "";
    const located = where === "" || w.message.startsWith(w.file!) ? w.message : `${where}: ${w.message}`;
    io.stderr(`discourse-lab: warning: ${located}\n`);
  };
}

/** Whether the corpus spec is a JSON Lines file; throws naming a missing path (the kind is decided in ingest). */
export function isJsonl(p: string): boolean {
  return corpusSourceKind(p) === "jsonl";
}

/** loadCorpus's options from the corpus-reading flags (all but --corpus and --where). */
export function loadOptions(flags: Omit<CorpusFlags, "corpus" | "where" | "progress">, io: CliIo): LoadCorpusOptions {
  return {
    skipInvalid: flags.skipInvalid,
    onWarning: warnTo(io),
    metaFile: flags.meta,
    textColumn: flags.textColumn,
    idColumn: flags.idColumn,
    dateColumn: flags.dateColumn,
    encoding: flags.encoding,
    dateOrder: flags.dateOrder,
    lang: flags.lang,
    pdfPages: flags.pdfPages,
  };
}

export async function readCorpus(flags: CorpusFlags, io: CliIo): Promise<Corpus> {
  const corpus = await loadCorpus(flags.corpus, loadOptions(flags, io));
  return flags.where ? selectDocuments(corpus, flags.where) : corpus;
}

/** Writes a chart (and the table behind it, as `<name>.csv`, when given) and says where on stderr. */
export async function emitChart(spec: ChartSpec, out: string, name: string, io: CliIo, table?: ReportTable): Promise<void> {
  const files = await writeChart(spec, out, name, { table });
  io.stderr(`discourse-lab: wrote ${Object.values(files).join(", ")}\n`);
}

/** Parses a number option value. */
export function numArg(name: string): (v: string) => number {
  return (v) => {
    const x = Number(v);
    if (v.trim() === "" || !Number.isFinite(x)) throw new InvalidArgumentError(`${name} takes a number; got "${v}"`);
    return x;
  };
}
