import type { Document } from "../types";

/** Built-in groupings; any other string names a document field or metadata key. */
export const GroupingKind = {
  none: "none",
  document: "document",
  year: "year",
  /** "2019-11"; a document dated only to the year goes to "(missing)". */
  month: "month",
  /** "2019-Q4" (starting "2019-10"); needs the month. */
  quarter: "quarter",
  /** ISO 8601 week "2019-W45" (Monday to Sunday, starting "2019-11-04"); needs the day. */
  week: "week",
  decade: "decade",
  century: "century",
  period: "period",
  era: "era",
} as const;
export type GroupingKind = (typeof GroupingKind)[keyof typeof GroupingKind];

/** A named era: documents dated in [start, end) belong to it. */
export interface Era {
  readonly name: string;
  /** ISO date, inclusive. */
  readonly start: string;
  /** ISO date, exclusive; open-ended when absent. */
  readonly end?: string;
}

/** How documents are grouped. */
export interface GroupOptions {
  /**
   * "none" (default: one group "all"), "document", "year", "month", "quarter", "week"
   * (ISO 8601), "decade", "century", "period" (with `breaks`), "era" (with `eras`), or the
   * name of a document field (speaker, title, source) or metadata key (party, lang, ...).
   * Month and quarter need a date to the month, a week one to the day: a document dated
   * more coarsely ("2019") is counted in "(missing)" (one `missing_group` warning with the
   * count), never guessed into its first month. A field no document has is an
   * `invalid_argument` error naming the fields they have and the nearest.
   */
  readonly by?: string;
  /** For `by: "period"`: ISO dates where periods start, ascending. */
  readonly breaks?: readonly string[];
  /** For `by: "era"`: named eras. */
  readonly eras?: readonly Era[];
  /** A second field or metadata key splitting every group (for small multiples). */
  readonly split?: string;
}

/** The group a document falls in. */
export interface DocumentGroup {
  readonly group: string;
  /** ISO date where the group's period starts (or the document's date); null for non-date groups. */
  readonly group_start: string | null;
  readonly split: string | null;
}

/** The document fields besides metadata, by which documents can be grouped or selected. */
export const DOCUMENT_FIELDS = ["id", "date", "speaker", "title", "source"] as const;

/** Label of documents lacking the field or date a grouping needs. */
export const MISSING_GROUP = "(missing)";

/** A document field or metadata value as a string; undefined when absent or empty. */
export function fieldValue(doc: Document, field: string): string | undefined {
  const direct = (DOCUMENT_FIELDS as readonly string[]).includes(field)
    ? (doc as unknown as Record<string, unknown>)[field]
    : doc.meta[field];
  if (direct === undefined || direct === null || direct === "") return undefined;
  return String(direct);
}

/**
 * Compares ISO dates at mixed precision, a coarser date standing for its first day:
 * "1861" = "1861-01" = "1861-01-01" < "1861-03-04".
 * @example
 * ["2019-09-17", "1953", "1953-08"].sort(compareDates); // ["1953", "1953-08", "2019-09-17"]
 */
export function compareDates(a: string, b: string): number {
  const x = padDate(a);
  const y = padDate(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function padDate(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
