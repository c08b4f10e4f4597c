import { argumentError } from "../../errors";
import { sentences } from "../../segment/sentences";
import { isPublicationDate, statements, type StatementRow } from "../../segment/statements";
import type { OnWarning } from "../../types";
import { alignQuote, WordCodes, wordsOf, type QuoteAlignment, type Word } from "./align-quote";

/** How faithful a quote is to what was said. */
export const FidelityLabel = {
  /** The quote is whole sentences of the transcript, word for word. */
  exact: "exact",
  /** Word for word, but words of the sentence are cut at its start or end. */
  trimmed: "trimmed",
  /** Words of the transcript are left out inside the quote (with or without an ellipsis). */
  elided: "elided",
  /** Words are changed or added (listed in `changed`). */
  altered: "altered",
  /** No passage of the transcript holds enough of the quote's words (60% by default). */
  notFound: "not_found",
} as const;
export type FidelityLabel = (typeof FidelityLabel)[keyof typeof FidelityLabel];

/** Columns of {@link quoteFidelity}, in order. */
export const QUOTE_FIDELITY_COLUMNS = [
  "statement_id", "kind", "speaker", "label", "quote", "report_start", "report_end", "passage", "transcript_start", "transcript_end",
  "words_quoted", "words_kept", "distance", "ellipsis", "elided", "changed",
] as const;

/** One direct or mixed quote of a report against the transcript. */
export type QuoteFidelityRow = {
  /** The statement's id ({@link statements}). */
  readonly statement_id: string;
  readonly kind: "quote" | "mixed";
  readonly speaker: string | null;
  readonly label: FidelityLabel;
  /** The quote as written in the report; `report.slice(report_start, report_end)`. */
  readonly quote: string;
  readonly report_start: number;
  readonly report_end: number;
  /** The transcript's passage it was aligned to (null when not found); `transcript.slice(transcript_start, transcript_end)`. */
  readonly passage: string | null;
  readonly transcript_start: number | null;
  readonly transcript_end: number | null;
  readonly words_quoted: number;
  /** Quote words matched to the same word of the passage. */
  readonly words_kept: number;
  /** Word-level Levenshtein distance between quote and passage (natural); the quote's word count when not found. */
  readonly distance: number;
  /** The quote marks a cut with an ellipsis ("...", "…", "[...]"). */
  readonly ellipsis: boolean;
  /** Transcript words left out inside the quote, cuts separated by " | ". */
  readonly elided: string;
  /** Words changed ("never <- not") or added ("+ truly"), separated by " | ". */
  readonly changed: string;
};

/** Options of {@link quoteFidelity}. */
export interface QuoteFidelityOptions {
  /** The report's publication date, YYYY-MM-DD (required: the report is read by {@link statements}). */
  readonly published?: string;
  /** Id of the report (default "report"). */
  readonly id?: string;
  /** Share of a quote's words the passage must hold, or the quote is not found (default 0.6). */
  readonly minShare?: number;
  readonly onWarning?: OnWarning;
}

const FN = "quoteFidelity";
/** Words as written in `text` (from the first to the last, with what stands between). */
const surface = (text: string, ws: readonly Word[]): string => (ws.length === 0 ? "" : text.slice(ws[0]!.start, ws[ws.length - 1]!.end));

/** The label of an alignment; `whole` tells whether the passage is whole sentences. */
function label(a: QuoteAlignment, minShare: number, whole: boolean): FidelityLabel {
  const n = a.quoteWords.length;
  if (a.passage === null || n === 0 || a.kept / n < minShare || (n >= 2 && a.kept < 2)) return FidelityLabel.notFound;
  if (a.edits.some((e) => e.op !== "elided")) return FidelityLabel.altered;
  if (a.edits.length > 0) return FidelityLabel.elided;
  return whole ? FidelityLabel.exact : FidelityLabel.trimmed;
}

