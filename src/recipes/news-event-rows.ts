import { StatementKind, type StatementRow } from "../segment/statements";
import { strongestBasis } from "../segment/voices/statement-kind";

/** Columns of the event rows of a report ({@link newsEventRows}), in order. */
export const NEWS_EVENT_COLUMNS = ["event_id", "event_date", "date_basis", "event_place", "event_occasion", "speakers", "n_quotes", "n_mixed", "n_paraphrases", "n_words_quoted"] as const;

/** One speech event of a report (or the publication date, for undated statements). */
export type NewsEventRow = {
  readonly event_id: string;
  readonly event_date: string;
  readonly date_basis: string;
  readonly event_place: string | null;
  readonly event_occasion: string | null;
  /** Speakers of the event's quotes and paraphrases, joined with "; ". */
  readonly speakers: string;
  readonly n_quotes: number;
  readonly n_mixed: number;
  readonly n_paraphrases: number;
  /** Words inside quote marks (quotes and mixed quotes). */
  readonly n_words_quoted: number;
};

/**
 * One row per speech event of a report's statements (the publication date, `#0`, last):
 * its date, basis, place and occasion, speakers, and counts of quotes, mixed quotes,
 * paraphrases and quoted words.
 *
 * @param rows - The statements of one report ({@link statements}).
 * @returns Rows with {@link NEWS_EVENT_COLUMNS}, stated events in report order.
 * @example
 * newsEventRows(statements(text, { published: "2025-04-12" })).map((e) => [e.event_date, e.speakers]);
 */
export function newsEventRows(rows: readonly StatementRow[]): NewsEventRow[] {
  const byId = new Map<string, StatementRow[]>();
  for (const r of rows) {
    const list = byId.get(r.event_id);
    if (list) list.push(r);
    else byId.set(r.event_id, [r]);
  }
  const out: NewsEventRow[] = [];
  for (const [id, list] of byId) {
    const voiced = list.filter((r) => r.kind !== StatementKind.narration && r.speaker !== null);
    const quoted = list.filter((r) => r.kind === StatementKind.quote || r.kind === StatementKind.mixed);
    out.push({
      event_id: id,
      event_date: list[0]!.event_date,
      date_basis: strongestBasis(list),
      event_place: list[0]!.event_place,
      event_occasion: list[0]!.event_occasion,
      speakers: [...new Set(voiced.map((r) => r.speaker!))].join("; "),
      n_quotes: list.filter((r) => r.kind === StatementKind.quote).length,
      n_mixed: list.filter((r) => r.kind === StatementKind.mixed).length,
      n_paraphrases: list.filter((r) => r.kind === StatementKind.paraphrase).length,
      n_words_quoted: quoted.reduce((n, r) => n + (r.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0), 0),
    });
  }
  // Stated events in report order, the publication date (#0) last.
  const n = (id: string): number => Number(id.slice(id.lastIndexOf("#") + 1)) || Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => n(a.event_id) - n(b.event_id));
}
