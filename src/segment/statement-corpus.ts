import { argumentError } from "../errors";
import { strongestBasis } from "./voices/statement-kind";
import type { Corpus, Document } from "../types";
import { StatementKind, statements, type StatementRow, type StatementsOptions } from "./statements";

/** Options of {@link statementCorpus}. */
export interface StatementCorpusOptions extends StatementsOptions {
  /** Kinds of statement kept (default ["quote", "mixed"]: the speaker's own words). */
  readonly kinds?: readonly StatementKind[];
  /** Keep only these speakers (default: every speaker). */
  readonly speakers?: readonly string[];
}

const KINDS = Object.values(StatementKind);

const slug = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function isStatementRows(input: readonly unknown[]): input is readonly StatementRow[] {
  const first = input[0] as Record<string, unknown> | undefined;
  return first !== undefined && typeof first === "object" && "kind" in first && "start" in first && "event_date" in first;
}

/**
 * Turns news reports into a corpus of what each speaker said at each speech event, so any
 * measure (term frequency, keyness, stance, rhetoric) runs on the right voice and the right
 * date. One document per report, speaker and event date: id `<report>:<event_date>:<speaker
 * slug>`, `date` the event date, `speaker` the speaker, text the statements in report order
 * separated by blank lines; `meta` holds `report`, `event_place`, `event_occasion`,
 * `date_basis` and `n_statements`.
 *
 * @param input - A report's text, a corpus of reports (see {@link statements}) or rows
 *   already returned by {@link statements}.
 * @param options - Those of {@link statements}, plus `kinds` (default quote and mixed) and
 *   `speakers` (default all).
 * @example
 * const speeches = statementCorpus(reportText, { published: "2019-11-04" });
 * speeches.map((d) => [d.speaker, d.date]); // [["Ali Khamenei", "2019-11-03"], ["Ali Khamenei", "2019-09-17"]]
 * termFrequency(speeches.filter((d) => d.date === "2019-11-03"), { stopwords: "en", top: 10 });
 */
export function statementCorpus(input: string | Corpus | readonly StatementRow[], options: StatementCorpusOptions = {}): Corpus {
  const kinds = options.kinds ?? [StatementKind.quote, StatementKind.mixed];
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !KINDS.includes(k))) {
    throw argumentError("statementCorpus", 'option "kinds"', `a non-empty list of ${KINDS.join(", ")}`, kinds);
  }
  const rows = typeof input !== "string" && isStatementRows(input) ? input : statements(input as string | Corpus, options);
  const wanted = options.speakers === undefined ? undefined : new Set(options.speakers);
  const groups = new Map<string, StatementRow[]>();
  for (const r of rows) {
    if (r.speaker === null || !kinds.includes(r.kind) || (wanted && !wanted.has(r.speaker))) continue;
    const key = `${r.doc_id}:${r.event_date}:${slug(r.speaker)}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const docs: Document[] = [];
  for (const [id, list] of groups) {
    const first = list[0]!;
    docs.push({
      id,
      text: list.map((r) => r.text).join("\n\n"),
      date: first.event_date,
      speaker: first.speaker!,
      title: `${first.speaker} (${first.event_date}${first.event_place ? `, ${first.event_place}` : ""})`,
      source: first.doc_id,
      meta: {
        report: first.doc_id,
        event_place: first.event_place,
        event_occasion: first.event_occasion,
        date_basis: strongestBasis(list),
        n_statements: list.length,
      },
    });
  }
  return docs;
}
