/** rhetoric and chart rhetoric: rhetorical-pattern matches with evidence spans, counts and rates. */
import * as fs from "node:fs";
import type { Command } from "commander";
import { inputError } from "../errors";
import { RHETORIC_RULE_COLUMNS, rhetoricRules } from "../measure/rhetoric-rules";
import { rhetoricMatchesIterate } from "../measure/rhetoric-matches-iterate";
import { RHETORIC_TABLE_MATCH_COLUMNS, rhetoricTable } from "../recipes/rhetoric-table";
import type { Corpus, Document } from "../types";
import { RHETORIC_SUMMARY_COLUMNS } from "../measure/rhetoric-summary";
import { streamedRows, streams, threadsOption } from "./streamed-table";
import { corpusOptions, emitChart, formatOption, limitOption, printRows, readCorpus, splitList, UsageError, warnTo, type CliIo, type CorpusFlags } from "./shared";

interface RhetoricFlags extends CorpusFlags {
  input?: string;
  rules?: string;
  summary?: boolean;
  by: string;
  breaks?: string;
  listRules?: boolean;
  limit?: number;
  threads?: number;
  format: string;
}

/**
 * Reads `--input`: JSON Lines of {id, text, lang?, ...}; other fields are ignored. Ids are
 * strings or integers; text a string; lang the text's language (without it, the built-in
 * rules read a text whose letters are mostly Latin script). Errors name the file and line.
 */
function readInput(file: string): Corpus {
  const docs: Document[] = [];
  const seen = new Set<string>();
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw inputError(`not valid JSON (${(e as Error).message})`, file, i + 1);
    }
    const r = rec as { id?: unknown; text?: unknown; lang?: unknown };
    if (rec === null || typeof rec !== "object" || Array.isArray(rec)) throw inputError("expected an object {id, text, ...}", file, i + 1);
    const id = typeof r.id === "string" && r.id !== "" ? r.id : Number.isInteger(r.id) ? String(r.id) : undefined;
    if (id === undefined) throw inputError('field "id" must be a non-empty string or an integer', file, i + 1);
    if (typeof r.text !== "string") throw inputError('field "text" must be a string', file, i + 1);
    if (seen.has(id)) throw inputError(`duplicate id ${JSON.stringify(id)}`, file, i + 1);
    seen.add(id);
    if (r.lang !== undefined && typeof r.lang !== "string") throw inputError('field "lang" must be a language code such as "en" or "fa"', file, i + 1);
    docs.push({ id, text: r.text, meta: typeof r.lang === "string" ? { lang: r.lang } : {} });
  });
  return docs;
}

async function corpusOf(flags: RhetoricFlags, io: CliIo): Promise<Corpus> {
  if (flags.input !== undefined) {
    if (flags.corpus !== "sotu") throw new UsageError("rhetoric: give --corpus or --input, not both");
    return readInput(flags.input);
  }
  return readCorpus(flags, io);
}

/** The rules and grouping of a command's flags. */
function tableOptions(flags: RhetoricFlags, io: CliIo) {
  const rules = flags.rules === undefined ? undefined : splitList(flags.rules);
  if (rules !== undefined && rules.length === 0) throw new UsageError("rhetoric: --rules needs at least one rule id");
  return { rules, by: flags.by, breaks: flags.breaks ? splitList(flags.breaks) : undefined, onWarning: warnTo(io) };
}

const rhetoricOptions = (cmd: Command): Command =>
  corpusOptions(cmd)
    .option("--input <FILE.jsonl>", "JSON Lines of {id, text, lang?, ...} (other fields ignored); offsets point into each text as given")
    .option("--rules <IDS>", "comma-separated rule ids (default: all; see --list-rules)")
    .option("--by <GROUPING>", "with --summary: document, speaker, year, decade, century, period, none or a metadata field", "document")
    .option("--breaks <DATES>", "with --by period: comma-separated ISO dates where periods start");

/** Registers `rhetoric` and `chart rhetoric`. */
export function registerRhetoricCommands(program: Command, chart: Command, io: CliIo): void {
  threadsOption(limitOption(formatOption(rhetoricOptions(program.command("rhetoric").description("rhetorical patterns with evidence spans: one row per match {doc_id, rule, technique, start, end, text}, or counts and rates with --summary"))), "matches (without --summary)"))
    .option("--summary", "print counts and rates per 1,000 words per group (--by) instead of matches")
    .option("--list-rules", "print the rule catalogue (id, technique, description, references)")
    .action(async (flags: RhetoricFlags) => {
      if (flags.listRules) {
        await printRows(io, rhetoricRules(), RHETORIC_RULE_COLUMNS, flags.format);
        return;
      }
      const options = tableOptions(flags, io);
      if (streams(flags, flags.summary === true && flags.input === undefined)) {
        const { onWarning: _w, ...counting } = options;
        await printRows(io, await streamedRows(flags, io, "rhetoric-summary", counting), RHETORIC_SUMMARY_COLUMNS, flags.format);
        return;
      }
      const corpus = await corpusOf(flags, io);
      if (!flags.summary) {
        // One row per match, written as each document's rules finish.
        await printRows(io, rhetoricMatchesIterate(corpus, { rules: options.rules, onWarning: options.onWarning }), RHETORIC_TABLE_MATCH_COLUMNS, flags.format, flags.limit);
        return;
      }
      const table = rhetoricTable(corpus, { ...options, summary: true });
      await printRows(io, table.rows, table.columns, flags.format);
    });

  rhetoricOptions(chart.command("rhetoric").description("heatmap of rule rates per 1,000 words across documents or periods (at most 100 groups drawn, those with the most words); every rate in <name>.csv"))
    .requiredOption("--out <DIR>", "output folder")
    .option("--name <NAME>", "file-name stem", "rhetoric")
    .action(async (flags: RhetoricFlags & { out: string; name: string }) => {
      const options = tableOptions(flags, io);
      const table = rhetoricTable(await corpusOf(flags, io), { ...options, summary: true });
      await emitChart(table.chart(), flags.out, flags.name, io, table);
    });
}
