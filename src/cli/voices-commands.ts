/**
 * voices: the statements of news reports (a file, a folder or a corpus), their speech events,
 * speakers, or the speakers' own words as a corpus; voices fidelity: quotes against a transcript.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { loadCorpus } from "../ingest/load-corpus";
import { QUOTE_FIDELITY_COLUMNS } from "../measure/voices/quote-fidelity";
import { NEWS_EVENT_COLUMNS } from "../recipes/news-event-rows";
import { newsReports } from "../recipes/news-reports";
import { quoteFidelityReport } from "../recipes/quote-fidelity-report";
import { decodeUtf8, SPEAKER_TABLE_COLUMNS, StatementKind } from "../index";
import type { Corpus } from "../types";
import { formatOption, limitOption, printRows, splitList, UsageError, warnTo, type CliIo } from "./shared";

/** Columns printed by `discourse-lab voices` as a table or CSV (JSON Lines carry every field). */
export const VOICES_COLUMNS = ["id", "report_id", "kind", "speaker", "speaker_type", "cue", "frame", "start", "end", "event_date", "date_basis", "text"] as const;

const KINDS = Object.values(StatementKind) as string[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface VoicesFlags {
  input?: string;
  published?: string;
  kind?: string;
  speaker?: string;
  events?: boolean;
  speakers?: boolean;
  asCorpus?: boolean;
  out?: string;
  limit?: number;
  format: string;
}

/** A report file, a folder of reports, or a corpus file (.jsonl, .ndjson, .csv, .json), read as documents. */
async function readReports(input: string, io: CliIo): Promise<Corpus> {
  let isFolder = false;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch {
    // loadCorpus / readFile below name the missing path
  }
  if (isFolder || /\.(jsonl|ndjson|csv|json)$/i.test(input)) {
    const corpus = await loadCorpus(input, { onWarning: warnTo(io) });
    return corpus.map((d) => ({ ...d, source: d.source ?? input }));
  }
  const text = decodeUtf8(await readFile(input), input);
  return [{ id: path.basename(input), text, source: input, meta: {} }];
}

/** Writes to --out (reporting the file on stderr) or stdout. */
async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  await writeFile(out, text);
  io.stderr(`discourse-lab: wrote ${out}\n`);
}

async function runVoices(flags: VoicesFlags, io: CliIo): Promise<void> {
  // Not a commander requiredOption: "voices fidelity" would ask for it too.
  if (flags.input === undefined) throw new UsageError("voices: required option '--input <FILE|FOLDER|CORPUS>' not specified (or run voices fidelity)");
  if (flags.published !== undefined && !DATE.test(flags.published)) throw new UsageError(`voices: --published takes a date YYYY-MM-DD; got "${flags.published}"`);
  const modes = [flags.events, flags.speakers, flags.asCorpus].filter(Boolean).length;
  if (modes > 1) throw new UsageError("voices: choose one of --events, --speakers, --as-corpus");
  const kinds = flags.kind === undefined ? undefined : splitList(flags.kind);
  const bad = kinds?.find((k) => !KINDS.includes(k));
  if (bad !== undefined) throw new UsageError(`voices: --kind takes quote, mixed, paraphrase or narration; got "${bad}"`);
  const reports = await readReports(flags.input, io);
  const r = newsReports(reports, { published: flags.published, kinds: flags.asCorpus && kinds ? (kinds as StatementKind[]) : undefined, onWarning: warnTo(io) });
  if (flags.asCorpus) {
    const lines = r.speeches.filter((d) => flags.speaker === undefined || d.speaker === flags.speaker).map((d) => {
      const { meta, ...core } = d;
      return JSON.stringify({ ...core, ...meta }) + "\n";
    });
    await emit(io, lines.join(""), flags.out);
    return;
  }
  if (flags.events) {
    await printRows(io, r.events, ["report_id", ...NEWS_EVENT_COLUMNS], flags.format, flags.limit, flags.out);
    return;
  }
  if (flags.speakers) {
    const rows = r.speakers.filter((s) => flags.speaker === undefined || s.speaker === flags.speaker);
    await printRows(io, rows, SPEAKER_TABLE_COLUMNS, flags.format, flags.limit, flags.out);
    return;
  }
  // Rows are picked as they are written (the statements are in memory already).
  const rows = (function* () {
    for (const s of r.statements) if ((kinds === undefined || kinds.includes(s.kind)) && (flags.speaker === undefined || s.speaker === flags.speaker)) yield s;
  })();
  await printRows(io, rows, flags.format === "jsonl" ? r.columns : VOICES_COLUMNS, flags.format, flags.limit, flags.out);
}

interface FidelityFlags {
  report: string;
  transcript: string;
  published: string;
  html?: string;
  format: string;
}

async function runFidelity(flags: FidelityFlags, io: CliIo): Promise<void> {
  if (!DATE.test(flags.published)) throw new UsageError(`voices fidelity: --published takes a date YYYY-MM-DD; got "${flags.published}"`);
  const report = decodeUtf8(await readFile(flags.report), flags.report);
  const transcript = decodeUtf8(await readFile(flags.transcript), flags.transcript);
  const r = quoteFidelityReport(report, transcript, { published: flags.published, id: path.basename(flags.report), onWarning: warnTo(io) });
  if (flags.html !== undefined) {
    await writeFile(flags.html, `<!doctype html><meta charset="utf-8"><title>Quote fidelity</title>\n${r.html}\n`);
    io.stderr(`discourse-lab: wrote ${flags.html}\n`);
  }
  await printRows(io, r.rows, QUOTE_FIDELITY_COLUMNS, flags.format);
}

/** Registers voices and voices fidelity. */
export function registerVoicesCommands(program: Command, _chart: Command, io: CliIo): void {
  const voices = limitOption(formatOption(program.command("voices").description("the voices of news reports: each quote, mixed quote, paraphrase and narration span with its speaker, cue, frame and event date")))
    .option("--input <FILE|FOLDER|CORPUS>", "a report (UTF-8 text), a folder of reports (.txt/.md, front matter allowed) or a corpus (.jsonl/.csv/.json with published or date)")
    .option("--published <YYYY-MM-DD>", "publication date of the reports that give none (required for a single text file)")
    .option("--kind <LIST>", "only these kinds (comma-separated: quote, mixed, paraphrase, narration); with --as-corpus, the kinds in the speeches (default quote,mixed)")
    .option("--speaker <NAME>", "only this speaker's statements (or speeches, or mentions)")
    .addOption(new Option("--events", "one row per speech event instead"))
    .addOption(new Option("--speakers", "one row per mention of each speaker instead (the speaker table)"))
    .addOption(new Option("--as-corpus", "write one JSON document per report, speaker and event (id, text, date, speaker, ...) for any other command"))
    .option("--out <FILE>", "write to this file instead of stdout")
    .action(async (flags: VoicesFlags) => runVoices(flags, io));
  voices.enablePositionalOptions();
  formatOption(voices.command("fidelity").description("align each quote of a report to a transcript of the speech: exact, trimmed, elided, altered or not found"))
    .requiredOption("--report <FILE>", "the news report, a UTF-8 text file")
    .requiredOption("--transcript <FILE>", "the transcript of the speech, a UTF-8 text file")
    .requiredOption("--published <YYYY-MM-DD>", "the report's publication date")
    .option("--html <FILE>", "also write the report and transcript side by side with the differences marked")
    .action(async (flags: FidelityFlags) => runFidelity(flags, io));
}
