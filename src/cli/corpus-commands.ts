/** corpus import (sources -> one normalized JSON Lines corpus) and corpus info (what a corpus holds). */
import { Command, Option } from "commander";
import { writeCorpusJsonl } from "../ingest/write-corpus-jsonl";
import { corpusInfo, type CorpusInfo, type FieldValueCount } from "../recipes/corpus-info";
import { importCorpus } from "../recipes/import-corpus";
import { formatRows } from "../render/format-rows";
import { corpusOptions, intArg, loadOptions, readCorpus, UsageError, type CliIo, type CorpusFlags } from "./shared";

/** The corpus-reading flags of every command, without --corpus, --where and --progress (sources are arguments). */
type ImportFlags = Omit<CorpusFlags, "corpus" | "where" | "progress"> & { out: string };

/** Registers `corpus import` and `corpus info`. */
export function registerCorpusCommands(program: Command, _chart: Command, io: CliIo): void {
  const corpus = program.command("corpus").description("import a corpus once (any formats, dates and languages normalized), or describe one");

  corpus
    .command("import")
    .description("read folders and files (.txt, .md, .html, .pdf, .docx, .csv, .jsonl, .json; mixed) and write one normalized JSON Lines corpus: id, date (ISO; the date as written in date_original), lang, source file, metadata, text")
    .argument("<SOURCE...>", 'folders, files, or "sotu"')
    .requiredOption("--out <FILE>", "the .jsonl file to write (later commands read it with --corpus FILE)")
    .option("--encoding <NAME>", "read text files in this encoding (default: detect, with a warning when not UTF-8)")
    .addOption(new Option("--date-order <dmy|mdy>", "how to read numeric dates such as 03/04/2019").choices(["dmy", "mdy"]))
    .option("--lang <CODE>", "the language of documents without their own lang field (default: detect)")
    .option("--pdf-pages", "one document per PDF page")
    .option("--meta <FILE>", "JSON Lines keyed by id whose fields join each document's metadata (for .jsonl sources)")
    .option("--skip-invalid", "skip bad files and records, reporting each on stderr, instead of stopping")
    .option("--text-column <NAME>", "CSV: column holding the text")
    .option("--id-column <NAME>", "CSV: column holding the id")
    .option("--date-column <NAME>", "CSV: column holding the date")
    .action(async (sources: string[], flags: ImportFlags) => {
      if (!/\.(jsonl|ndjson)$/i.test(flags.out)) throw new UsageError(`corpus import: --out must name a .jsonl file; got "${flags.out}"`);
      const docs = await importCorpus(sources, loadOptions(flags, io));
      const n = await writeCorpusJsonl(docs, flags.out);
      const info = corpusInfo(docs, { maxValues: 0 });
      const dated = `${n - info.undated} of ${n} dated${info.date_min === null ? "" : `, ${info.date_min} to ${info.date_max}`}`;
      io.stderr(`discourse-lab: wrote ${n} documents to ${flags.out} (${dated}; languages ${valueList(info.languages, 0)})\n`);
    });

  corpusOptions(corpus.command("info").description("what a corpus holds: documents, tokens, date range, languages, and each field with its distinct values"))
    .addOption(new Option("--max-values <N>", "values listed per field").default(8).argParser(intArg("--max-values")))
    .addOption(new Option("--format <text|json>", "output format").choices(["text", "json"]).default("text"))
    .action(async (flags: CorpusFlags & { maxValues: number; format: "text" | "json" }) => {
      const info = corpusInfo(await readCorpus(flags, io), { maxValues: flags.maxValues });
      io.stdout(flags.format === "json" ? JSON.stringify(info, null, 2) + "\n" : infoText(info));
    });
}

/** The text of `corpus info`: a summary block, then one row per field. */
function infoText(info: CorpusInfo): string {
  const dates = info.date_min === null ? "none" : info.date_min === info.date_max ? info.date_min : `${info.date_min} to ${info.date_max}`;
  const summary: [string, string][] = [
    ["documents", String(info.documents)],
    ["tokens", `${info.tokens} (words, numbers, URLs, handles, ...; no punctuation; ${info.types} distinct)`],
    ["sentences", String(info.sentences)],
    ["dates", `${dates}${info.undated > 0 ? ` (${info.undated} undated)` : ""}`],
    ["languages", valueList(info.languages, 0)],
  ];
  const width = Math.max(...summary.map(([k]) => k.length));
  const head = summary.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join("");
  if (info.fields.length === 0) return head;
  const rows = info.fields.map((f) => ({ field: f.field, documents: f.documents, distinct: f.distinct, values: valueList(f.values, f.more) }));
  return `${head}\n${formatRows(rows, ["field", "documents", "distinct", "values"], "table")}`;
}

/** "en 5, fa 1" / "Democratic (3), Whig (1), ... and 4 more". */
function valueList(values: readonly FieldValueCount[], more: number): string {
  const listed = values.map((v) => `${v.value} (${v.documents})`).join(", ");
  return more > 0 ? `${listed}, ... and ${more} more` : listed;
}
