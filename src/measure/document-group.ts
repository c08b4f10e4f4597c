import { argumentError, invalidDateReason } from "../errors";
import type { Document, OnWarning } from "../types";

/** Built-in groupings; any other string names a document field or metadata key. */
export const GroupingKind = {
  none: "none",
  document: "document",
  year: "year",
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
   * "none" (default: one group "all"), "document", "year", "decade", "century",
   * "period" (with `breaks`), "era" (with `eras`), or the name of a document field
   * (speaker, title, source) or metadata key (party, ...).
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

/** Label of documents lacking the field or date a grouping needs. */
export const MISSING_GROUP = "(missing)";

/**
 * Returns a function placing each document in its group. Dates at coarser precision are
 * placed by their first day ("1861" sorts as 1861-01-01). Documents lacking the date or
 * field go to the group "(missing)", reported once per document through `onWarning`.
 * @internal
 */
export function groupingOf(fn: string, options: GroupOptions, onWarning?: OnWarning): (doc: Document) => DocumentGroup {
  const by = options.by ?? GroupingKind.none;
  if (typeof by !== "string" || by.length === 0) throw argumentError(fn, 'option "by"', "a grouping name or field", by);
  const splitField = options.split;
  const missing = (doc: Document, what: string): DocumentGroup => {
    onWarning?.({ code: "missing_group", message: `${fn}: document ${JSON.stringify(doc.id)} has no ${what}; counted in group "${MISSING_GROUP}"` });
    return { group: MISSING_GROUP, group_start: null, split: null };
  };
  const splitOf = (doc: Document): string | null => {
    if (splitField === undefined) return null;
    const v = fieldValue(doc, splitField);
    if (v === undefined) {
      onWarning?.({ code: "missing_group", message: `${fn}: document ${JSON.stringify(doc.id)} has no ${splitField}; split "${MISSING_GROUP}"` });
      return MISSING_GROUP;
    }
    return v;
  };
  const base = baseGrouping(fn, by, options, missing);
  return (doc) => {
    const g = base(doc);
    return splitField === undefined ? g : { ...g, split: splitOf(doc) };
  };
}

function baseGrouping(
  fn: string,
  by: string,
  options: GroupOptions,
  missing: (doc: Document, what: string) => DocumentGroup,
): (doc: Document) => DocumentGroup {
  switch (by) {
    case GroupingKind.none:
      return () => ({ group: "all", group_start: null, split: null });
    case GroupingKind.document:
      return (doc) => ({ group: doc.id, group_start: doc.date ?? null, split: null });
    case GroupingKind.year:
      return (doc) => (doc.date ? { group: doc.date.slice(0, 4), group_start: doc.date.slice(0, 4), split: null } : missing(doc, "date"));
    case GroupingKind.decade:
    case GroupingKind.century: {
      const width = by === GroupingKind.decade ? 10 : 100;
      return (doc) => {
        if (!doc.date) return missing(doc, "date");
        const start = String(Math.floor(Number(doc.date.slice(0, 4)) / width) * width).padStart(4, "0");
        return { group: `${start}s`, group_start: start, split: null };
      };
    }
    case GroupingKind.period: {
      const breaks = options.breaks;
      if (!breaks || breaks.length === 0) throw argumentError(fn, 'option "breaks"', 'a non-empty list of ISO dates when by is "period"', breaks);
      for (const b of breaks) {
        const why = typeof b === "string" ? invalidDateReason(b) : "not a string";
        if (why) throw argumentError(fn, 'option "breaks"', `ISO dates (${why})`, b);
      }
      for (let i = 1; i < breaks.length; i++) {
        if (compareDates(breaks[i - 1], breaks[i]) >= 0) throw argumentError(fn, 'option "breaks"', "strictly ascending dates", breaks.join(","));
      }
      return (doc) => {
        if (!doc.date) return missing(doc, "date");
        let k = -1;
        while (k + 1 < breaks.length && compareDates(breaks[k + 1], doc.date) <= 0) k++;
        if (k < 0) return { group: `before ${breaks[0]}`, group_start: null, split: null };
        const label = k + 1 < breaks.length ? `${breaks[k]} to ${breaks[k + 1]}` : `${breaks[k]} on`;
        return { group: label, group_start: breaks[k], split: null };
      };
    }
    case GroupingKind.era: {
      const eras = options.eras;
      if (!eras || eras.length === 0) throw argumentError(fn, 'option "eras"', 'a non-empty list of {name, start, end?} when by is "era"', eras);
      for (const e of eras) {
        if (!e || typeof e.name !== "string" || typeof e.start !== "string" || invalidDateReason(e.start) || (e.end !== undefined && invalidDateReason(e.end))) {
          throw argumentError(fn, 'option "eras"', "entries {name, start, end?} with ISO dates", JSON.stringify(e));
        }
      }
      return (doc) => {
        if (!doc.date) return missing(doc, "date");
        const date = doc.date;
        const e = eras.find((x) => compareDates(x.start, date) <= 0 && (x.end === undefined || compareDates(date, x.end) < 0));
        return e ? { group: e.name, group_start: e.start, split: null } : missing(doc, `era (date ${date} is in none)`);
      };
    }
    default:
      return (doc) => {
        const v = fieldValue(doc, by);
        return v === undefined ? missing(doc, by) : { group: v, group_start: null, split: null };
      };
  }
}

/** A document field or metadata value as a string; undefined when absent or empty. */
export function fieldValue(doc: Document, field: string): string | undefined {
  const direct = field === "id" || field === "date" || field === "speaker" || field === "title" || field === "source"
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
