/** voices: the statements of a news report, one row each (quote, mixed, paraphrase, narration). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { newsReport } from "../recipes/news-report";
import { formatOption, limitOption, printRows, UsageError, warnTo, type CliIo } from "./shared";

/** Columns printed by `discourse-lab voices`. */
export const VOICES_COLUMNS = ["kind", "speaker", "start", "end", "text", "event_date", "cue"] as const;

/** Registers the voices command. */
export function registerVoicesCommands(program: Command, _chart: Command, io: CliIo): void {
  limitOption(formatOption(program.command("voices").description("the voices of a news report: each quote, mixed quote, paraphrase and narration span with its speaker, cue and event date")))
    .requiredOption("--input <REPORT>", "the report, a UTF-8 text file")
    .requiredOption("--published <YYYY-MM-DD>", "the report's publication date (relative dates resolve against it)")
    .option("--kind <LIST>", "print only these kinds (comma-separated: quote, mixed, paraphrase, narration)")
    .option("--speaker <NAME>", "print only this speaker's statements")
    .addOption(new Option("--events", "print one row per speech event instead"))
    .action(async (flags: { input: string; published: string; kind?: string; speaker?: string; events?: boolean; limit?: number; format: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) throw new UsageError(`voices: --published takes a date YYYY-MM-DD; got "${flags.published}"`);
      const kinds = flags.kind?.split(",").map((k) => k.trim()).filter((k) => k.length > 0);
      const bad = kinds?.find((k) => !["quote", "mixed", "paraphrase", "narration"].includes(k));
      if (bad !== undefined) throw new UsageError(`voices: --kind takes quote, mixed, paraphrase or narration; got "${bad}"`);
      const text = await readFile(flags.input, "utf8");
      const report = newsReport(text, { published: flags.published, id: path.basename(flags.input), onWarning: warnTo(io) });
      if (flags.events) {
        await printRows(io, report.events, ["event_id", "event_date", "date_basis", "event_place", "event_occasion", "speakers", "n_quotes", "n_mixed", "n_paraphrases", "n_words_quoted"], flags.format, flags.limit);
        return;
      }
      // Rows are made as they are written (the statements of one report are in memory already).
      const rows = (function* () {
        for (const r of report.statements) {
          if ((kinds === undefined || kinds.includes(r.kind)) && (flags.speaker === undefined || r.speaker === flags.speaker)) {
            yield { kind: r.kind, speaker: r.speaker, start: r.char_start, end: r.char_end, text: r.text, event_date: r.event_date, cue: r.cue };
          }
        }
      })();
      await printRows(io, rows, VOICES_COLUMNS, flags.format, flags.limit);
    });
}
