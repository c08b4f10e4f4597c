/** kwic, keyness, collocates, dispersion, trend and compare: the corpus-linguistics commands. */
import { Command, Option } from "commander";
import { keynessByPeriod, PERIOD_KEYNESS_COLUMNS } from "../compare/keyness-by-period";
import { TERM_FIRST_LAST_USE_COLUMNS, termFirstLastUse } from "../compare/term-first-last-use";
import { TERM_RATE_COLUMNS, termRates } from "../compare/term-rates";
import { KEYNESS_COLUMNS, keyness, type KeynessCorpusOptions, type KeynessMeasure, type PCorrection } from "../measure/keyness";
import { COLLOCATE_COLUMNS, collocates, type AssociationMeasure } from "../measure/collocates";
import { SEQUENTIAL_COLLOCATION_COLUMNS, sequentialCollocations } from "../measure/sequential-collocations";
import { DISPERSION_HIT_COLUMNS } from "../measure/dispersion-hits";
import { dispersionHitsIterate } from "../measure/dispersion-hits-iterate";
import { DISPERSION_COLUMNS, dispersionMeasures } from "../measure/dispersion-measures";
import { KWIC_COLUMNS, KwicSort, type KwicOptions } from "../measure/kwic";
import { kwicStream } from "../measure/kwic-stream";
import { selectedDocuments } from "../recipes/selected-documents";
import { kwicIterate } from "../measure/kwic-iterate";
import { comparisonChart } from "../recipes/comparison-chart";
import { selectionPair } from "../recipes/selection-pair";
import { streamedRows, streams, threadsOption } from "./streamed-table";
import {
  corpusOptions, emitChart, formatOption, intArg, limitOption, loadOptions, numArg, printRows, readCorpus, splitList, STEM_LANGUAGE_LIST, tokenFlags as tokenOptions, tokenOptionsOf, UsageError, warnTo,
  type CliIo, type CorpusFlags, type TokenFlags,
} from "./shared";

interface KeynessFlags extends CorpusFlags, TokenFlags {
  target: string;
  reference?: string;
  measure: KeynessMeasure;
  correction: PCorrection;
  minCount: number;
  maxP: number;
  top?: number;
  ngram: number;
  format: string;
}

function keynessOptions(cmd: Command): Command {
  return tokenOptions(cmd)
    .addOption(new Option("--measure <g2|chi2|log_ratio|pct_diff>", "rank terms by").choices(["g2", "chi2", "log_ratio", "pct_diff"]).default("g2"))
    .addOption(new Option("--correction <none|bonferroni|fdr>", "correct p for multiple tests").choices(["none", "bonferroni", "fdr"]).default("none"))
    .addOption(new Option("--min-count <N>", "test terms counted at least N times in both groups together").default(5).argParser(intArg("--min-count")))
    .addOption(new Option("--max-p <P>", "keep rows with p_adjusted <= P").default(1).argParser(numArg("--max-p")))
    .addOption(new Option("--top <K>", "keep the K strongest terms in each direction").argParser(intArg("--top")))
    .addOption(new Option("--ngram <N>", "terms of 1 to 3 words").default(1).argParser(intArg("--ngram")));
}

/** The keyness options of a command's flags. */
function keynessOptionsOf(flags: KeynessFlags, io: CliIo): KeynessCorpusOptions {
  return {
    ...tokenOptionsOf(flags),
    measure: flags.measure,
    correction: flags.correction,
    minCount: flags.minCount,
    maxP: flags.maxP,
    top: flags.top,
    ngram: flags.ngram,
    onWarning: warnTo(io),
  };
}

/** The period keyness options of a command's flags. */
function periodKeynessOptionsOf(flags: KeynessFlags & PeriodFlags, top: number | undefined, io: CliIo) {
  return { ...keynessOptionsOf({ ...flags, top }, io), by: flags.by, breaks: flags.breaks ? splitList(flags.breaks) : undefined };
}

interface PeriodFlags {
  by: "year" | "decade" | "century" | "period";
  breaks?: string;
}

const periodOptions = (cmd: Command): Command =>
  cmd
    .addOption(new Option("--by <year|decade|century|period>", "periods").choices(["year", "decade", "century", "period"]).default("decade"))
    .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start");

/** Registers kwic, keyness, collocates, dispersion, trend, compare and their charts. */
export function registerCompareCommands(program: Command, chart: Command, io: CliIo): void {
  kwicCommand(program, io);
  keynessCommand(program, io);
  collocatesCommand(program, io);
  dispersionCommand(program, io);
  trendCommand(program, io);
  compareCommand(program, io);
  comparisonChartCommands(chart, io);
}

