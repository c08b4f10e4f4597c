import type { CleanTextOptions } from "../clean/clean-text";
import { originalSpan } from "../clean/original-span";
import { argumentError, inputError, invalidDateReason } from "../errors";
import type { Corpus, OnWarning } from "../types";
import type { FrameId } from "./voices/frames/frame";
import { readReport } from "./voices/read-report";
import { reportVoices, type ReportVoices } from "./voices/report-voices";
import type { SpeakerType } from "./voices/speaker-registry";
import { DateBasis, StatementKind } from "./voices/statement-kind";

export { DateBasis, StatementKind } from "./voices/statement-kind";

const FN = "statements";

/** Columns of {@link statements}, in order. */
export const STATEMENT_COLUMNS = [
  "doc_id", "id", "index", "paragraph", "kind", "speaker", "speaker_type", "cue", "frame", "belief", "text", "start", "end",
  "event_id", "event_date", "date_basis", "event_place", "event_occasion",
] as const;

/** One span of a report in one voice. Offsets are UTF-16 units of the text as read. */
export type StatementRow = {
  readonly doc_id: string;
  /** `<doc_id>:<index>`: unique within a corpus of reports. */
  readonly id: string;
  /** Position in the report, from 0. */
  readonly index: number;
  /** Paragraph of the cleaned report, from 0. */
  readonly paragraph: number;
  readonly kind: StatementKind;
  /** Who speaks ("Ali Khamenei", "Foreign Ministry", "senior official"); null for narration or when unknown. */
  readonly speaker: string | null;
  /** person, organisation, anonymous or collective; null when no speaker. */
  readonly speaker_type: SpeakerType | null;
  /** The cue of the attribution ("said", "according to", "remarks"), or null. */
  readonly cue: string | null;
  /** The reporting frame family that attributed it (see the frame catalogue), or null. */
  readonly frame: FrameId | null;
  /** A belief or intention reported ("believes", "vowed", "wants"), not words said. */
  readonly belief: boolean;
  /** `original.slice(start, end)`; a quote without its quote marks. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** `<doc_id>#<n>` of the speech event (n from 1), or `<doc_id>#0` for the publication date. */
  readonly event_id: string;
  /** ISO date of the event at its precision. */
  readonly event_date: string;
  readonly date_basis: DateBasis;
  readonly event_place: string | null;
  readonly event_occasion: string | null;
};

/** Options of {@link statements}. */
export interface StatementsOptions {
  /** Publication date YYYY-MM-DD; required for a string, defaults to each document's date for a corpus. */
  readonly published?: string;
  /** Id of a report given as a string (default "report"). */
  readonly id?: string;
  /** Options of {@link cleanText} (default: remove debris and normalize). */
  readonly clean?: CleanTextOptions;
  /** Receives warnings (unbalanced quote marks, quotes with no speaker). */
  readonly onWarning?: OnWarning;
}

/** Whether `s` is a valid publication date YYYY-MM-DD. */
export const isPublicationDate = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && invalidDateReason(s) === undefined;

/**
 * Separates the voices of a news report and dates every statement. The report is cleaned
 * once ({@link cleanText}); every span is labelled quote, mixed, paraphrase or narration;
 * quotes and paraphrases are attributed by the reporting frames of the catalogue (source
 * first, last or inside the quote, "according to", a statement / interview / post, "told X
 * that", participial and time phrases, passives, "X's remarks", beliefs and intentions) to
 * a speaker: people and organisations found with compromise's tags beside the rules,
 * unnamed and collective sources, with surnames, titles, roles and pronouns resolved to
 * the last compatible speaker. Each statement is dated by its own frame ("on Tuesday"),
 * else a speech event its paragraph states, else its speaker's earlier event, else the
 * publication date; `date_basis` says which.
 *
 * @param input - A report's text (then `options.published` is required) or a corpus of
 *   reports (each published on its `date`, unless `options.published` is given).
 * @returns Rows with {@link STATEMENT_COLUMNS}, offsets into each text as read.
 * @example
 * const rows = statements('"We will not talk," Mayor Ada Brennan said on Sunday. She added that talks were useless.', { published: "2019-11-04" });
 * rows.filter((r) => r.kind !== "narration").map((r) => [r.kind, r.speaker, r.text, r.event_date, r.date_basis]);
 * // [["quote", "Ada Brennan", "We will not talk,", "2019-11-03", "frame"],
 * //  ["paraphrase", "Ada Brennan", "talks were useless", "2019-11-03", "event"]]
 */
export function statements(input: string | Corpus, options: StatementsOptions = {}): StatementRow[] {
  if (options.published !== undefined && !isPublicationDate(options.published)) throw argumentError(FN, 'option "published"', "an ISO date YYYY-MM-DD", options.published);
  if (typeof input === "string") {
    if (options.published === undefined) throw argumentError(FN, 'option "published"', "an ISO date YYYY-MM-DD for a report given as a string", undefined);
    return voicesOfReport(options.id ?? "report", input, options.published, options).rows;
  }
  if (!Array.isArray(input)) throw argumentError(FN, "input", "a report's text or a corpus", input);
  const dated = input.map((doc) => [doc, reportPublished(doc, options.published)] as const);
  return dated.flatMap(([doc, published]) => voicesOfReport(doc.id, doc.text, published, options).rows);
}

/** The publication date of a report of a corpus: the option, else `meta.published`, else its date. */
export function reportPublished(doc: Corpus[number], published?: string): string {
  const meta = doc.meta?.published;
  const p = published ?? (typeof meta === "string" ? meta : undefined) ?? doc.date;
  if (!isPublicationDate(p)) {
    const where = doc.source ? `${doc.source}: ` : "";
    throw inputError(`${where}${FN}: document "${doc.id}" needs a publication date YYYY-MM-DD (its "published" or "date", or option "published"); got ${JSON.stringify(p ?? null)}`);
  }
  return p;
}

/** A report read once: its voices and its statement rows. `published` must be valid. */
export function voicesOfReport(id: string, text: string, published: string, options: StatementsOptions = {}): ReportVoices & { rows: StatementRow[] } {
  const voices = reportVoices(readReport(id, text, published, options.clean, options.onWarning));
  return { ...voices, rows: statementRows(voices, options.onWarning) };
}

/** Rows of a report's voices, offsets mapped back to the text as read. */
function statementRows(voices: ReportVoices, onWarning?: OnWarning): StatementRow[] {
  const { report, registry } = voices;
  const rows: StatementRow[] = [];
  for (const sp of voices.spans) {
    const [start, end] = originalSpan(report.cleaned, sp.start, sp.end);
    const narration = sp.kind === StatementKind.narration;
    if (!narration && sp.who === null && sp.kind !== StatementKind.paraphrase) {
      onWarning?.({ code: "unattributed_quote", message: `${report.id}: no speaker found for the quote at offset ${start}` });
    }
    rows.push({
      doc_id: report.id,
      id: `${report.id}:${rows.length}`,
      index: rows.length,
      paragraph: sp.paragraph,
      kind: sp.kind,
      speaker: narration ? null : registry.label(sp.who),
      speaker_type: narration ? null : registry.type(sp.who),
      cue: sp.cue,
      frame: sp.frame,
      belief: sp.belief,
      text: report.cleaned.original.slice(start, end),
      start,
      end,
      event_id: `${report.id}#${sp.event?.id ?? 0}`,
      event_date: sp.event?.date ?? report.published,
      date_basis: sp.event === null ? DateBasis.publication : sp.basis,
      event_place: sp.event?.place ?? null,
      event_occasion: sp.event?.occasion ?? null,
    });
  }
  return rows;
}
