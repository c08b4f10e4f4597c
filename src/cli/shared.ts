/** What every command shares: corpus options, argument parsers, warnings, chart output. */
import { open } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import type { TokenOptions } from "../segment/token-filter";
import type { StopwordSpec } from "../segment/stopword-spec";
import { readStopwords } from "../recipes/read-stopwords";
import { loadCorpus, type LoadCorpusOptions } from "../ingest/load-corpus";
import { corpusSourceKind } from "../ingest/corpus-source-kind";
import { selectDocuments } from "../compare/select-documents";
import type { ChartSpec } from "../chart/spec";
import { writeChart } from "../render/write-chart";
import type { ReportTable } from "../render/report";
import { OutputFormat } from "../render/format-rows";
import { writeRows, type RowSink } from "../render/write-rows";
import type { Corpus, OnWarning } from "../types";
import { STEM_LANGUAGES } from "../index";

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

/** The flags of the token options (stopwords already read by {@link resolveStopwordFlag}). */
export interface TokenFlags {
  stopwords?: string | StopwordSpec;
  removeNumbers?: boolean;
  removeUrls?: boolean;
  removeEmails?: boolean;
  removeHandles?: boolean;
  removeHashtags?: boolean;
  keepHyphens?: boolean;
  unicode?: "NFC" | "NFKC" | "none";
  stem?: string;
  lemma?: boolean;
}

export interface FreqFlags extends CorpusFlags, TokenFlags {
  by?: string;
  breaks?: string;
  split?: string;
  ngram: number;
  top?: number;
  minCount?: number;
  terms?: string;
  threads?: number;
  format: string;
}

/** The languages of --stem, for help texts. */
export const STEM_LANGUAGE_LIST = Object.keys(STEM_LANGUAGES).join(", ");

/** The token options every counting command takes. */
export function tokenFlags(cmd: Command): Command {
  return cmd
    .option(
      "--stopwords <LIST>",
      'remove stopwords: "auto" (each document\'s language), languages (en, fa, de, ... or eng, fas, deu), "file:PATH" (one word per line), +word / -word (en+foo-bar), comma-separated',
    )
    .option("--remove-numbers", "drop number tokens")
    .option("--remove-urls", "drop URLs (https://..., www..., site.gov/...)")
    .option("--remove-emails", "drop e-mail addresses")
    .option("--remove-handles", "drop @handles")
    .option("--remove-hashtags", "drop #hashtags")
    .option("--keep-hyphens", "keep hyphenated words as one token")
    .addOption(new Option("--unicode <NFC|NFKC|none>", "Unicode normalization of the terms (never of the text)").choices(["NFC", "NFKC", "none"]).default("NFC"))
    .option("--stem <LANG>", `match and count stems (natural's stemmers: ${STEM_LANGUAGE_LIST})`)
    .option("--lemma", "match and count English lemmas (wink-lemmatizer)");
}

/** The token options of a command's flags. */
export function tokenOptionsOf(flags: TokenFlags): TokenOptions {
  return {
    stopwords: flags.stopwords ?? false,
    removeNumbers: flags.removeNumbers ?? false,
    removeUrls: flags.removeUrls ?? false,
    removeEmails: flags.removeEmails ?? false,
    removeHandles: flags.removeHandles ?? false,
    removeHashtags: flags.removeHashtags ?? false,
    hyphens: flags.keepHyphens ? "keep" : "split",
    unicode: flags.unicode ?? "NFC",
    stem: flags.stem ?? false,
    lemma: flags.lemma ?? false,
  };
}

/**
 * A preAction hook: reads `--stopwords` (its "file:" lists included) into a stopword
 * specification before the command runs, so a bad list fails before the corpus is read.
 */
