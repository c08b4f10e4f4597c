import { argumentError, didYouMean, DiscourseError, ErrorCode, invalidDateReason } from "../errors";
import type { Document, OnWarning } from "../types";
import { isoWeekBin, monthBin, quarterBin, type DateBin } from "./date-bins";
import { compareDates, DOCUMENT_FIELDS, fieldValue, GroupingKind, MISSING_GROUP, type DocumentGroup, type Era, type GroupOptions } from "./document-group";

/** Places documents in groups and, once all are placed, reports what could not be placed. @internal */
export interface Placement {
  /** The group of a document. */
  place(doc: Document): DocumentGroup;
  /**
   * Reports the documents placed so far that lacked what the grouping needs, one warning
   * per reason with a count (not one per document), then forgets them. Throws an
   * `invalid_argument` error, listing the fields the documents have and the nearest, when
   * `by` or `split` names a field none of them has.
   */
  report(): void;
}

/** Why documents went to "(missing)", with how many and the first few ids. */
interface Missing {
  count: number;
  readonly ids: string[];
  readonly what: string;
}

/**
 * The placement of documents for a grouping. Dates at coarser precision are placed by
 * their first day for years, decades, centuries, periods and eras ("1861" sorts as
 * 1861-01-01). Month, quarter and week bins need the date to the month (month, quarter)
 * or the day (week): a coarser date ("2019" in a month grouping) is not guessed into its
 * first month but counted in "(missing)", like a document without a date or field.
 * @internal
 */
export function groupingOf(fn: string, options: GroupOptions, onWarning?: OnWarning): Placement {
  const by = options.by ?? GroupingKind.none;
  if (typeof by !== "string" || by.length === 0) throw argumentError(fn, 'option "by"', "a grouping name or field", by);
  const splitField = options.split;
  if (splitField !== undefined && (typeof splitField !== "string" || splitField.length === 0)) throw argumentError(fn, 'option "split"', "a field name", splitField);
  const missing = new Map<string, Missing>();
  const seenFields = new Set<string>();
  let placed = 0;
  const note = (doc: Document, key: string, what: string): void => {
    let m = missing.get(key);
    if (!m) missing.set(key, (m = { count: 0, ids: [], what }));
    if (m.count++ < 3) m.ids.push(doc.id);
  };
  const lacking = (doc: Document, what: string): DocumentGroup => {
    note(doc, `group:${what}`, what);
    return { group: MISSING_GROUP, group_start: null, split: null };
  };
  const base = baseGrouping(fn, by, options, lacking);
  const isField = !(Object.values(GroupingKind) as string[]).includes(by);
  return {
    place(doc) {
      placed++;
      if (isField || splitField !== undefined) fieldsOf(doc, seenFields);
      const g = base(doc);
      if (splitField === undefined) return g;
      const v = fieldValue(doc, splitField);
      if (v === undefined) note(doc, "split", splitField);
      return { ...g, split: v ?? MISSING_GROUP };
    },
    report() {
      const known = [...seenFields];
      const unknown = (option: string, field: string): DiscourseError =>
        new DiscourseError(
          ErrorCode.invalidArgument,
          `${fn}: option "${option}" names a field no document has: ${JSON.stringify(field)}${didYouMean(field, [...known, ...(option === "by" ? Object.values(GroupingKind) : [])])}; ` +
            (option === "by" ? `groupings: ${Object.values(GroupingKind).join(", ")}; ` : "") +
            `fields of the documents: ${known.join(", ")}`,
        );
      if (placed > 0 && isField && missing.get(`group:${by}`)?.count === placed) throw unknown("by", by);
      if (placed > 0 && splitField !== undefined && missing.get("split")?.count === placed) throw unknown("split", splitField);
      for (const [key, m] of missing) {
        const first = `${m.ids.map((id) => JSON.stringify(id)).join(", ")}${m.count > m.ids.length ? ", ..." : ""}`;
        const where = key === "split" ? `split "${MISSING_GROUP}"` : `group "${MISSING_GROUP}"`;
        onWarning?.({ code: "missing_group", message: `${fn}: ${m.count} document(s) have no ${m.what} (${first}); counted in ${where}` });
      }
      missing.clear();
    },
  };
}

/** Adds the names of the fields a document has (id, date, speaker, title, source, metadata keys) to `out`. */
function fieldsOf(doc: Document, out: Set<string>): void {
  for (const f of DOCUMENT_FIELDS) if (!out.has(f) && fieldValue(doc, f) !== undefined) out.add(f);
  for (const k of Object.keys(doc.meta)) if (!out.has(k) && fieldValue(doc, k) !== undefined) out.add(k);
}

