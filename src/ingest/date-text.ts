/**
 * Reading dates as people write them ("November 4, 2019", "4 Nov 2019", "2019/11/04",
 * "2019-11-04T10:00:00Z", "November 2019", "2019") into ISO dates at the precision given.
 * A fixed grammar, not a guesser: anything it does not know, or cannot read one way only,
 * is a problem to report, never a silent best guess. Internal to ingest/ (public: isoDate).
 */
import { describe, invalidDateReason } from "../errors";

/** How to read a numeric date whose first two numbers could each be the day or the month. */
export const DateOrder = {
  /** Day first: 03/04/2019 is 3 April 2019. */
  dmy: "dmy",
  /** Month first: 03/04/2019 is March 4, 2019. */
  mdy: "mdy",
} as const;
export type DateOrder = (typeof DateOrder)[keyof typeof DateOrder];

/** A date read from text: the ISO string, or the reason it could not be read. */
export type DateText = { readonly iso: string } | { readonly problem: string };

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const MONTH = "(?<month>[a-z]+)\\.?";
const DAY = "(?<day>\\d{1,2})(?<suffix>st|nd|rd|th)?";
const YEAR = "(?<year>\\d{4})";
// A time of day after a date (dropped: dates are kept at day precision), with an optional zone.
const TIME = "(?:(?:\\s*,)?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:z|utc|gmt|[a-z]{2,5}|[+-]\\d{2}:?\\d{2})?)?";
const WEEKDAY = "(?:(?<weekday>[a-z]+)\\.?\\s*,?\\s+)?";

/** Patterns on the lowercased, trimmed text with runs of spaces made one. */
const FORMS: readonly { readonly re: RegExp; readonly kind: "ymd" | "numeric" | "named" | "compact" }[] = [
  // 2019 | 2019-11 | 2019-11-04 | 2019-11-04T10:00:00Z | 2019-11-04 10:00
  { re: new RegExp(`^${YEAR}(?:-(?<m>\\d{2})(?:-(?<d>\\d{2})(?:(?:t|\\s)\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?$`), kind: "ymd" },
  // 2019/11/04 | 2019.11.04 | 2019/11 | 2019-1-4 (one separator throughout)
  { re: new RegExp(`^${YEAR}(?<sep>[/.-])(?<m>\\d{1,2})(?:\\k<sep>(?<d>\\d{1,2}))?${TIME}$`), kind: "ymd" },
  // 20191104 | D:20191104093000Z (PDF)
  { re: /^(?:d:)?(?<year>\d{4})(?<m>\d{2})(?<d>\d{2})(?:\d{2}(?:\d{2}(?:\d{2})?)?)?(?:z|[+-]\d{2}'?(?:\d{2}'?)?)?$/, kind: "compact" },
  { re: /^d:(?<year>\d{4})(?<m>\d{2})?$/, kind: "compact" },
  // 04/11/2019 | 4.11.2019 | 11-04-2019
  { re: new RegExp(`^(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>${YEAR}${TIME}$`), kind: "numeric" },
  // [Monday,] November 4[th][,] 2019 [10:00 am]
  { re: new RegExp(`^${WEEKDAY}${MONTH}[\\s-]+${DAY}(?:\\s*,\\s*|\\s+|-)${YEAR}${TIME}$`), kind: "named" },
  // [Mon,] 4[th] [of] Nov[.][,] 2019 [10:00:00 +0000] | 04-Nov-2019
  { re: new RegExp(`^${WEEKDAY}${DAY}(?:\\s+of)?[\\s-]*${MONTH}(?:\\s*,\\s*|\\s+|-)${YEAR}${TIME}$`), kind: "named" },
  // 2019 November 4 | 2019-Nov-04
  { re: new RegExp(`^${YEAR}[\\s-]+${MONTH}[\\s-]+${DAY}${TIME}$`), kind: "named" },
  // November 2019 | Nov. 2019 | November, 2019 | Nov-2019
  { re: new RegExp(`^${MONTH}(?:\\s*,\\s*|\\s+|-)${YEAR}$`), kind: "named" },
];

const ORDINAL = (day: number): string => (day % 100 >= 11 && day % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][day % 10] ?? "th");

/**
 * Reads `text` as a date. Returns `{ iso }` ("2019-11-04", "2019-11" or "2019", at the
 * precision written) or `{ problem }` saying why not. A time of day is dropped (the date
 * is the one written, not converted to UTC). `dateOrder` reads numeric dates whose first
 * two numbers could each be the day or the month; without it they are a problem.
 */