export async function resolveStopwordFlag(_program: Command, action: Command): Promise<void> {
  const value = action.getOptionValue("stopwords") as unknown;
  if (typeof value === "string") action.setOptionValue("stopwords", await readStopwords(value));
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
 * the limit is reached or the reader goes away. With `out`, writes them to that file
 * instead (streamed the same way) and says so on stderr.
 */
export async function printRows(io: CliIo, rows: Iterable<object> | AsyncIterable<object>, columns: readonly string[], format: string, limit?: number, out?: string): Promise<number> {
  const source = (limit === undefined ? rows : firstRows(rows, limit)) as Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;
  if (out === undefined) return writeRows(io.stdoutStream ?? { write: (s) => (io.stdout(s), true) }, source, columns, format);
  const file = (await open(out, "w")).createWriteStream(); // a bad path fails here, before any row is made
  file.on("error", () => undefined); // a write error reaches writeRows (on drain) or `finished` below
  try {
    const n = await writeRows(file, source, columns, format);
    file.end();
    await finished(file);
    io.stderr(`discourse-lab: wrote ${out}\n`);
    return n;
  } finally {
    if (!file.writableFinished) file.destroy();
  }
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

/** Warnings of one code printed in full per run; the rest are counted (see {@link flushWarnings}). */
const WARNINGS_SHOWN_PER_CODE = 3;
const warningCounts = new WeakMap<CliIo, Map<string, number>>();

/**
 * The onWarning of a command: prints each warning on stderr, at most three of one code
 * (the measures already say "N documents ..." once; this bounds what is reported per file
 * or per record, such as an encoding detected in each of 300 files), counting the rest for
 * {@link flushWarnings}.
 */
export function warnTo(io: CliIo): OnWarning {
  let counts = warningCounts.get(io);
  if (!counts) warningCounts.set(io, (counts = new Map()));
  const seen = counts;
  return (w) => {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    if (n > WARNINGS_SHOWN_PER_CODE) return;
    // Ingest warnings already start with their file and line; add them only when missing.
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}` : "";
    const located = where === "" || w.message.startsWith(w.file!) ? w.message : `${where}: ${w.message}`;
    io.stderr(`discourse-lab: warning: ${located}\n`);
  };
}

/** Prints, once per code, how many warnings {@link warnTo} did not show, and forgets them. */
export function flushWarnings(io: CliIo): void {
  const counts = warningCounts.get(io);
  if (!counts) return;
  for (const [code, n] of counts) {
    if (n > WARNINGS_SHOWN_PER_CODE) io.stderr(`discourse-lab: warning: ${n - WARNINGS_SHOWN_PER_CODE} more warning(s) like the above (${code}) not shown\n`);
  }
  warningCounts.delete(io);
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
  return flags.where ? selectDocuments(corpus, flags.where, { ifEmpty: "error" }) : corpus;
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

/**
 * Rows of a per-group table for output: the group column named after --by (doc_id for
 * --by document), its period start beside it when any row has one, the split column named
 * after --split; group columns dropped when ungrouped.
 */
export function groupedOutput(
  rows: readonly { readonly group: string; readonly group_start: string | null; readonly split: string | null }[],
  allColumns: readonly string[],
  flags: { by?: string; split?: string },
): { columns: string[]; renamed: Record<string, unknown>[] } {
  const grouped = (flags.by ?? "none") !== "none";
  const groupName = !grouped ? undefined : flags.by === "document" ? "doc_id" : flags.by!;
  const columns: string[] = [];
  if (groupName) columns.push(groupName);
  if (grouped && flags.by !== "document" && rows.some((r) => r.group_start !== null)) columns.push(`${groupName}_start`);
  if (flags.split) columns.push(flags.split);
  const rest = allColumns.filter((c) => c !== "group" && c !== "group_start" && c !== "split");
  columns.push(...rest);
  const renamed = rows.map((r) => {
    const o: Record<string, unknown> = {};
    if (groupName) o[groupName] = r.group;
    if (groupName) o[`${groupName}_start`] = r.group_start;
    if (flags.split) o[flags.split] = r.split;
    for (const c of rest) o[c] = (r as Record<string, unknown>)[c];
    return o;
  });
  return { columns, renamed };
}
