/** stance markers / sentiment / target / claim / train / predict, and chart stance-over-time / stance-profile. */
import * as fs from "node:fs";
import { Command, Option } from "commander";
import { STANCE_BY_PERIOD_COLUMNS, targetStanceByPeriod } from "../compare/stance-by-period";
import { STANCE_MARKER_RATE_COLUMNS, stanceMarkerRates } from "../compare/stance-marker-rates";
import { inputError } from "../errors";
import { CLAIM_STANCE_COLUMNS, claimStance } from "../measure/stance/claim-stance";
import { checkClaimStanceModel } from "../measure/stance/claim-stance-model";
import { trainClaimStanceModel } from "../measure/stance/train-claim-stance-model";
import { crossValidateStance } from "../measure/stance/cross-validate-stance";
import { DOCUMENT_SENTIMENT_COLUMNS, documentSentiment } from "../measure/stance/document-sentiment";
import { predictStance } from "../measure/stance/predict-stance";
import { SENTENCE_SENTIMENT_COLUMNS, sentenceSentiment } from "../measure/stance/sentence-sentiment";
import { predictClaimStance } from "../measure/stance/predict-claim-stance";
import { stanceFolds } from "../measure/stance/stance-folds";
import { STANCE_CLASS_COLUMNS, stanceMetrics } from "../measure/stance/stance-metrics";
import { STANCE_MARKER_COLUMNS, StanceMarkerCategory } from "../measure/stance/stance-markers";
import { stanceMarkersIterate } from "../measure/stance/stance-markers-iterate";
import { checkStanceModel, type StanceExample, type StanceInput } from "../measure/stance/stance-model";
import { TARGET_STANCE_COLUMNS, type StanceTarget } from "../measure/stance/target-stance";
import { targetStanceIterate } from "../measure/stance/target-stance-iterate";
import { trainStanceModel } from "../measure/stance/train-stance-model";
import { stanceChart } from "../recipes/stance-chart";
import { stanceProfileTable } from "../recipes/stance-profile-table";
import { streamedRows, streams, threadsOption } from "./streamed-table";
import { corpusOptions, emitChart, formatOption, intArg, limitOption, printRows, readCorpus, splitList, UsageError, warnTo, type CliIo, type CorpusFlags } from "./shared";

interface TargetFlags extends CorpusFlags {
  limit?: number;
  target: string;
  terms: string;
  near?: string;
  exclude?: string;
  window?: number;
  by?: string;
  breaks?: string;
  format: string;
}

function targetOptions(cmd: Command): Command {
  return cmd
    .requiredOption("--target <NAME>", 'name of the target, e.g. "talks with the US"')
    .requiredOption("--terms <LIST>", "comma-separated words or phrases naming it (negotiat* matches any ending)")
    .option("--near <LIST>", "count a term only with one of these within --window words (all-caps such as US match case-sensitively)")
    .option("--exclude <LIST>", "drop a term with one of these within --window words")
    .addOption(new Option("--window <N>", "words between a term and a --near or --exclude phrase").argParser(intArg("--window")));
}

function targetOf(flags: TargetFlags): StanceTarget {
  return {
    name: flags.target,
    terms: splitList(flags.terms),
    ...(flags.near ? { near: splitList(flags.near) } : {}),
    ...(flags.exclude ? { exclude: splitList(flags.exclude) } : {}),
  };
}

function groupingOf(flags: { by?: string; breaks?: string }) {
  return { by: flags.by, ...(flags.breaks ? { breaks: splitList(flags.breaks) } : {}) };
}

/** Rows `{id, target, text[, stance]}` of a JSON Lines file; errors name the file and line. */
function readRows(file: string, needStance: boolean): (StanceExample & { lang?: string })[] {
  const text = fs.readFileSync(file, "utf8");
  const rows: (StanceExample & { lang?: string })[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw inputError(`not valid JSON (${(e as Error).message})`, file, i + 1);
    }
    if (r === null || typeof r !== "object" || Array.isArray(r)) throw inputError("expected a JSON object {id, target, text}", file, i + 1);
    for (const k of needStance ? ["target", "text", "stance"] : ["target", "text"]) {
      if (typeof r[k] !== "string") throw inputError(`field "${k}" must be a string`, file, i + 1);
    }
    const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : String(rows.length + 1);
    if (r.lang !== undefined && typeof r.lang !== "string") throw inputError('field "lang" must be a language code such as "en" or "fa"', file, i + 1);
    rows.push({ id, target: r.target as string, text: r.text as string, stance: typeof r.stance === "string" ? r.stance : "", ...(typeof r.lang === "string" ? { lang: r.lang } : {}) });
  });
  if (rows.length === 0) throw inputError("no rows", file);
  return rows;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw inputError(`not valid JSON (${(e as Error).message})`, file);
  }
}