export function dateText(text: string, dateOrder?: DateOrder): DateText {
  const original = text;
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (s === "") return { problem: "date is empty" };
  for (const { re, kind } of FORMS) {
    const m = re.exec(s);
    if (!m?.groups) continue;
    const g = m.groups;
    const badTime = timeProblem(s, original);
    if (badTime !== undefined) return { problem: badTime };
    const year = Number(g.year);
    let month: number | undefined;
    let day: number | undefined;
    if (kind === "ymd" || kind === "compact") {
      month = g.m === undefined ? undefined : Number(g.m);
      day = g.d === undefined ? undefined : Number(g.d);
    } else if (kind === "numeric") {
      const a = Number(g.a);
      const b = Number(g.b);
      const read = readDayMonth(a, b, dateOrder, original);
      if ("problem" in read) return read;
      ({ day, month } = read);
    } else {
      month = MONTHS[g.month];
      if (month === undefined) return { problem: `unknown month name ${describe(g.month)} in date ${describe(original)}` };
      if (g.day !== undefined) {
        day = Number(g.day);
        if (g.suffix !== undefined && g.suffix !== ORDINAL(day)) {
          return { problem: `date ${describe(original)} writes the day as "${g.day}${g.suffix}"; expected "${day}${ORDINAL(day)}"` };
        }
      }
    }
    const iso = `${g.year}${month === undefined ? "" : `-${pad(month)}`}${day === undefined ? "" : `-${pad(day)}`}`;
    const bad = invalidDateReason(iso);
    if (bad !== undefined) {
      // Written as ISO: the ISO message ('date "2019-02-29" is impossible (...)'); else say how it was read.
      return { problem: iso === original.trim() ? bad : `date ${describe(original)} is read as ${iso}, which ${bad.replace(/^date "[^"]*" /, "")}` };
    }
    if (g.weekday !== undefined) {
      const weekday = WEEKDAYS[g.weekday];
      if (weekday === undefined) return { problem: `unknown weekday ${describe(g.weekday)} in date ${describe(original)}` };
      if (day !== undefined && month !== undefined) {
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        if (actual !== weekday) {
          return { problem: `date ${describe(original)} names a ${WEEKDAY_NAMES[weekday]}, but ${iso} was a ${WEEKDAY_NAMES[actual]}` };
        }
      }
    }
    return { iso };
  }
  return { problem: unreadable(s, original) };
}

function readDayMonth(a: number, b: number, order: DateOrder | undefined, original: string): { day: number; month: number } | { problem: string } {
  if (a > 12 && b > 12) return { problem: `date ${describe(original)} has no month: neither ${a} nor ${b} is from 1 to 12` };
  if (order === DateOrder.dmy) {
    if (b > 12) return { problem: `date ${describe(original)} is not day/month/year (dateOrder "dmy"): there is no month ${b}` };
    return { day: a, month: b };
  }
  if (order === DateOrder.mdy) {
    if (a > 12) return { problem: `date ${describe(original)} is not month/day/year (dateOrder "mdy"): there is no month ${a}` };
    return { day: b, month: a };
  }
  if (a > 12) return { day: a, month: b };
  if (b > 12 || a === b) return { day: b, month: a };
  return {
    problem: `ambiguous date ${describe(original)}: ${a} and ${b} could each be the day or the month; say which with dateOrder "dmy" or "mdy" (--date-order in the CLI)`,
  };
}

function unreadable(s: string, original: string): string {
  const forms = 'write it as 2019-11-04, "November 4, 2019", "4 Nov 2019", "2019/11/04", "November 2019" or "2019"';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)/.test(s)) return `date ${describe(original)} has a two-digit year; ${forms}`;
  if (/^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?$|^[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/.test(s)) return `date ${describe(original)} has no year; ${forms}`;
  return `unrecognized date ${describe(original)}; ${forms}`;
}

/** Reason the time of day in `s` (if any) is impossible ("25:00", "10:61", "13:00 pm"). */
function timeProblem(s: string, original: string): string | undefined {
  const t = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?/.exec(s);
  if (t === null) return undefined;
  const [h, min, sec] = [Number(t[1]), Number(t[2]), t[3] === undefined ? 0 : Number(t[3])];
  const maxHour = t[4] === undefined ? 23 : 12;
  const minHour = t[4] === undefined ? 0 : 1;
  if (h < minHour || h > maxHour || min > 59 || sec > 60) return `date ${describe(original)} has an impossible time of day "${t[0].trim()}"`;
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
