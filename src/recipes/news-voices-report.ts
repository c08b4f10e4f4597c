import { statementCountsChart, type StatementCountRow } from "../chart/statement-counts-chart";
import type { Report, ReportItem } from "../render/report";
import { StatementKind } from "../segment/statements";
import type { Corpus, OnWarning } from "../types";
import { newsReports } from "./news-reports";
import { NEWS_EVENT_COLUMNS } from "./news-event-rows";

/** Parameters of the news section of a report; each optional. */
export interface NewsVoicesParams {
  /** Publication date of the reports that give none (`published` or `date` field). */
  readonly published?: string;
  /** Kinds of statement shown (default quote, mixed and paraphrase). */
  readonly kinds?: readonly StatementKind[];
}

/** The columns of the statements table of the news section. */
export const NEWS_VOICES_COLUMNS = ["id", "report_id", "kind", "speaker", "speaker_type", "cue", "event_date", "date_basis", "text"] as const;

/** Speakers shown in the voices chart (the most quoted). */
const MAX_SPEAKERS = 20;

/**
 * The voices of a corpus of news reports, for `discourse-lab report`: who is given voice and
 * how (statements per speaker by kind: quote, mixed quote, paraphrase) and the speech
 * events the statements belong to (statements per event, with its date, place, occasion
 * and speakers). Each report needs a publication date (`published` or `date`, or
 * `params.published`); a corpus where none has one gives no items and a warning. Pure.
 *
 * @param corpus News reports ({@link newsReports}).
 * @param params See {@link NewsVoicesParams}.
 * @param onWarning Receives the warnings of reading the reports.
 * @returns A {@link Report} with items `news-voices` and `news-events`.
 * @example
 * const report = newsVoicesReport(await loadCorpus("reports/"));
 * await show(report.items[0].chart);
 */
export function newsVoicesReport(corpus: Corpus, params: NewsVoicesParams = {}, onWarning?: OnWarning): Report {
  const datedReports = corpus.filter((d) => params.published !== undefined || typeof d.meta.published === "string" || /^\d{4}-\d{2}-\d{2}$/.test(d.date ?? ""));
  if (datedReports.length < corpus.length) {
    onWarning?.({ code: "news_undated", message: `newsVoicesReport: ${corpus.length - datedReports.length} of ${corpus.length} reports have no publication date YYYY-MM-DD (a "published" or "date" field); they are left out of the voices` });
  }
  if (datedReports.length === 0) return { title: "Voices in the news", summary: "No report has a publication date, so no voices were read.", items: [] };
  const kinds = params.kinds ?? [StatementKind.quote, StatementKind.mixed, StatementKind.paraphrase];
  const r = newsReports(datedReports, { published: params.published, onWarning });
  const voiced = r.statements.filter((s) => kinds.includes(s.kind as StatementKind) && s.speaker !== null);
  const bySpeaker = new Map<string, { total: number; counts: Map<string, number>; example: string }>();
  for (const s of voiced) {
    const e = bySpeaker.get(s.speaker!) ?? { total: 0, counts: new Map(), example: s.text };
    e.total++;
    e.counts.set(s.kind, (e.counts.get(s.kind) ?? 0) + 1);
    bySpeaker.set(s.speaker!, e);
  }
  const speakers = [...bySpeaker].sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SPEAKERS);
  const speakerRows: StatementCountRow[] = speakers.flatMap(([speaker, e]) => kinds.map((kind) => ({ group: speaker, kind, n: e.counts.get(kind) ?? 0, detail: shorten(e.example) })));
  const eventRows: StatementCountRow[] = r.events.flatMap((e) => {
    const group = `${e.report_id} · ${e.event_date}${e.event_place ? ` · ${e.event_place}` : ""}`;
    const detail = [e.speakers, e.event_occasion, e.date_basis].filter((x) => x).join("; ");
    const n: Record<string, number> = { quote: e.n_quotes, mixed: e.n_mixed, paraphrase: e.n_paraphrases };
    return kinds.map((kind) => ({ group, kind, n: n[kind] ?? 0, detail }));
  });
  const items: ReportItem[] = [
    {
      id: "news-voices",
      title: "Who is given voice: statements per speaker",
      caption: `Quotes, mixed quotes and paraphrases per speaker in ${datedReports.length} reports (the ${speakers.length} most voiced of ${bySpeaker.size}); the table lists every statement with its speech event.`,
      chart: statementCountsChart(speakerRows, { title: "Statements per speaker", groupTitle: "speaker" }),
      table: { columns: NEWS_VOICES_COLUMNS, rows: voiced },
    },
    {
      id: "news-events",
      title: "Statements per speech event",
      caption: "Each report's statements regrouped by the speech event they report (its date, place and occasion as the report gives them; the publication date when it gives none).",
      chart: statementCountsChart(eventRows, { title: "Statements per speech event", groupTitle: "report · event date" }),
      table: { columns: ["report_id", ...NEWS_EVENT_COLUMNS], rows: r.events },
    },
  ];
  return { title: "Voices in the news", summary: `${voiced.length} statements by ${bySpeaker.size} speakers in ${r.events.length} speech events.`, items };
}

function shorten(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
}
