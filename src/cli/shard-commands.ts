/** shard count and merge: the contract for running a counting command over shards (worker processes, a Dask or Spark cluster). */
import { Command, Option } from "commander";
import * as fs from "node:fs";
import { formatRows, OutputFormat } from "../render/format-rows";
import { countShardFile } from "../recipes/count-shard-file";
import { mergePartialFiles } from "../recipes/merge-partial-files";
import { PartialKind } from "../shard/partial-table";
import { partialRows } from "../shard/partial-rows";
import { writePartial } from "../shard/write-partial";
import type { TermFrequencyRow } from "../measure/term-frequency";
import { outputColumns } from "./freq-commands";
import type { DictionaryRateRow } from "../compare/dictionary-rates";
import { DfmWeighting } from "../measure/dfm/dfm-types";
import { dictionaryOf } from "./kit-commands";
import { groupedOutput, intArg, loadOptions, numArg, splitList, tokenFlags, UsageError, warnTo, type CliIo, type TokenFlags } from "./shared";

interface ShardFlags extends TokenFlags {
  threads?: number;
  input: string;
  kind: PartialKind;
  out: string;
  meta?: string;
  skipInvalid?: boolean;
  encoding?: string;
  dateOrder?: "dmy" | "mdy";
  lang?: string;
  where?: string;
  by?: string;
  breaks?: string;
  split?: string;
  ngram?: number;
  top?: number;
  minCount?: number;
  terms?: string;
  target?: string;
  reference?: string;
  measure?: string;
  correction?: string;
  maxP?: number;
  node?: string;
  left?: number;
  right?: number;
  acrossSentences?: boolean;
  categories?: string;
  rules?: string;
  confidence?: number;
  dictionary?: string;
  level?: number;
  caseSensitive?: boolean;
  minDocfreq?: number;
  maxDocfreq?: number;
  select?: string;
  remove?: string;
  weight?: string;
}

/** Kinds that take the token options. */
const TOKEN_KINDS: readonly PartialKind[] = [PartialKind.freq, PartialKind.trend, PartialKind.keyness, PartialKind.collocates, PartialKind.dispersion, PartialKind.dfm];

/** The kind's options from the flags given (none filled in: each kind's defaults are those of its command). */
function kindOptions(flags: ShardFlags): Record<string, unknown> {
  const list = (s: string | undefined) => (s === undefined ? undefined : splitList(s));
  const o: Record<string, unknown> = {
    by: flags.by, breaks: list(flags.breaks), split: flags.split, ngram: flags.ngram, top: flags.top, minCount: flags.minCount, terms: list(flags.terms),
    target: flags.target, reference: flags.reference, measure: flags.measure, correction: flags.correction, maxP: flags.maxP,
    node: flags.node, left: flags.left, right: flags.right, acrossSentences: flags.acrossSentences, categories: list(flags.categories), rules: list(flags.rules), confidence: flags.confidence,
    // The dictionary is read now and travels in the partial's options (categories and patterns).
    dictionary: flags.dictionary === undefined ? undefined : dictionaryOf(flags.dictionary), level: flags.level, caseSensitive: flags.caseSensitive,
    minDocFreq: flags.minDocfreq, maxDocFreq: flags.maxDocfreq, select: list(flags.select), remove: list(flags.remove), weight: flags.weight,
  };
  const token: Record<string, unknown> = {
    stopwords: flags.stopwords, removeNumbers: flags.removeNumbers, removeUrls: flags.removeUrls, removeEmails: flags.removeEmails,
    removeHandles: flags.removeHandles, removeHashtags: flags.removeHashtags, hyphens: flags.keepHyphens ? "keep" : undefined, unicode: flags.unicode === "NFC" ? undefined : flags.unicode,
  };
  // Only the dfm kind counts stems and lemmas (per word, so per document); the others count words as written and refuse them rather than drop them.
  if (flags.kind === PartialKind.dfm) Object.assign(token, { stem: flags.stem, lemma: flags.lemma });
  else if (flags.stem !== undefined || flags.lemma) throw new UsageError(`shard count: ${flags.stem !== undefined ? "--stem" : "--lemma"} is supported by --kind dfm only (the other partial tables count words as written); count the whole corpus with the command itself`);
  const given = Object.keys(token).filter((k) => token[k] !== undefined);
  if (!TOKEN_KINDS.includes(flags.kind) && given.length > 0) throw new UsageError(`shard count: --kind ${flags.kind} takes no token options (got ${given.join(", ")})`);
  return { ...o, ...(TOKEN_KINDS.includes(flags.kind) ? token : {}) };
}