function readClaimModel(file: string) {
  try {
    return checkClaimStanceModel(readJson(file), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw inputError(`${(e as Error).message} (claim models come from \`stance train --claim\`)`, file);
  }
}

function readModel(file: string) {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) throw e;
    throw inputError(`not valid JSON (${(e as Error).message})`, file);
  }
  try {
    return checkStanceModel(value, file);
  } catch (e) {
    throw inputError((e as Error).message, file);
  }
}

const inputs = (rows: readonly (StanceExample & { lang?: string })[]): StanceInput[] => rows.map(({ id, target, text, lang }) => ({ id, target, text, ...(lang === undefined ? {} : { lang }) }));

/** Registers `stance ...` and the stance charts. */
export function registerStanceCommands(program: Command, chart: Command, io: CliIo): void {
  const stance = program.command("stance").description("stance: markers, sentiment, stance toward a target, claim stance, a trainable model");
  corpusStanceCommands(stance, io);
  claimCommand(stance, io);
  trainCommand(stance, io);
  predictCommand(stance, io);
  stanceChartCommands(chart, io);
}

/** stance markers, sentiment and target: rows of a corpus. */
function corpusStanceCommands(stance: Command, io: CliIo): void {
  const categories = Object.values(StanceMarkerCategory);

  threadsOption(limitOption(formatOption(corpusOptions(stance.command("markers").description("hedges, boosters, attitude markers, self-mentions, engagement markers per 1,000 words, or every hit with --hits"))), "hits (with --hits)"))
    .option("--by <GROUPING>", "document (default), speaker, year, decade, period (with --breaks) or a field", "document")
    .option("--breaks <DATES>", "period starts for --by period")
    .option("--categories <LIST>", `comma-separated, of ${categories.join(", ")} (default the five Hyland categories)`)
    .option("--hits", "print every marker with its sentence instead of rates (the rule column says which frame rule kept it)")
    .option("--dropped", "with --hits: also print the hits their frame rules out (rule dropped:<rule>), to check each decision")
    .action(async (flags: CorpusFlags & { by: string; breaks?: string; categories?: string; hits?: boolean; dropped?: boolean; limit?: number; format: string }) => {
      const cats = flags.categories ? (splitList(flags.categories) as StanceMarkerCategory[]) : undefined;
      if (flags.dropped && !flags.hits) throw new UsageError("--dropped needs --hits");
      if (streams(flags, !flags.hits)) {
        await printRows(io, await streamedRows(flags, io, "stance-markers", { ...groupingOf(flags), categories: cats }), STANCE_MARKER_RATE_COLUMNS, flags.format);
        return;
      }
      const corpus = await readCorpus(flags, io);
      if (flags.hits) await printRows(io, stanceMarkersIterate(corpus, { categories: cats, dropped: flags.dropped ?? false, onWarning: warnTo(io) }), STANCE_MARKER_COLUMNS, flags.format, flags.limit);
      else await printRows(io, stanceMarkerRates(corpus, { ...groupingOf(flags), categories: cats, onWarning: warnTo(io) }), STANCE_MARKER_RATE_COLUMNS, flags.format);
    });

  limitOption(formatOption(corpusOptions(stance.command("sentiment").description("negation-aware sentiment (AFINN-165) per document, or per sentence with --sentences"))))
    .option("--sentences", "one row per sentence")
    .action(async (flags: CorpusFlags & { sentences?: boolean; limit?: number; format: string }) => {
      const corpus = await readCorpus(flags, io);
      if (flags.sentences) await printRows(io, sentenceSentiment(corpus, { onWarning: warnTo(io) }), SENTENCE_SENTIMENT_COLUMNS, flags.format, flags.limit);
      else await printRows(io, documentSentiment(corpus, { onWarning: warnTo(io) }), DOCUMENT_SENTIMENT_COLUMNS, flags.format);
    });

  limitOption(formatOption(targetOptions(corpusOptions(stance.command("target").description("stance toward a named target: every mention with its label and cues, or per group with --by")))), "mentions (without --by)")
    .option("--by <GROUPING>", "aggregate per document, speaker, year, decade, period (with --breaks) or a field")
    .option("--breaks <DATES>", "period starts for --by period")
    .action(async (flags: TargetFlags) => {
      const corpus = await readCorpus(flags, io);
      const target = targetOf(flags);
      if (flags.by) await printRows(io, targetStanceByPeriod(corpus, target, { ...groupingOf(flags), window: flags.window, onWarning: warnTo(io) }), STANCE_BY_PERIOD_COLUMNS, flags.format);
      else await printRows(io, targetStanceIterate(corpus, target, { window: flags.window, onWarning: warnTo(io) }), TARGET_STANCE_COLUMNS, flags.format, flags.limit);
    });
}

