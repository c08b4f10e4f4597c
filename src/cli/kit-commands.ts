/** The analyst's standard kit: dfm, dictionary, readability, diversity, similarity, scale wordscores|wordfish. */
import { Command, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { DFM_LONG_COLUMNS, dfmLongRows } from "../measure/dfm/dfm-long-rows";
import { dfmMatrixMarket } from "../measure/dfm/dfm-matrix-market";
import { dfm } from "../measure/dfm/dfm";
import { dfmSelect } from "../measure/dfm/dfm-select";
import { dfmTrim } from "../measure/dfm/dfm-trim";
import { DfmWeighting, type Dfm } from "../measure/dfm/dfm-types";
import { dfmWeight } from "../measure/dfm/dfm-weight";
import { dictionaryDfm } from "../measure/dfm/dictionary-dfm";
import { DICTIONARY_MATCH_COLUMNS, dictionaryMatches } from "../measure/dictionary-matches";
import { DICTIONARY_RATE_COLUMNS, dictionaryRates } from "../compare/dictionary-rates";
import { dfmSimilarity, SIMILARITY_COLUMNS, SimilarityMethod } from "../compare/dfm-similarity";
import { nearestDocuments } from "../compare/nearest-documents";
import { READABILITY_COLUMNS, readability } from "../measure/style/readability";
import { LEXICAL_DIVERSITY_COLUMNS, lexicalDiversity } from "../measure/style/lexical-diversity";
import { WORDSCORES_COLUMNS, wordscores } from "../measure/scaling/wordscores";
import { WORDFISH_COLUMNS, WORDFISH_WORD_COLUMNS, wordfish } from "../measure/scaling/wordfish";
import { readDictionary } from "../ingest/read-dictionary";
import { formatRows, OutputFormat } from "../render/format-rows";
import { sampleDictionary } from "../ingest/sample-dictionary";
import type { Dictionary } from "../ingest/dictionary-types";
import type { Corpus } from "../types";
import {
  corpusOptions, formatOption, groupedOutput, intArg, numArg, printRows, readCorpus, splitList, tokenFlags, tokenOptionsOf, UsageError, warnTo,
  type CliIo, type CorpusFlags, type TokenFlags,
} from "./shared";

interface GroupFlags {
  by?: string;
  breaks?: string;
  split?: string;
  format: string;
}

interface MatrixFlags extends CorpusFlags, TokenFlags, GroupFlags {
  ngram: number;
  dictionary?: string;
  minCount?: number;
  minDocfreq?: number;
  maxDocfreq?: number;
  select?: string;
  remove?: string;
}

function groupFlags(cmd: Command, byDefault: string): Command {
  return cmd
    .option("--by <FIELD|document|year|month|quarter|week|decade|century|period|none>", `rows by a field (speaker, party, ...), by document or by period (default ${byDefault})`)
    .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start")
    .option("--split <FIELD>", "a second grouping field");
}

function groupOptionsOf(flags: GroupFlags, byDefault: string): { by: string; breaks?: string[]; split?: string } {
  return { by: flags.by ?? byDefault, breaks: flags.breaks ? splitList(flags.breaks) : undefined, split: flags.split };
}

/** Options that build, trim and select a matrix (dfm, similarity, scale). */
function matrixFlags(cmd: Command, byDefault: string): Command {
  return groupFlags(tokenFlags(corpusOptions(cmd)), byDefault)
    .addOption(new Option("--ngram <N>", "features are n-grams of 1 to 3 words").default(1).argParser(intArg("--ngram")))
    .option("--dictionary <FILE|sample>", "features are the categories of a dictionary (LIWC .dic, quanteda .yml, .json; sample: the shipped diplomacy.yml)")
    .addOption(new Option("--min-count <N>", "keep features counted at least N times").argParser(intArg("--min-count")))
    .addOption(new Option("--min-docfreq <N>", "keep features in at least N documents").argParser(intArg("--min-docfreq")))
    .addOption(new Option("--max-docfreq <N>", "keep features in at most N documents").argParser(intArg("--max-docfreq")))
    .option("--select <LIST>", "keep only these comma-separated features or globs (negotiat*)")
    .option("--remove <LIST>", "remove these comma-separated features or globs");
}

/** The dictionary of a `--dictionary FILE|sample` flag (also read by `shard count`). */
export function dictionaryOf(spec: string): Dictionary {
  return spec === "sample" ? sampleDictionary() : readDictionary(spec);
}

/** The matrix of counts the flags describe: built, trimmed, selected (weights are applied by the caller). */
async function countMatrix(flags: MatrixFlags, byDefault: string, io: CliIo): Promise<{ corpus: Corpus; m: Dfm }> {
  const corpus = await readCorpus(flags, io);
  const group = groupOptionsOf(flags, byDefault);
  const onWarning = warnTo(io);
  let m: Dfm;
  if (flags.dictionary !== undefined) {
    const dictionary = dictionaryOf(flags.dictionary);
    m = dictionaryDfm(corpus, dictionaryMatches(corpus, dictionary, { onWarning }), dictionary, { ...group, onWarning });
  } else {
    m = dfm(corpus, { ...group, ...tokenOptionsOf(flags), ngram: flags.ngram, onWarning });
  }
  if (flags.minCount !== undefined || flags.minDocfreq !== undefined || flags.maxDocfreq !== undefined) {
    m = dfmTrim(m, { minCount: flags.minCount, minDocFreq: flags.minDocfreq, maxDocFreq: flags.maxDocfreq });
  }
  if (flags.select) m = dfmSelect(m, splitList(flags.select));
  if (flags.remove) m = dfmSelect(m, splitList(flags.remove), { remove: true });
  return { corpus, m };
}

function weightOption(cmd: Command, byDefault: DfmWeighting): Command {
  return cmd.addOption(new Option("--weight <count|prop|tfidf|boolean|log>", "weighting of the values").choices(Object.values(DfmWeighting)).default(byDefault));
}

/** Writes a matrix to FILE: .csv (long rows) or .mtx (Matrix Market, with FILE.rows.txt and FILE.features.txt beside it). */
function writeMatrix(m: Dfm, file: string, io: CliIo): void {
  const ext = matrixExtension(file);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (ext === ".csv") {
    fs.writeFileSync(file, formatRows(dfmLongRows(m), DFM_LONG_COLUMNS, OutputFormat.csv));
    io.stderr(`discourse-lab: wrote ${file} (${m.rows.length} rows x ${m.features.length} features, ${m.values.length} non-zero cells)\n`);
    return;
  }
  const mm = dfmMatrixMarket(m);
  const stem = file.slice(0, -ext.length);
  fs.writeFileSync(file, mm.mtx);
  fs.writeFileSync(`${stem}.rows.txt`, mm.rows);
  fs.writeFileSync(`${stem}.features.txt`, mm.features);
  io.stderr(`discourse-lab: wrote ${file}, ${stem}.rows.txt, ${stem}.features.txt (${m.rows.length} rows x ${m.features.length} features)\n`);
}

/** The extension of a --out file (.csv or .mtx), checked before the corpus is read. */
function matrixExtension(file: string): ".csv" | ".mtx" {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".mtx") throw new UsageError(`dfm: --out takes a .csv (long rows) or .mtx (Matrix Market) file; got "${file}"`);
  return ext;
}