/** Whether transcript words `[first, last]` start and end sentences. */
function wholeSentences(words: readonly Word[], bounds: readonly [number, number][], first: number, last: number): boolean {
  const startOf = bounds.find(([a, b]) => words[first]!.start >= a && words[first]!.start < b);
  const endOf = bounds.find(([a, b]) => words[last]!.end > a && words[last]!.end <= b);
  if (!startOf || !endOf) return false;
  const firstInSentence = words.findIndex((w) => w.start >= startOf[0]);
  let lastInSentence = last;
  while (lastInSentence + 1 < words.length && words[lastInSentence + 1]!.end <= endOf[1]) lastInSentence++;
  return firstInSentence === first && lastInSentence === last;
}

/**
 * Quote fidelity: every direct and mixed quote of a news report aligned to its best passage
 * in a transcript of the speech, word by word (case and punctuation aside), and labelled
 * exact, trimmed (words cut at the ends), elided (words left out inside, with or without an
 * ellipsis), altered (words changed or added, listed) or not found, with offsets on both
 * sides. The passage is found with natural's Levenshtein substring search over words
 * (skipping a transcript word costs 0.2, a changed or missing word 1), the edits with
 * jsdiff's array diff.
 *
 * @param report - The news report as read.
 * @param transcript - The transcript of the speech as read.
 * @param options - `published` (required), `id`, `minShare` (0.6), `onWarning`.
 * @returns Rows with {@link QUOTE_FIDELITY_COLUMNS}, in report order.
 * @see natural (MIT) LevenshteinDistanceSearch; diff (BSD-3-Clause) diffArrays.
 * @example
 * quoteFidelity('“We will never accept this,” Costa said.', "We will not accept this. Thank you.", { published: "2026-04-17" })
 *   .map((r) => [r.label, r.changed]); // [["altered", "never <- not"]]
 */
export function quoteFidelity(report: string, transcript: string, options: QuoteFidelityOptions = {}): QuoteFidelityRow[] {
  if (typeof report !== "string") throw argumentError(FN, "report", "a string", report);
  if (typeof transcript !== "string") throw argumentError(FN, "transcript", "a string", transcript);
  if (!isPublicationDate(options.published)) throw argumentError(FN, 'option "published"', "an ISO date YYYY-MM-DD", options.published);
  const minShare = options.minShare ?? 0.6;
  if (typeof minShare !== "number" || !(minShare > 0 && minShare <= 1)) throw argumentError(FN, 'option "minShare"', "a number in (0, 1]", minShare);
  const quotes = statements(report, { published: options.published, id: options.id, onWarning: options.onWarning }).filter((r): r is StatementRow & { kind: "quote" | "mixed" } => r.kind === "quote" || r.kind === "mixed");
  const words = wordsOf(transcript);
  const bounds = sentences([{ id: "transcript", text: transcript, meta: {} }]).map((s) => [s.start, s.end] as [number, number]);
  const codes = new WordCodes();
  return quotes.map((q) => {
    const a = alignQuote(report, q.start, q.end, words, codes);
    const l = label(a, minShare, a.passage !== null && wholeSentences(words, bounds, a.passage[0], a.passage[1]));
    const found = l !== FidelityLabel.notFound && a.passage !== null;
    const [ts, te] = found ? [words[a.passage![0]]!.start, words[a.passage![1]]!.end] : [null, null];
    return {
      statement_id: q.id,
      kind: q.kind,
      speaker: q.speaker,
      label: l,
      quote: q.text,
      report_start: q.start,
      report_end: q.end,
      passage: ts === null ? null : transcript.slice(ts, te!),
      transcript_start: ts,
      transcript_end: te,
      words_quoted: a.quoteWords.length,
      words_kept: found ? a.kept : 0,
      distance: found ? a.distance : a.quoteWords.length,
      ellipsis: a.ellipsis,
      elided: found ? a.edits.filter((e) => e.op === "elided").map((e) => surface(transcript, e.transcript)).join(" | ") : "",
      changed: found ? a.edits.filter((e) => e.op !== "elided").map((e) => (e.op === "added" ? `+ ${surface(report, e.quote)}` : `${surface(report, e.quote)} <- ${surface(transcript, e.transcript)}`)).join(" | ") : "",
    };
  });
}