function claimCommand(stance: Command, io: CliIo): void {
  stance
    .command("claim")
    .description("does each claim support (FAVOR) or contest (AGAINST) its topic? one JSON line per row: id, stance, score")
    .requiredOption("--input <FILE.jsonl>", "rows {id, target, text, lang?}: target the topic or motion, text the claim (claims not in English get no stance)")
    .option("--model <FILE>", "decide with a claim model written by `stance train --claim` (calibrated probability; the rule's structure stays as evidence)")
    .option("--abstain-below <P>", "with --model: stance NONE when the calibrated probability is below P (0..1)")
    .addOption(new Option("--format <table|csv|jsonl>", "output format").choices(["table", "csv", "jsonl"]).default("jsonl"))
    .option("--explain", "also print the evidence: confidence, motion target and polarity, claim target, relation, claim sentiment and every cue")
    .action(async (flags: { input: string; model?: string; abstainBelow?: string; format: string; explain?: boolean }) => {
      const rows = readRows(flags.input, false);
      const abstainBelow = flags.abstainBelow === undefined ? undefined : Number(flags.abstainBelow);
      if (abstainBelow !== undefined && !(abstainBelow >= 0 && abstainBelow <= 1)) throw new UsageError(`--abstain-below must be a number from 0 to 1; got "${flags.abstainBelow}"`);
      if (abstainBelow !== undefined && !flags.model) throw new UsageError("--abstain-below needs --model");
      const out = claimStance(inputs(rows), { ...(flags.model ? { model: readClaimModel(flags.model), abstainBelow } : {}), onWarning: warnTo(io) });
      await printRows(io, out, flags.explain ? CLAIM_STANCE_COLUMNS.filter((c) => c !== "target") : ["id", "stance", "score"], flags.format);
    });
}

type TrainFlags = { data: string; model?: string; cv?: number; cvBy: string; claim?: boolean; motionPolarity?: boolean; wordNgrams: number; charNgrams: number; minCount: number; epochs: number; format: string };

function trainCommand(stance: Command, io: CliIo): void {
  stance
    .command("train")
    .description("train a stance model on labelled rows {id, target, text, stance} and save it as JSON; --cv K cross-validates first")
    .requiredOption("--data <FILE.jsonl>", "labelled rows {id, target, text, stance}")
    .option("--model <OUT.json>", "where to write the model")
    .addOption(new Option("--cv <K>", "print K-fold cross-validation (folds grouped by target) per class").argParser(intArg("--cv")))
    .option("--cv-by <target|row>", "group folds by target (unseen targets, default) or deal rows", "target")
    .option("--claim", "train a claim model (claims toward debate motions, FAVOR/AGAINST): topic-abstract features of each claim's structure, natural's logistic regression, Platt-calibrated; for `stance claim --model`")
    .option("--motion-polarity", "learn stance relative to the target's polarity (debate motions: ban, not, ...)")
    .addOption(new Option("--word-ngrams <N>", "word n-grams 1..N (0 for none)").default(2).argParser(intArg("--word-ngrams")))
    .addOption(new Option("--char-ngrams <N>", "character n-grams 3..N (0 for none)").default(0).argParser(intArg("--char-ngrams")))
    .addOption(new Option("--min-count <N>", "keep features seen in N rows").default(2).argParser(intArg("--min-count")))
    .addOption(new Option("--epochs <N>", "training passes").default(100).argParser(intArg("--epochs")))
    .addOption(new Option("--format <table|csv|jsonl>", "format of the --cv table").choices(["table", "csv", "jsonl"]).default("table"))
    .action(async (flags: TrainFlags) => {
      if (!flags.model && flags.cv === undefined) throw new UsageError("stance train needs --model OUT.json, --cv K or both");
      if (flags.cvBy !== "target" && flags.cvBy !== "row") throw new UsageError(`--cv-by must be target or row; got "${flags.cvBy}"`);
      const rows = readRows(flags.data, true);
      if (flags.claim) return trainClaim(rows, flags, io);
      const options = { motionPolarity: flags.motionPolarity ?? false, wordNgrams: flags.wordNgrams, charNgrams: flags.charNgrams, minCount: flags.minCount, epochs: flags.epochs };
      if (flags.cv !== undefined) {
        const m = crossValidateStance(rows, { ...options, folds: flags.cv, by: flags.cvBy as "target" | "row" });
        await printRows(io, m.classes, STANCE_CLASS_COLUMNS, flags.format);
        io.stderr(`discourse-lab: ${flags.cv}-fold cross-validation by ${flags.cvBy}: accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macro_f1.toFixed(3)}, accuracy at 50% coverage ${m.accuracy_at_50.toFixed(3)} (${m.n} rows)\n`);
      }
      if (flags.model) {
        const model = trainStanceModel(rows, options);
        fs.writeFileSync(flags.model, JSON.stringify(model) + "\n");
        io.stderr(`discourse-lab: wrote ${flags.model} (${model.labels.join("/")}, ${model.features.length} features, ${rows.length} rows)\n`);
      }
    });
}

