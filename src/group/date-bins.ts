/**
 * Calendar bins of ISO dates (month, quarter, ISO 8601 week) by integer arithmetic on the
 * date strings: no JS `Date`, so no time zone can shift a day. Internal to group/.
 * @internal
 */

/** A date's bin: its label and the ISO date where the bin starts; undefined when the date is coarser than the bin. */
export interface DateBin {
  readonly label: string;
  readonly start: string;
}

/** "2019-11-04" -> { label: "2019-11", start: "2019-11" }; undefined for "2019". */
export function monthBin(date: string): DateBin | undefined {
  if (date.length < 7) return undefined;
  const m = date.slice(0, 7);
  return { label: m, start: m };
}

/** "2019-11-04" or "2019-11" -> { label: "2019-Q4", start: "2019-10" }; undefined for "2019". */
export function quarterBin(date: string): DateBin | undefined {
  if (date.length < 7) return undefined;
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return { label: `${date.slice(0, 4)}-Q${q + 1}`, start: `${date.slice(0, 4)}-${pad2(3 * q + 1)}` };
}

/**
 * The ISO 8601 week of a day: weeks start on Monday, and week 1 is the week holding the
 * year's first Thursday, so 2019-12-30 is in "2020-W01" and 2021-01-03 in "2020-W53".
 * The start is that week's Monday. Undefined for a date without a day.
 * @example
 * isoWeekBin("2019-11-04"); // { label: "2019-W45", start: "2019-11-04" }
 */
export function isoWeekBin(date: string): DateBin | undefined {
  if (date.length < 10) return undefined;
  const days = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  const weekday = mod(days + 3, 7) + 1; // 1 Monday .. 7 Sunday (1970-01-01 was a Thursday)
  const thursday = days - weekday + 4;
  const isoYear = civilFromDays(thursday)[0];
  const week = Math.floor((thursday - daysFromCivil(isoYear, 1, 1)) / 7) + 1;
  const [y, m, d] = civilFromDays(days - weekday + 1);
  return { label: `${pad4(isoYear)}-W${pad2(week)}`, start: `${pad4(y)}-${pad2(m)}-${pad2(d)}` };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The [year, month, day] of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;
const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");
