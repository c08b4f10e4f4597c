import * as chrono from "chrono-node";
import { argumentError, invalidDateReason } from "../../errors";

/** Precisions of a resolved date mention. */
export const DatePrecision = { day: "day", week: "week", month: "month", year: "year" } as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];

/** Columns of {@link dateMentions}, in order. */
export const DATE_MENTION_COLUMNS = ["start", "end", "text", "date", "precision"] as const;

/** A date expression and the date it stands for. */
export type DateMentionRow = {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`, e.g. "on Sunday", "September 17", "in 1964". */
  readonly text: string;
  /** ISO date at its precision: YYYY-MM-DD (day, week: the day it points to), YYYY-MM, YYYY. */
  readonly date: string;
  readonly precision: DatePrecision;
};

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const YEAR = /\b(?:in|since|of|until|till|by|from|before|after|during)\s+((?:1[0-9]|20)\d\d)\b(?!\s*(?:km|kilo|meter|metre|people|troops|%))/gi;

/**
 * The date expressions of a text resolved against the publication date, as a news reader
 * would: "on Sunday" is the last Sunday up to the publication day, "September 17" without a
 * year the last September 17 up to it, "last week" the day a week before, "last month" the
 * month before, "in 1964" the year. Dates are ISO strings at their precision; no clock is
 * read (the publication date is the only "now").
 *
 * @param text - Any text (usually a cleaned report).
 * @param published - Publication date, YYYY-MM-DD.
 * @returns Rows `{start, end, text, date, precision}` in text order (see
 *   {@link DATE_MENTION_COLUMNS}).
 * @see chrono-node (MIT), which parses the expressions.
 * @example
 * dateMentions("He spoke on Sunday and had on September 17 said no.", "2019-11-04").map((d) => d.date);
 * // ["2019-11-03", "2019-09-17"]
 */
export function dateMentions(text: string, published: string): DateMentionRow[] {
  if (typeof text !== "string") throw argumentError("dateMentions", "text", "a string", text);
  if (typeof published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(published) || invalidDateReason(published) !== undefined) {
    throw argumentError("dateMentions", "published", "an ISO date YYYY-MM-DD", published);
  }
  return datesOf(text, published);
}

/** {@link dateMentions} without the checks: `published` was validated at the public boundary. Internal. */
export function datesOf(text: string, published: string): DateMentionRow[] {
  const [py, pm, pd] = published.split("-").map(Number) as [number, number, number];
  // Local noon of the publication day: chrono works in local time; reading back the
  // components in local time gives the same calendar date in every time zone.
  const ref = new Date(py, pm - 1, pd, 12);
  const rows: DateMentionRow[] = [];
  for (const r of chrono.parse(text, ref, { forwardDate: false })) {
    // "the next day", "the following morning": relative to the story, not to the publication date.
    if (/\b(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)\b|\bday\s+(?:before|after)\b/i.test(r.text)) continue;
    const known = (k: chrono.Component): boolean => r.start.isCertain(k);
    let year = r.start.get("year")!;
    const month = r.start.get("month")!;
    const day = r.start.get("day")!;
    let precision: DatePrecision;
    if (/\bweeks?\b/i.test(r.text) && !known("weekday")) precision = DatePrecision.week;
    else if (known("day") || known("weekday")) precision = DatePrecision.day;
    else if (known("month")) precision = DatePrecision.month;
    else if (known("year")) precision = DatePrecision.year;
    else continue; // a time of day only
    // A date without a year that falls after publication is last year's (reports look back).
    if (!known("year") && !known("weekday") && !/\b(next|coming|tomorrow)\b/i.test(r.text)) {
      const later = year > py || (year === py && (month > pm || (month === pm && precision !== DatePrecision.month && day > pd)));
      if (later) year = month > pm || (month === pm && day > pd) ? py - 1 : py;
    }
    let [y, mo, d] = [year, month, day];
    // "on Monday" in a report is the last Monday up to the publication day.
    if (known("weekday") && !known("day") && !/\b(next|coming)\b/i.test(r.text) && (y > py || (y === py && (mo > pm || (mo === pm && d > pd))))) {
      const back = new Date(Date.UTC(y, mo - 1, d - 7));
      [y, mo, d] = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
    }
    year = y;
    const date = precision === DatePrecision.year ? pad(year, 4) : precision === DatePrecision.month ? `${pad(year, 4)}-${pad(mo)}` : `${pad(year, 4)}-${pad(mo)}-${pad(d)}`;
    const surface = r.text.replace(/[\s,.;:]+$/, "");
    rows.push({ start: r.index, end: r.index + surface.length, text: surface, date, precision });
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (rows.some((r) => r.start < end && start < r.end)) continue;
    rows.push({ start, end, text: m[0], date: m[1]!, precision: DatePrecision.year });
  }
  return rows.sort((a, b) => a.start - b.start);
}