/** stance train --claim: the claim model, cross-validated by topic with --cv. */
async function trainClaim(rows: StanceExample[], flags: TrainFlags, io: CliIo): Promise<void> {
  if (flags.cvBy !== "target") throw new UsageError("stance train --claim cross-validates by target only");
  const bad = rows.findIndex((r) => r.stance !== "FAVOR" && r.stance !== "AGAINST");
  if (bad >= 0) throw inputError(`--claim needs stance FAVOR or AGAINST; got "${rows[bad].stance}"`, flags.data, bad + 1);
  if (flags.cv !== undefined) {
    const fold = stanceFolds(rows, { folds: flags.cv, by: "target" });
    const predicted = new Array<string>(rows.length);
    const confidence = new Array<number>(rows.length);
    for (let f = 0; f < flags.cv; f++) {
      const test = rows.map((_, i) => i).filter((i) => fold[i] === f);
      const out = predictClaimStance(trainClaimStanceModel(rows.filter((_, i) => fold[i] !== f)), test.map((i) => rows[i]));
      test.forEach((i, t) => {
        predicted[i] = out[t].stance;
        confidence[i] = out[t].probability;
      });
    }
    const m = stanceMetrics(rows.map((r) => r.stance), predicted, confidence);
    await printRows(io, m.classes, STANCE_CLASS_COLUMNS, flags.format);
    io.stderr(`discourse-lab: ${flags.cv}-fold cross-validation by target (claim model): accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macro_f1.toFixed(3)}, accuracy at 50% coverage ${m.accuracy_at_50.toFixed(3)} (${m.n} rows)\n`);
  }
  if (flags.model) {
    const model = trainClaimStanceModel(rows);
    fs.writeFileSync(flags.model, JSON.stringify(model) + "\n");
    io.stderr(`discourse-lab: wrote ${flags.model} (claim model, ${Object.keys(model.classifier.features).length} features, ${rows.length} rows, ${model.trained.topics} topics)\n`);
  }
}

function predictCommand(stance: Command, io: CliIo): void {
  stance
    .command("predict")
    .description("label rows {id, target, text} with a saved model: one JSON line per row (id, stance, score, probability)")
    .requiredOption("--model <FILE>", "a model written by `stance train`")
    .requiredOption("--input <FILE.jsonl>", "rows {id, target, text}")
    .addOption(new Option("--format <table|csv|jsonl>", "output format").choices(["table", "csv", "jsonl"]).default("jsonl"))
    .action(async (flags: { model: string; input: string; format: string }) => {
      const model = readModel(flags.model);
      await printRows(io, predictStance(model, inputs(readRows(flags.input, false))), ["id", "stance", "score", "probability"], flags.format);
    });
}

/** chart stance-over-time and stance-profile: each one `stanceChart` call. */
function stanceChartCommands(chart: Command, io: CliIo): void {
  targetOptions(corpusOptions(chart.command("stance-over-time").description("line and band of the stance toward a target per period, evidence in the tooltip")))
    .option("--by <GROUPING>", "year (default), decade, period (with --breaks)", "year")
    .option("--breaks <DATES>", "period starts for --by period")
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file name stem", "stance-over-time")
    .action(async (flags: TargetFlags & { out: string; name: string }) => {
      const corpus = await readCorpus(flags, io);
      const spec = stanceChart(corpus, { chart: "stance-over-time", target: targetOf(flags), options: { ...groupingOf(flags), window: flags.window, onWarning: warnTo(io) } });
      await emitChart(spec, flags.out, flags.name, io);
    });

  corpusOptions(chart.command("stance-profile").description("heat map of stance markers per 1,000 words by group (at most 100 groups drawn, those with the most words); the rates of every group in <name>.csv"))
    .option("--by <GROUPING>", "speaker (default), document, year, decade or a field", "speaker")
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file name stem", "stance-profile")
    .action(async (flags: CorpusFlags & { by: string; out: string; name: string }) => {
      const corpus = await readCorpus(flags, io);
      const table = stanceProfileTable(corpus, { by: flags.by, onWarning: warnTo(io) });
      await emitChart(table.chart(), flags.out, flags.name, io, table);
    });
}
