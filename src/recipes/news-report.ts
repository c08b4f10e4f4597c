import type { RemovedRow } from "../clean/clean-text";
import { argumentError } from "../errors";
import { termFrequency, type TermFrequencyRow } from "../measure/term-frequency";
import { statementCorpus } from "../segment/statement-corpus";
import { speakerRows, type SpeakerMentionRow } from "../segment/speaker-table";
import { isPublicationDate, voicesOfReport, type StatementKind, type StatementRow } from "../segment/statements";
import { newsEventRows, type NewsEventRow } from "./news-event-rows";

export { NEWS_EVENT_COLUMNS, type NewsEventRow } from "./news-event-rows";
import type { Corpus, OnWarning } from "../types";
import { voicesHtml } from "../render/voices-html";

/** Parameters of the news-report analysis (the notebook's parameters cell shows them). */
export interface NewsReportParams {
  /** Publication date of the report, YYYY-MM-DD. */
  readonly published: string;
  /** Id of the report (default "report"). */
  readonly id?: string;
  /** Kinds of statement counted as a speaker's words (default quote and mixed). */
  readonly kinds?: readonly StatementKind[];
  /** Stopword language removed before term frequency (default "en"). */
  readonly stopwords?: string;
  /** Terms shown per speech (default 8). */
  readonly top?: number;
  readonly onWarning?: OnWarning;
}

/** What {@link newsReport} returns. */
export interface NewsReport {
  /** Every statement of the report ({@link STATEMENT_COLUMNS}). */
  readonly statements: readonly StatementRow[];
  /** Every mention of every speaker ({@link SPEAKER_TABLE_COLUMNS}). */
  readonly speakers: readonly SpeakerMentionRow[];
  /** Debris lines removed by cleaning. */
  readonly removed: readonly RemovedRow[];
  /** One row per speech event ({@link NEWS_EVENT_COLUMNS}). */
  readonly events: readonly NewsEventRow[];
  /** One document per speaker and event: the speaker's own words ({@link statementCorpus}). */
  readonly speeches: Corpus;
  /** Top terms of each speech: `group` is the event date, `split` the speaker. */
  readonly terms: readonly TermFrequencyRow[];
  /** The report with its voices highlighted ({@link voicesHtml}). */
  readonly html: string;
}

/**
 * The news-report analysis: cleans the page, separates the voices, dates every statement,
 * regroups each speaker's own words per speech event and counts their terms. Pure: the
 * notebook `05-news-report.ipynb` and `discourse-lab voices` both call it.
 *
 * @param text - The report as read.
 * @param params - `published` (required), `id`, `kinds`, `stopwords` ("en"), `top` (8).
 * @example
 * const r = newsReport(readFileSync("data/news-report-sample.txt", "utf8"), { published: "2025-04-12" });
 * r.events.map((e) => [e.event_date, e.n_quotes]);
 * r.terms.filter((t) => t.split === "Hana Vos");
 */
export function newsReport(text: string, params: NewsReportParams): NewsReport {
  if (params === null || typeof params !== "object") throw argumentError("newsReport", "params", "an object with a publication date", params);
  if (!isPublicationDate(params.published)) throw argumentError("newsReport", 'param "published"', "an ISO date YYYY-MM-DD", params.published);
  if (typeof text !== "string") throw argumentError("newsReport", "text", "a string", text);
  // The report is cleaned and read once; every part below reuses that reading.
  const voices = voicesOfReport(params.id ?? "report", text, params.published, { onWarning: params.onWarning });
  const rows = voices.rows;
  const speeches = statementCorpus(rows, { kinds: params.kinds });
  const terms = speeches.length === 0 ? [] : termFrequency(speeches, { by: "date", split: "speaker", stopwords: params.stopwords ?? "en", removeNumbers: true, top: params.top ?? 8 });
  const removed = voices.report.cleaned.removed;
  return { statements: rows, speakers: speakerRows(voices, rows), removed, events: newsEventRows(rows), speeches, terms, html: voicesHtml(text, rows, { removed }) };
}