/** Parses "LABEL=score,LABEL=score" (labels may hold spaces; the last "=" splits). */
function referenceScores(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of splitList(spec)) {
    const eq = part.lastIndexOf("=");
    const score = Number(part.slice(eq + 1));
    if (eq <= 0 || part.slice(eq + 1).trim() === "" || !Number.isFinite(score)) throw new UsageError(`scale wordscores: --reference takes LABEL=SCORE pairs separated by commas; got "${part}"`);
    out[part.slice(0, eq).trim()] = score;
  }
  return out;
}

/** Registers dfm, dictionary, readability, diversity, similarity and scale. */
export function registerKitCommands(program: Command, io: CliIo): void {
  formatOption(weightOption(matrixFlags(program.command("dfm").description("document-feature matrix (words, stems, lemmas, n-grams or dictionary categories) as long rows, CSV or Matrix Market"), "document"), DfmWeighting.count))
    .option("--out <FILE>", "write the matrix to FILE.csv (long rows) or FILE.mtx (Matrix Market) instead of printing it")
    .action(async (flags: MatrixFlags & { weight: DfmWeighting; out?: string }) => {
      if (flags.out) matrixExtension(flags.out);
      const { m: counts } = await countMatrix(flags, "document", io);
      const m = flags.weight === DfmWeighting.count ? counts : dfmWeight(counts, flags.weight);
      if (flags.out) writeMatrix(m, flags.out, io);
      else await printRows(io, dfmLongRows(m), DFM_LONG_COLUMNS, flags.format);
    });

  formatOption(groupFlags(corpusOptions(program.command("dictionary").description("dictionary categories per group: count, per_1k with confidence intervals (or every hit with --matches)")), "none"))
    .requiredOption("--dictionary <FILE|sample>", "a LIWC .dic, quanteda .yml or JSON map of categories (sample: the shipped diplomacy.yml)")
    .addOption(new Option("--level <N>", "count nested categories at this level (1: diplomacy for diplomacy.negotiation)").argParser(intArg("--level")))
    .addOption(new Option("--confidence <P>", "level of the intervals").default(0.95).argParser(numArg("--confidence")))
    .option("--case-sensitive", "match entries as written")
    .option("--matches", "print every hit (doc_id, start, end, category, pattern, text, sentence) instead of rates")
    .action(async (flags: CorpusFlags & GroupFlags & { dictionary: string; level?: number; confidence: number; caseSensitive?: boolean; matches?: boolean }) => {
      const dictionary = dictionaryOf(flags.dictionary);
      const corpus = await readCorpus(flags, io);
      const onWarning = warnTo(io);
      const hits = dictionaryMatches(corpus, dictionary, { caseSensitive: flags.caseSensitive, onWarning });
      if (flags.matches) {
        await printRows(io, hits, DICTIONARY_MATCH_COLUMNS, flags.format);
        return;
      }
      const rows = dictionaryRates(corpus, hits, dictionary, { ...groupOptionsOf(flags, "none"), level: flags.level, confidence: flags.confidence, onWarning });
      const { columns, renamed } = groupedOutput(rows, DICTIONARY_RATE_COLUMNS, groupOptionsOf(flags, "none"));
      await printRows(io, renamed, columns, flags.format);
    });

  formatOption(groupFlags(corpusOptions(program.command("readability").description("Flesch reading ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau per document or group (English only)")), "document"))
    .action(async (flags: CorpusFlags & GroupFlags) => {
      const corpus = await readCorpus(flags, io);
      const group = groupOptionsOf(flags, "document");
      const rows = readability(corpus, { ...group, onWarning: warnTo(io) });
      const { columns, renamed } = groupedOutput(rows, READABILITY_COLUMNS, group);
      await printRows(io, renamed, columns, flags.format);
    });

  formatOption(groupFlags(corpusOptions(program.command("diversity").description("lexical diversity: TTR, MATTR, MTLD, Yule's K, Herdan's C per document or group (any language)")), "document"))
    .addOption(new Option("--window <N>", "MATTR window in words").default(500).argParser(intArg("--window")))
    .addOption(new Option("--threshold <T>", "MTLD type-token ratio threshold").default(0.72).argParser(numArg("--threshold")))
    .action(async (flags: CorpusFlags & GroupFlags & { window: number; threshold: number }) => {
      const corpus = await readCorpus(flags, io);
      const group = groupOptionsOf(flags, "document");
      const rows = lexicalDiversity(corpus, { ...group, window: flags.window, threshold: flags.threshold, onWarning: warnTo(io) });
      const { columns, renamed } = groupedOutput(rows, LEXICAL_DIVERSITY_COLUMNS, group);
      await printRows(io, renamed, columns, flags.format);
    });

  formatOption(weightOption(matrixFlags(program.command("similarity").description("cosine, correlation, Jaccard or Euclidean between every pair of documents or groups, or the nearest to one"), "document"), DfmWeighting.prop))
    .addOption(new Option("--method <cosine|correlation|jaccard|euclidean>", "measure").choices(Object.values(SimilarityMethod)).default(SimilarityMethod.cosine))
    .option("--nearest <ROW>", "only the rows nearest to this one (a document id or group label)")
    .addOption(new Option("--top <K>", "with --nearest: how many").default(10).argParser(intArg("--top")))
    .action(async (flags: MatrixFlags & { weight: DfmWeighting; method: SimilarityMethod; nearest?: string; top: number }) => {
      const { m: counts } = await countMatrix(flags, "document", io);
      const m = flags.weight === DfmWeighting.count ? counts : dfmWeight(counts, flags.weight);
      const rows = flags.nearest !== undefined ? nearestDocuments(m, flags.nearest, { method: flags.method, top: flags.top }) : dfmSimilarity(m, { method: flags.method });
      await printRows(io, rows, SIMILARITY_COLUMNS, flags.format);
    });

  const scale = program.command("scale").description("scaling models: wordscores (reference texts) or wordfish (none)");
  formatOption(matrixFlags(scale.command("wordscores").description("Wordscores (Laver, Benoit & Garry 2003): raw, LBG and MV positions with standard errors"), "document"))
    .requiredOption("--reference <LABEL=SCORE,...>", "reference rows and their scores (at least two distinct)")
    .addOption(new Option("--confidence <P>", "level of the intervals").default(0.95).argParser(numArg("--confidence")))
    .option("--words", "print the word scores instead of the positions")
    .action(async (flags: MatrixFlags & { reference: string; confidence: number; words?: boolean }) => {
      const reference = referenceScores(flags.reference);
      const { m } = await countMatrix(flags, "document", io);
      const fit = wordscores(m, reference, { confidence: flags.confidence, onWarning: warnTo(io) });
      if (flags.words) await printRows(io, fit.words, ["feature", "score"], flags.format);
      else await printRows(io, fit.positions, WORDSCORES_COLUMNS, flags.format);
    });
  formatOption(matrixFlags(scale.command("wordfish").description("Wordfish (Slapin & Proksch 2008): positions with intervals and word weights, no reference texts"), "document"))
    .option("--dir <LOW,HIGH>", "two row labels: the first gets the lower position (default: the first and last rows)")
    .addOption(new Option("--confidence <P>", "level of the intervals").default(0.95).argParser(numArg("--confidence")))
    .option("--words", "print the word parameters (beta, psi) instead of the positions")
    .action(async (flags: MatrixFlags & { dir?: string; confidence: number; words?: boolean }) => {
      const dir = flags.dir === undefined ? undefined : splitList(flags.dir);
      if (dir !== undefined && dir.length !== 2) throw new UsageError(`scale wordfish: --dir takes two row labels separated by a comma; got "${flags.dir}"`);
      const { m } = await countMatrix(flags, "document", io);
      const fit = wordfish(m, { dir: dir as [string, string] | undefined, confidence: flags.confidence, onWarning: warnTo(io) });
      if (flags.words) await printRows(io, fit.words, WORDFISH_WORD_COLUMNS, flags.format);
      else await printRows(io, fit.positions, WORDFISH_COLUMNS, flags.format);
    });
}