/** Registers `shard count` and `merge`. */
export function registerShardCommands(program: Command, io: CliIo): void {
  const shard = program.command("shard").description("count one shard of a corpus into a partial table (merge the partials with `merge`)");
  tokenFlags(shard.command("count").description("count one shard (a .jsonl file streams; any corpus file or folder) into a partial table: the counts of freq, trend, keyness, collocates, dispersion, stance markers, rhetoric --summary, dictionary or dfm, no statistics"))
    .requiredOption("--input <SHARD>", "the shard: a .jsonl file (streamed), or any corpus file or folder")
    .addOption(new Option("--kind <KIND>", "the table to count").choices(Object.values(PartialKind)).makeOptionMandatory())
    .requiredOption("--out <PARTIAL>", "the partial table to write (JSON Lines, e.g. part-0001.partial.jsonl)")
    .option("--meta <FILE>", "JSON Lines keyed by id whose fields join each document's metadata")
    .option("--skip-invalid", "skip bad records, reporting each on stderr, instead of stopping")
    .option("--encoding <NAME>", "text encoding (default: UTF-8)")
    .addOption(new Option("--date-order <dmy|mdy>", "how to read numeric dates such as 03/04/2019").choices(["dmy", "mdy"]))
    .option("--lang <CODE>", "language of documents that do not name their own (default: detected when the counts need it)")
    .addOption(new Option("--threads <N>", "worker threads counting in parallel (default 1: a cluster runs one shard per core)").argParser(intArg("--threads")))
    .option("--where <SELECTION>", 'count only the documents matching a selection, e.g. "party=Democratic, date>=1981" (tested while streaming)')
    .option("--by <GROUPING>", "freq, trend, stance-markers, rhetoric-summary, dictionary, dfm: group by a field, document, year, month, quarter, week, decade, century or period")
    .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start")
    .option("--split <FIELD>", "a second grouping field")
    .addOption(new Option("--ngram <N>", "freq, keyness, dfm: n-grams of 1 to 3 words").argParser(intArg("--ngram")))
    .addOption(new Option("--top <K>", "freq, keyness, collocates: keep the K strongest").argParser(intArg("--top")))
    .addOption(new Option("--min-count <N>", "freq, keyness, collocates: minimum count; dfm: keep features counted at least N times").argParser(intArg("--min-count")))
    .option("--terms <LIST>", "freq, trend, dispersion: comma-separated terms")
    .option("--target <SELECTION>", "keyness: documents of the target")
    .option("--reference <SELECTION>", "keyness: documents of the reference (default: every other document)")
    .option("--measure <NAME>", "keyness: g2, chi2, log_ratio, pct_diff; collocates: g2, mi, t_score, dice, o11")
    .option("--correction <none|bonferroni|fdr>", "keyness: p-value correction")
    .addOption(new Option("--max-p <P>", "keyness: keep rows with p_adjusted <= P").argParser(numArg("--max-p")))
    .option("--node <WORD>", "collocates: the node word")
    .addOption(new Option("--left <N>", "collocates: window tokens to the left").argParser(intArg("--left")))
    .addOption(new Option("--right <N>", "collocates: window tokens to the right").argParser(intArg("--right")))
    .option("--across-sentences", "collocates: let windows cross sentence ends")
    .option("--categories <LIST>", "stance-markers: comma-separated categories")
    .option("--rules <IDS>", "rhetoric-summary: comma-separated built-in rule ids")
    .addOption(new Option("--confidence <C>", "trend, stance-markers, rhetoric-summary, dictionary: confidence level of the intervals").argParser(numArg("--confidence")))
    .option("--dictionary <FILE|sample>", "dictionary, dfm: a LIWC .dic, quanteda .yml or JSON map of categories (sample: the shipped diplomacy.yml), read now and kept in the partial")
    .addOption(new Option("--level <N>", "dictionary: count nested categories at this level").argParser(intArg("--level")))
    .option("--case-sensitive", "dictionary, dfm with --dictionary: match entries as written")
    .addOption(new Option("--min-docfreq <N>", "dfm: keep features in at least N documents (after the merge)").argParser(intArg("--min-docfreq")))
    .addOption(new Option("--max-docfreq <N>", "dfm: keep features in at most N documents (after the merge)").argParser(intArg("--max-docfreq")))
    .option("--select <LIST>", "dfm: keep only these comma-separated features or globs (after the merge)")
    .option("--remove <LIST>", "dfm: remove these comma-separated features or globs (after the merge)")
    .addOption(new Option("--weight <count|prop|tfidf|boolean|log>", "dfm: weighting of the values (after the merge)").choices(Object.values(DfmWeighting)))
    .action(async (flags: ShardFlags) => {
      const { metaFile, skipInvalid, encoding, dateOrder, lang, onWarning } = loadOptions(flags, io);
      await countShardFile(flags.input, flags.kind, kindOptions(flags), { metaFile, skipInvalid, encoding, dateOrder, lang, onWarning, where: flags.where, out: flags.out, threads: flags.threads });
      io.stderr(`discourse-lab: wrote ${flags.out}\n`);
    });

  program
    .command("merge")
    .description("merge partial tables of `shard count` (same kind and options) and write the table, exactly as the command gives it on the whole corpus")
    .argument("<partials...>", "partial-table files")
    .requiredOption("--out <RESULT>", "the table to write (or, with --partial, the merged partial table)")
    .addOption(new Option("--format <table|csv|jsonl>", "output format (default: from --out: .jsonl jsonl, .txt table, else csv)").choices(Object.values(OutputFormat)))
    .option("--partial", "write the merged partial table instead of the statistics (to merge again later)")
    .action(async (files: string[], flags: { out: string; format?: string; partial?: boolean }) => {
      const merged = await mergePartialFiles(files);
      if (flags.partial) {
        await writePartial(merged, flags.out);
      } else {
        const format = flags.format ?? (flags.out.endsWith(".jsonl") ? OutputFormat.jsonl : flags.out.endsWith(".txt") ? OutputFormat.table : OutputFormat.csv);
        const { rows, columns } = partialRows(merged, warnTo(io));
        if (merged.kind === PartialKind.freq) {
          // As `freq` prints them: the group column named after --by.
          const out = outputColumns(rows as TermFrequencyRow[], { by: merged.options.by as string | undefined, split: merged.options.split as string | undefined });
          fs.writeFileSync(flags.out, formatRows(out.renamed, out.columns, format));
        } else if (merged.kind === PartialKind.dictionary) {
          // As `dictionary` prints them: the group column named after --by.
          const out = groupedOutput(rows as DictionaryRateRow[], columns, { by: (merged.options.by as string | undefined) ?? "none", split: merged.options.split as string | undefined });
          fs.writeFileSync(flags.out, formatRows(out.renamed, out.columns, format));
        } else {
          fs.writeFileSync(flags.out, formatRows(rows as Record<string, unknown>[], columns, format));
        }
      }
      io.stderr(`discourse-lab: merged ${files.length} partial table(s) (${merged.kind}) into ${flags.out}\n`);
    });
}