type Lacking = (doc: Document, what: string) => DocumentGroup;

function baseGrouping(fn: string, by: string, options: GroupOptions, lacking: Lacking): (doc: Document) => DocumentGroup {
  switch (by) {
    case GroupingKind.none:
      return () => ({ group: "all", group_start: null, split: null });
    case GroupingKind.document:
      return (doc) => ({ group: doc.id, group_start: doc.date ?? null, split: null });
    case GroupingKind.year:
      return (doc) => (doc.date ? { group: doc.date.slice(0, 4), group_start: doc.date.slice(0, 4), split: null } : lacking(doc, "date"));
    case GroupingKind.decade:
    case GroupingKind.century: {
      const width = by === GroupingKind.decade ? 10 : 100;
      return (doc) => {
        if (!doc.date) return lacking(doc, "date");
        const start = String(Math.floor(Number(doc.date.slice(0, 4)) / width) * width).padStart(4, "0");
        return { group: `${start}s`, group_start: start, split: null };
      };
    }
    case GroupingKind.month:
      return binGrouping(monthBin, "date to the month", lacking);
    case GroupingKind.quarter:
      return binGrouping(quarterBin, "date to the month (a quarter needs one)", lacking);
    case GroupingKind.week:
      return binGrouping(isoWeekBin, "date to the day (an ISO week needs one)", lacking);
    case GroupingKind.period:
      return periodGrouping(fn, options.breaks, lacking);
    case GroupingKind.era:
      return eraGrouping(fn, options.eras, lacking);
    default:
      return (doc) => {
        const v = fieldValue(doc, by);
        return v === undefined ? lacking(doc, by) : { group: v, group_start: null, split: null };
      };
  }
}

/** Calendar bins: a document whose date is coarser than the bin goes to "(missing)". */
function binGrouping(bin: (date: string) => DateBin | undefined, needs: string, lacking: Lacking): (doc: Document) => DocumentGroup {
  return (doc) => {
    if (!doc.date) return lacking(doc, "date");
    const b = bin(doc.date);
    return b ? { group: b.label, group_start: b.start, split: null } : lacking(doc, needs);
  };
}

/** Periods starting at the `breaks` (checked: ISO dates, strictly ascending); "before ..." ahead of the first. */
function periodGrouping(fn: string, breaks: readonly string[] | undefined, lacking: Lacking): (doc: Document) => DocumentGroup {
  if (!breaks || breaks.length === 0) throw argumentError(fn, 'option "breaks"', 'a non-empty list of ISO dates when by is "period"', breaks);
  for (const b of breaks) {
    const why = typeof b === "string" ? invalidDateReason(b) : "not a string";
    if (why) throw argumentError(fn, 'option "breaks"', `ISO dates (${why})`, b);
  }
  for (let i = 1; i < breaks.length; i++) {
    if (compareDates(breaks[i - 1], breaks[i]) >= 0) throw argumentError(fn, 'option "breaks"', "strictly ascending dates", breaks.join(","));
  }
  return (doc) => {
    if (!doc.date) return lacking(doc, "date");
    let k = -1;
    while (k + 1 < breaks.length && compareDates(breaks[k + 1], doc.date) <= 0) k++;
    if (k < 0) return { group: `before ${breaks[0]}`, group_start: null, split: null };
    const label = k + 1 < breaks.length ? `${breaks[k]} to ${breaks[k + 1]}` : `${breaks[k]} on`;
    return { group: label, group_start: breaks[k], split: null };
  };
}

/** Named eras [start, end) (checked); a document in none goes to "(missing)". */
function eraGrouping(fn: string, eras: readonly Era[] | undefined, lacking: Lacking): (doc: Document) => DocumentGroup {
  if (!eras || eras.length === 0) throw argumentError(fn, 'option "eras"', 'a non-empty list of {name, start, end?} when by is "era"', eras);
  for (const e of eras) {
    if (!e || typeof e.name !== "string" || typeof e.start !== "string" || invalidDateReason(e.start) || (e.end !== undefined && invalidDateReason(e.end))) {
      throw argumentError(fn, 'option "eras"', "entries {name, start, end?} with ISO dates", JSON.stringify(e));
    }
  }
  return (doc) => {
    if (!doc.date) return lacking(doc, "date");
    const date = doc.date;
    const e = eras.find((x) => compareDates(x.start, date) <= 0 && (x.end === undefined || compareDates(date, x.end) < 0));
    return e ? { group: e.name, group_start: e.start, split: null } : lacking(doc, "era (its date is in none)");
  };
}
