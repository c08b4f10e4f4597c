import { argumentError, checkOneOf, checkString, DiscourseError, ErrorCode } from "../errors";
import { dateText, DateOrder } from "./date-text";

export { DateOrder } from "./date-text";

/** Options of {@link isoDate}. */
export interface IsoDateOptions {
  /**
   * How to read numeric dates whose first two numbers could each be the day or the month
   * ("03/04/2019"): `"dmy"` (3 April) or `"mdy"` (March 4). Default: none, and such a date
   * is an error. Dates that can be read one way only ("13/04/2019", "04/04/2019") are
   * read without it.
   */
  readonly dateOrder?: DateOrder;
}

/**
 * The ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision written) of a date as
 * people write it.
 *
 * Reads: ISO dates and date-times ("2019-11-04", "2019-11-04T10:00:00Z", "2019-11-04
 * 10:00"; the time of day is dropped and the date is the one written, not converted to
 * UTC); "2019/11/04", "2019.11.04", "2019/11", "20191104"; numeric day and month
 * ("13/04/2019", "4.11.2019", "11-04-2019"); English month names, full or abbreviated, with
 * or without a period, ordinal day or weekday ("November 4, 2019", "Nov. 4 2019", "4 Nov
 * 2019", "4th of November 2019", "Tuesday, November 5, 2019", "Tue, 05 Nov 2019 10:00:00
 * +0000", "04-Nov-2019", "2019 Nov 4"); month and year ("November 2019", "Nov. 2019"); a
 * year ("2019"); PDF dates ("D:20191104093000Z").
 *
 * Throws `invalid_argument` for anything else, naming the reason: an impossible day
 * ("February 30, 2019"), a weekday that does not match the date, a two-digit year, a
 * missing year, an unknown word, and an ambiguous numeric date ("03/04/2019") unless
 * `dateOrder` says how to read it. Nothing is guessed.
 *
 * @param text - the date as written
 * @param options - `dateOrder` (none)
 * @example
 * ```ts
 * isoDate("November 4, 2019"); // "2019-11-04"
 * isoDate("Nov. 2019"); // "2019-11"
 * isoDate("03/04/2019", { dateOrder: "dmy" }); // "2019-04-03"
 * isoDate("03/04/2019"); // throws: isoDate: ambiguous date "03/04/2019": ...
 * ```
 */
export function isoDate(text: string, options: IsoDateOptions = {}): string {
  const fn = "isoDate";
  checkString(fn, "text", text);
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const order = options.dateOrder === undefined ? undefined : checkOneOf(fn, 'option "dateOrder"', options.dateOrder, Object.values(DateOrder));
  const read = dateText(text, order);
  if ("problem" in read) throw new DiscourseError(ErrorCode.invalidArgument, `${fn}: ${read.problem}`);
  return read.iso;
}
