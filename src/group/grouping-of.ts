import { argumentError, invalidDateReason } from "../errors";
import type { Document, OnWarning } from "../types";
import { compareDates, fieldValue, GroupingKind, MISSING_GROUP, type DocumentGroup, type Era, type GroupOptions } from "./document-group";

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
    case GroupingKind.period:
      return periodGrouping(fn, options.breaks, missing);
    case GroupingKind.era:
      return eraGrouping(fn, options.eras, missing);
    default:
      return (doc) => {
        const v = fieldValue(doc, by);
        return v === undefined ? missing(doc, by) : { group: v, group_start: null, split: null };
      };
  }
}


type Missing = (doc: Document, what: string) => DocumentGroup;

/** Periods starting at the `breaks` (checked: ISO dates, strictly ascending); "before ..." ahead of the first. */
function periodGrouping(fn: string, breaks: readonly string[] | undefined, missing: Missing): (doc: Document) => DocumentGroup {
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

/** Named eras [start, end) (checked); a document in none goes to "(missing)". */
function eraGrouping(fn: string, eras: readonly Era[] | undefined, missing: Missing): (doc: Document) => DocumentGroup {
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
