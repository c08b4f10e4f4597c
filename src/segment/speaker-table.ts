import { originalSpan } from "../clean/original-span";
import { argumentError } from "../errors";
import type { Corpus } from "../types";
import { isPublicationDate, reportPublished, voicesOfReport, type StatementRow, type StatementsOptions } from "./statements";
import type { ReportVoices } from "./voices/report-voices";
import type { SpeakerType } from "./voices/speaker-registry";

/** Columns of {@link speakerTable}, in order. */
export const SPEAKER_TABLE_COLUMNS = ["doc_id", "speaker", "speaker_type", "n_statements", "mention", "via", "start", "end"] as const;

/** One mention of a speaker: where the report names them, and how it was resolved. */
export type SpeakerMentionRow = {
  readonly doc_id: string;
  /** The speaker's label, as in the statement rows. */
  readonly speaker: string;
  readonly speaker_type: SpeakerType;
  /** Quotes, mixed quotes and paraphrases of the speaker in the report. */
  readonly n_statements: number;
  /** The mention as written ("Trade Minister Maria Costa", "Costa", "the minister", "she"). */
  readonly mention: string;
  /** How it was resolved: name, surname, role, pronoun, possessive or description. */
  readonly via: string;
  /** UTF-16 offsets of the mention in the text as read. */
  readonly start: number;
  readonly end: number;
};

/** The speaker table of a report read by {@link statements}. Internal (the recipe reuses the reading). */
export function speakerRows(voices: ReportVoices, rows: readonly StatementRow[]): SpeakerMentionRow[] {
  const { report, registry } = voices;
  const counts = new Map<string, number>();
  for (const r of rows) if (r.kind !== "narration" && r.speaker !== null) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  const seen = new Set<string>();
  const out: SpeakerMentionRow[] = [];
  for (const { mention, entity, via } of registry.mentions()) {
    const speaker = registry.label(entity)!;
    const n = counts.get(speaker) ?? 0;
    const key = `${mention.start}:${mention.end}`;
    if (n === 0 || seen.has(key)) continue;
    seen.add(key);
    const [start, end] = originalSpan(report.cleaned, mention.start, mention.end);
    out.push({ doc_id: report.id, speaker, speaker_type: registry.type(entity)!, n_statements: n, mention: report.cleaned.original.slice(start, end), via, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The speakers of news reports with every mention that names them: full names with titles,
 * surnames, roles ("the foreign minister"), pronouns, possessives ("his spokesman") and
 * descriptions of unnamed or collective sources, each with its offsets in the text as read
 * and how it was resolved. Only speakers with at least one quote, mixed quote or paraphrase
 * are listed. Reads the reports as {@link statements} does (same options).
 *
 * @returns Rows with {@link SPEAKER_TABLE_COLUMNS}, in text order per report.
 * @example
 * const text = "Trade Minister Maria Costa warned of tariffs. “We will answer,” the minister said. She left.";
 * speakerTable(text, { published: "2025-03-14" }).map((r) => [r.speaker, r.mention, r.via]);
 * // [["Maria Costa", "Trade Minister Maria Costa", "name"], ["Maria Costa", "the minister", "role"]]
 */
export function speakerTable(input: string | Corpus, options: StatementsOptions = {}): SpeakerMentionRow[] {
  const fn = "speakerTable";
  if (options.published !== undefined && !isPublicationDate(options.published)) throw argumentError(fn, 'option "published"', "an ISO date YYYY-MM-DD", options.published);
  if (typeof input === "string") {
    if (options.published === undefined) throw argumentError(fn, 'option "published"', "an ISO date YYYY-MM-DD for a report given as a string", undefined);
    const v = voicesOfReport(options.id ?? "report", input, options.published, options);
    return speakerRows(v, v.rows);
  }
  if (!Array.isArray(input)) throw argumentError(fn, "input", "a report's text or a corpus", input);
  const dated = input.map((doc) => [doc, reportPublished(doc, options.published)] as const);
  return dated.flatMap(([doc, published]) => {
    const v = voicesOfReport(doc.id, doc.text, published, options);
    return speakerRows(v, v.rows);
  });
}
