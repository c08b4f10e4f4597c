import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/ingest/iso-date";

describe("isoDate", () => {
  it.each([
    // ISO and ISO date-times: the date as written, time dropped, never shifted to UTC
    ["2019", "2019"],
    ["2019-11", "2019-11"],
    ["2019-11-04", "2019-11-04"],
    ["2019-11-04T10:00:00Z", "2019-11-04"],
    ["2019-11-04T23:30:00-05:00", "2019-11-04"],
    ["2019-11-04T10:00:00.250+0100", "2019-11-04"],
    ["2019-11-04 10:00", "2019-11-04"],
    // year first, other separators
    ["2019/11/04", "2019-11-04"],
    ["2019.11.04", "2019-11-04"],
    ["2019/1/4", "2019-01-04"],
    ["2019/11", "2019-11"],
    ["20191104", "2019-11-04"],
    ["D:20191106093000Z", "2019-11-06"],
    ["D:20191106093000+01'00'", "2019-11-06"],
    // month names, US and British order, abbreviations, ordinals, weekdays, times
    ["November 4, 2019", "2019-11-04"],
    ["november 4 2019", "2019-11-04"],
    ["Nov. 4, 2019", "2019-11-04"],
    ["Nov 4th, 2019", "2019-11-04"],
    ["Sept. 3, 2019", "2019-09-03"],
    ["4 Nov 2019", "2019-11-04"],
    ["4 November, 2019", "2019-11-04"],
    ["4th of November 2019", "2019-11-04"],
    ["21st March 2003", "2003-03-21"],
    ["04-Nov-2019", "2019-11-04"],
    ["2019 Nov 4", "2019-11-04"],
    ["Tuesday, November 5, 2019", "2019-11-05"],
    ["Tue, 05 Nov 2019 10:00:00 +0000", "2019-11-05"],
    ["November 4, 2019 at 7:30 p.m.", "2019-11-04"],
    ["November 4, 2019, 10:00 EST", "2019-11-04"],
    ["  November   4,  2019 ", "2019-11-04"],
    // month and year
    ["November 2019", "2019-11"],
    ["Nov. 2019", "2019-11"],
    ["November, 2019", "2019-11"],
    ["Nov-2019", "2019-11"],
    // numeric day and month that can be read one way only
    ["13/04/2019", "2019-04-13"],
    ["04/13/2019", "2019-04-13"],
    ["04/04/2019", "2019-04-04"],
    ["31.12.1999", "1999-12-31"],
  ])("reads %j as %j", (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it.each([
    ["03/04/2019", /ambiguous date "03\/04\/2019": 3 and 4 could each be the day or the month; say which with dateOrder "dmy" or "mdy"/],
    ["4.11.2019", /ambiguous date/],
    ["03/04/19", /two-digit year/],
    ["November 4", /has no year/],
    ["4 Nov", /has no year/],
    ["Monday, November 5, 2019", /names a Monday, but 2019-11-05 was a Tuesday/],
    ["February 29, 2019", /is read as 2019-02-29, which is impossible \(month 02 has 28 days\)/],
    ["2019-02-29", /^isoDate: date "2019-02-29" is impossible \(month 02 has 28 days\)$/],
    ["2019-13", /has no month 13/],
    ["13/13/2019", /has no month: neither 13 nor 13 is from 1 to 12/],
    ["Smarch 4, 2019", /unknown month name "smarch"/],
    ["Nov 4st 2019", /writes the day as "4st"; expected "4th"/],
    ["2019-11-04T25:00", /impossible time of day "25:00"/],
    ["November 4, 2019 13:00 pm", /impossible time of day/],
    ["next Tuesday", /unrecognized date "next Tuesday"; write it as 2019-11-04/],
    ["43773", /unrecognized date/],
    ["2019-11-04 and 2019-11-05", /unrecognized date/],
    ["the 4th of November 2019 at the town hall", /unrecognized date/],
    ["Q3 2019", /unrecognized date/],
  ])("rejects %j", (text, message) => {
    expect(() => isoDate(text)).toThrow(message);
  });

  it('reads an ambiguous numeric date by dateOrder, and refuses a date that contradicts it', () => {
    expect(isoDate("03/04/2019", { dateOrder: "dmy" })).toBe("2019-04-03");
    expect(isoDate("03/04/2019", { dateOrder: "mdy" })).toBe("2019-03-04");
    expect(isoDate("13/04/2019", { dateOrder: "dmy" })).toBe("2019-04-13");
    expect(() => isoDate("13/04/2019", { dateOrder: "mdy" })).toThrow(/not month\/day\/year \(dateOrder "mdy"\): there is no month 13/);
    expect(() => isoDate("03/04/2019", { dateOrder: "ymd" as "dmy" })).toThrow('isoDate: option "dateOrder" must be one of dmy, mdy; got "ymd"');
  });

  it("reads every real day written in six forms back to the same ISO date (property; month names from Intl, not the parser's table)", () => {
    const long = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
    const weekday = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" });
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const forms = [
          `${long.format(date)} ${d}, ${y}`,
          `${d} ${short.format(date)} ${y}`,
          `${weekday.format(date)}, ${long.format(date)} ${d}, ${y}`,
          `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`,
          `${iso}T12:34:56Z`,
          `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`,
        ];
        for (const form of forms.slice(0, 5)) expect(isoDate(form)).toBe(iso);
        expect(isoDate(forms[5], { dateOrder: "dmy" })).toBe(iso);
        expect(isoDate(`${long.format(date)} ${y}`)).toBe(iso.slice(0, 7));
      }),
      { numRuns: 300 },
    );
  });
});