function kwicCommand(program: Command, io: CliIo): void {
  formatOption(corpusOptions(program.command("kwic").description("concordance lines of a word, glob (negotiat*), phrase or /regex/")))
    .argument("<pattern>", 'a word, a glob ("negotiat*"), a phrase ("maximum pressure") or /regex/ matched against whole tokens')
    .option("--window <N|sentence>", "context: N tokens each side, or the sentence", "5")
    .addOption(new Option("--sort <position|left|right>", "order of the lines").choices(["position", "left", "right"]).default("position"))
    .option("--case-sensitive", "match the case of the pattern")
    .option("--stem <LANG>", `match stems; lines still show the words as written (${STEM_LANGUAGE_LIST})`)
    .option("--lemma", "match English lemmas; lines still show the words as written")
    .addOption(new Option("--limit <K>", "print at most K lines; the search stops once they are found (with --sort position)").argParser(intArg("--limit")))
    .addOption(new Option("--context-chars <N>", "at most N characters of context on each side of the match (left, right, sentence)").default(300).argParser(intArg("--context-chars")))
    .action(async (pattern: string, flags: CorpusFlags & { window: string; sort: KwicSort; caseSensitive?: boolean; stem?: string; lemma?: boolean; limit?: number; contextChars: number; format: string }) => {
      const window: number | "sentence" = flags.window === "sentence" ? "sentence" : Number(flags.window);
      if (window !== "sentence" && !(Number.isInteger(window) && window >= 0)) throw new UsageError(`kwic: --window takes a whole number or "sentence"; got "${flags.window}"`);
      if (flags.contextChars < 1) throw new UsageError(`kwic: --context-chars takes a whole number of at least 1; got ${flags.contextChars}`);
      const options: KwicOptions = { window, sort: flags.sort, caseSensitive: flags.caseSensitive, stem: flags.stem ?? false, lemma: flags.lemma ?? false, limit: flags.limit, contextChars: flags.contextChars, onWarning: warnTo(io) };
      if (streams(flags, flags.sort === KwicSort.position)) {
        // Lines in corpus order stream: documents read one at a time, the reading stopped once --limit lines are found.
        await printRows(io, kwicStream(selectedDocuments(flags.corpus, { ...loadOptions(flags, io), where: flags.where }), pattern, options), KWIC_COLUMNS, flags.format);
        return;
      }
      const corpus = await readCorpus(flags, io);
      await printRows(io, kwicIterate(corpus, pattern, options), KWIC_COLUMNS, flags.format);
    });
}

function keynessCommand(program: Command, io: CliIo): void {
  threadsOption(formatOption(keynessOptions(corpusOptions(program.command("keyness").description("key terms of a target against a reference (G2, chi2, log ratio, %DIFF)")))))
    .requiredOption("--target <SELECTION>", 'documents of the target, e.g. "date>=2001-01-01" or "id=sotu-2002-01-29"')
    .option("--reference <SELECTION>", "documents of the reference (default: every document not in the target)")
    .action(async (flags: KeynessFlags) => {
      const options = keynessOptionsOf(flags, io);
      if (streams(flags)) {
        const { onWarning: _w, stem: _s, lemma: _l, ...counting } = options;
        const selections = [flags.target, ...(flags.reference === undefined ? [] : [flags.reference])];
        await printRows(io, await streamedRows(flags, io, "keyness", { ...counting, target: flags.target, reference: flags.reference }, selections), KEYNESS_COLUMNS, flags.format);
        return;
      }
      const [target, reference] = selectionPair(await readCorpus(flags, io), flags.target, flags.reference);
      await printRows(io, keyness(target, reference, options), KEYNESS_COLUMNS, flags.format);
    });
}

type CollocateFlags = CorpusFlags & TokenFlags & { left: number; right: number; acrossSentences?: boolean; sequential?: number; measure: AssociationMeasure; minCount: number; top?: number; format: string };

