import { argumentError, inputError } from "../errors";
import { speakerRows, type SpeakerMentionRow } from "../segment/speaker-table";
import { statementCorpus } from "../segment/statement-corpus";
import { isPublicationDate, STATEMENT_COLUMNS, voicesOfReport, type StatementKind, type StatementRow } from "../segment/statements";
import type { Corpus, Document, MetaValue, OnWarning } from "../types";
import { newsEventRows, type NewsEventRow } from "./news-event-rows";

/** Parameters of {@link newsReports}. */
export interface NewsReportsParams {
  /** Publication date of the reports that have none (`published` in their fields, else `date`). */
  readonly published?: string;
  /** Kinds of statement in the speeches (default quote and mixed). */
  readonly kinds?: readonly StatementKind[];
  readonly onWarning?: OnWarning;
}

/** A statement with its report: `report_id`, the statement columns, then the report's fields. */
export type ReportStatementRow = Omit<StatementRow, "doc_id"> & { readonly report_id: string } & Readonly<Record<string, MetaValue | boolean>>;

/** What {@link newsReports} returns. */
export interface NewsReports {
  /** Every statement of every report, with its report's fields. */
  readonly statements: readonly ReportStatementRow[];
  /** Column names of `statements`: `id`, `report_id`, the statement columns, the report fields. */
  readonly columns: readonly string[];
  /** Speech events of each report, with `report_id`. */
  readonly events: readonly (NewsEventRow & { readonly report_id: string })[];
  /** Every mention of every speaker ({@link speakerTable}). */
  readonly speakers: readonly SpeakerMentionRow[];
  /** One document per report, speaker and event ({@link statementCorpus}). */
  readonly speeches: Corpus;
}

/** Statement columns as the corpus rows carry them: `id`, `report_id`, then the rest without `doc_id`. */
export const REPORT_STATEMENT_COLUMNS = ["id", "report_id", ...STATEMENT_COLUMNS.filter((c) => c !== "doc_id" && c !== "id")] as const;

/** The publication date of a report: its `published` field, else its date, else the fallback. */
function publishedOf(doc: Document, fallback: string | undefined): string {
  const meta = doc.meta?.published;
  const p = typeof meta === "string" && meta !== "" ? meta : doc.date ?? fallback;
  if (!isPublicationDate(p)) {
    const where = doc.source ? `${doc.source}: ` : "";
    throw inputError(`${where}report "${doc.id}" needs a publication date YYYY-MM-DD (a "published" or "date" field, or --published); got ${JSON.stringify(p ?? null)}`);
  }
  return p;
}

/** The report's own fields for its statement rows; a name the statement already uses gets "report_". */
function reportFields(doc: Document, published: string): Record<string, MetaValue> {
  const taken = new Set<string>(REPORT_STATEMENT_COLUMNS);
  const out: Record<string, MetaValue> = {};
  const put = (k: string, v: MetaValue | undefined): void => {
    if (v === undefined) return;
    out[taken.has(k) || k === "text" ? `report_${k}` : k] = v;
  };
  put("published", published);
  put("title", doc.title);
  put("source", doc.source);
  put("speaker", doc.speaker);
  for (const [k, v] of Object.entries(doc.meta ?? {})) if (k !== "published") put(k, v);
  return out;
}

/**
 * The voices of a corpus of news reports, chained for other commands: every statement with
 * a unique `id`, its `report_id` and the report's fields; the speech events and speakers of
 * each report; and the speakers' own words as a corpus (one document per report, speaker
 * and event) that every measure reads. `discourse-lab voices` runs it.
 *
 * @param corpus - The reports; each needs a publication date (`published` field, `date`, or `params.published`).
 * @example
 * const r = newsReports(await loadCorpus("reports/"), { published: "2026-04-17" });
 * termFrequency(r.speeches, { by: "speaker", top: 10 });
 */
export function newsReports(corpus: Corpus, params: NewsReportsParams = {}): NewsReports {
  if (!Array.isArray(corpus)) throw argumentError("newsReports", "corpus", "an array of documents", corpus);
  if (params.published !== undefined && !isPublicationDate(params.published)) throw argumentError("newsReports", 'param "published"', "an ISO date YYYY-MM-DD", params.published);
  const dated = corpus.map((doc) => [doc, publishedOf(doc, params.published)] as const);
  const statements: ReportStatementRow[] = [];
  const events: (NewsEventRow & { report_id: string })[] = [];
  const speakers: SpeakerMentionRow[] = [];
  const rowsOf: StatementRow[] = [];
  const extra = new Set<string>();
  for (const [doc, published] of dated) {
    const voices = voicesOfReport(doc.id, doc.text, published, { onWarning: params.onWarning });
    const fields = reportFields(doc, published);
    Object.keys(fields).forEach((k) => extra.add(k));
    for (const { doc_id, ...r } of voices.rows) statements.push({ ...r, report_id: doc_id, ...fields });
    events.push(...newsEventRows(voices.rows).map((e) => ({ report_id: doc.id, ...e })));
    speakers.push(...speakerRows(voices, voices.rows));
    rowsOf.push(...voices.rows);
  }
  return { statements, columns: [...REPORT_STATEMENT_COLUMNS, ...extra], events, speakers, speeches: statementCorpus(rowsOf, { kinds: params.kinds }) };
}