function collocatesCommand(program: Command, io: CliIo): void {
  threadsOption(formatOption(tokenOptions(corpusOptions(program.command("collocates").description("collocates of a node word in a window (MI, t-score, G2, Dice), or sequential collocations")))))
    .argument("[node]", "the node word (omit with --sequential)")
    .addOption(new Option("--left <N>", "window tokens to the left").default(5).argParser(intArg("--left")))
    .addOption(new Option("--right <N>", "window tokens to the right").default(5).argParser(intArg("--right")))
    .option("--across-sentences", "let windows cross sentence ends")
    .addOption(new Option("--sequential <N>", "rank adjacent n-grams (2 or 3) instead of a node's collocates").argParser(intArg("--sequential")))
    .addOption(new Option("--measure <g2|mi|t_score|dice|o11>", "rank by").choices(["g2", "mi", "t_score", "dice", "o11"]).default("g2"))
    .addOption(new Option("--min-count <N>", "keep pairs seen at least N times").default(1).argParser(intArg("--min-count")))
    .addOption(new Option("--top <K>", "keep the K strongest").argParser(intArg("--top")))
    .action(async (node: string | undefined, flags: CollocateFlags) => {
      const common = { ...tokenOptionsOf(flags), measure: flags.measure, minCount: flags.minCount, top: flags.top };
      if (streams(flags, flags.sequential === undefined && node !== undefined)) {
        const { stem: _s, lemma: _l, ...counting } = common;
        const options = { ...counting, node, left: flags.left, right: flags.right, acrossSentences: flags.acrossSentences };
        await printRows(io, await streamedRows(flags, io, "collocates", options), COLLOCATE_COLUMNS, flags.format);
        return;
      }
      const corpus = await readCorpus(flags, io);
      if (flags.sequential !== undefined) {
        if (node !== undefined) throw new UsageError("collocates: give a node word or --sequential, not both");
        await printRows(io, sequentialCollocations(corpus, { ...common, n: flags.sequential }), SEQUENTIAL_COLLOCATION_COLUMNS, flags.format);
        return;
      }
      if (node === undefined) throw new UsageError("collocates: a node word is required (or --sequential 2|3)");
      const rows = collocates(corpus, node, { ...common, left: flags.left, right: flags.right, acrossSentences: flags.acrossSentences, onWarning: warnTo(io) });
      await printRows(io, rows, COLLOCATE_COLUMNS, flags.format);
    });
}

function dispersionCommand(program: Command, io: CliIo): void {
  threadsOption(limitOption(formatOption(corpusOptions(program.command("dispersion").description("where terms fall: Juilland's D and Gries' DP, or every hit with --hits"))), "hits (with --hits)"))
    .requiredOption("--terms <LIST>", "comma-separated words or phrases")
    .addOption(new Option("--parts <N>", "measure over N equal chunks of the corpus instead of its documents").argParser(intArg("--parts")))
    .option("--hits", "print every occurrence (document, position, offsets) instead of the measures")
    .action(async (flags: CorpusFlags & { terms: string; parts?: number; hits?: boolean; limit?: number; format: string }) => {
      const terms = splitList(flags.terms);
      if (streams(flags, !flags.hits && flags.parts === undefined)) {
        await printRows(io, await streamedRows(flags, io, "dispersion", { terms }), DISPERSION_COLUMNS, flags.format);
        return;
      }
      const corpus = await readCorpus(flags, io);
      if (flags.hits) await printRows(io, dispersionHitsIterate(corpus, terms, { onWarning: warnTo(io) }), DISPERSION_HIT_COLUMNS, flags.format, flags.limit);
      else await printRows(io, dispersionMeasures(corpus, terms, { parts: flags.parts ?? "documents", onWarning: warnTo(io) }), DISPERSION_COLUMNS, flags.format);
    });
}

function trendCommand(program: Command, io: CliIo): void {
  threadsOption(formatOption(tokenOptions(periodOptions(corpusOptions(program.command("trend").description("rates of terms per period with confidence intervals"))))))
    .requiredOption("--terms <LIST>", "comma-separated words (or phrases of the same length)")
    .option("--split <FIELD>", "a second grouping field")
    .addOption(new Option("--confidence <C>", "confidence level of the intervals").default(0.95).argParser(numArg("--confidence")))
    .option("--first-last", "print each term's first and last dated use (document, date, offsets) instead of rates")
    .action(async (flags: CorpusFlags & TokenFlags & PeriodFlags & { terms: string; split?: string; confidence: number; firstLast?: boolean; format: string }) => {
      const periods = { by: flags.by, breaks: flags.breaks ? splitList(flags.breaks) : undefined, split: flags.split, confidence: flags.confidence };
      if (streams(flags, !flags.firstLast)) {
        const { stem: _s, lemma: _l, ...tokens } = tokenOptionsOf(flags);
        await printRows(io, await streamedRows(flags, io, "trend", { ...tokens, ...periods, terms: splitList(flags.terms) }), TERM_RATE_COLUMNS, flags.format);
        return;
      }
      const corpus = await readCorpus(flags, io);
      if (flags.firstLast) {
        await printRows(io, termFirstLastUse(corpus, splitList(flags.terms), { ...tokenOptionsOf(flags), onWarning: warnTo(io) }), TERM_FIRST_LAST_USE_COLUMNS, flags.format);
        return;
      }
      const rows = termRates(corpus, splitList(flags.terms), { ...tokenOptionsOf(flags), ...periods, onWarning: warnTo(io) });
      await printRows(io, rows, TERM_RATE_COLUMNS, flags.format);
    });
}

function compareCommand(program: Command, io: CliIo): void {
  formatOption(keynessOptions(periodOptions(corpusOptions(program.command("compare").description("what rose and fell from each period to the next (keyness of adjacent periods)")))))
    .action(async (flags: KeynessFlags & PeriodFlags) => {
      const corpus = await readCorpus(flags, io);
      await printRows(io, keynessByPeriod(corpus, periodKeynessOptionsOf(flags, flags.top, io)), PERIOD_KEYNESS_COLUMNS, flags.format);
    });
}

/** chart keyness, compare, dispersion, trend-ci and scatter: each one `comparisonChart` call. */
function comparisonChartCommands(chart: Command, io: CliIo): void {
  const output = (cmd: Command, name: string) => cmd.requiredOption("--out <DIR>", "output folder").option("--name <NAME>", "file-name stem", name);
  type Out = { out: string; name: string };
  output(keynessOptions(corpusOptions(chart.command("keyness").description("diverging bars of the key terms of a target against a reference"))), "keyness")
    .requiredOption("--target <SELECTION>", "documents of the target")
    .option("--reference <SELECTION>", "documents of the reference (default: the rest)")
    .action(async (flags: KeynessFlags & Out) => {
      const top = flags.top ?? 15;
      const spec = comparisonChart(await readCorpus(flags, io), { chart: "keyness", target: flags.target, reference: flags.reference, options: { ...keynessOptionsOf({ ...flags, top }, io), top } });
      await emitChart(spec, flags.out, flags.name, io);
    });
  output(keynessOptions(periodOptions(corpusOptions(chart.command("compare").description("small multiples: what rose and fell from each period to the next")))), "compare")
    .action(async (flags: KeynessFlags & PeriodFlags & Out) => {
      const top = flags.top ?? 8;
      const spec = comparisonChart(await readCorpus(flags, io), { chart: "compare", options: { ...periodKeynessOptionsOf(flags, top, io), top } });
      await emitChart(spec, flags.out, flags.name, io);
    });
  output(corpusOptions(chart.command("dispersion").description("x-ray plot: where each term falls in each document")), "dispersion")
    .requiredOption("--terms <LIST>", "comma-separated words or phrases")
    .action(async (flags: CorpusFlags & Out & { terms: string }) => {
      await emitChart(comparisonChart(await readCorpus(flags, io), { chart: "dispersion", terms: splitList(flags.terms), onWarning: warnTo(io) }), flags.out, flags.name, io);
    });
  output(tokenOptions(periodOptions(corpusOptions(chart.command("trend-ci").description("rates of terms per period with confidence bands")))), "trend-ci")
    .requiredOption("--terms <LIST>", "comma-separated words")
    .addOption(new Option("--confidence <C>", "confidence level of the bands").default(0.95).argParser(numArg("--confidence")))
    .action(async (flags: CorpusFlags & TokenFlags & PeriodFlags & Out & { terms: string; confidence: number }) => {
      const options = { ...tokenOptionsOf(flags), by: flags.by, breaks: flags.breaks ? splitList(flags.breaks) : undefined, confidence: flags.confidence, onWarning: warnTo(io) };
      await emitChart(comparisonChart(await readCorpus(flags, io), { chart: "trend-ci", terms: splitList(flags.terms), options }), flags.out, flags.name, io);
    });
  output(keynessOptions(corpusOptions(chart.command("scatter").description("two groups side by side: each term's rate in A against B, with concordance tooltips"))), "scatter")
    .requiredOption("--target <SELECTION>", 'group A, e.g. "id=sotu-2002-01-29"')
    .requiredOption("--reference <SELECTION>", "group B")
    .action(async (flags: KeynessFlags & Out & { reference: string }) => {
      const options = { ...tokenOptionsOf(flags), minCount: flags.minCount, top: flags.top ?? 60, onWarning: warnTo(io) };
      await emitChart(comparisonChart(await readCorpus(flags, io), { chart: "scatter", target: flags.target, reference: flags.reference, options }), flags.out, flags.name, io);
    });
}
