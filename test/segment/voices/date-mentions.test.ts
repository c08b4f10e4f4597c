import { describe, expect, test } from "vitest";
import { dateMentions } from "../../../src/segment/voices/date-mentions";

describe("dateMentions(text, published)", () => {
  const dates = (text: string, published = "2019-11-04") => dateMentions(text, published).map((d) => [d.text, d.date, d.precision]);

  test("resolves weekdays, month days, relative dates and bare years against the publication date", () => {
    expect(dates("on Sunday; had on September 17 said; last week; last month; yesterday; in 1964")).toEqual([
      ["on Sunday", "2019-11-03", "day"],
      ["September 17", "2019-09-17", "day"],
      ["last week", "2019-10-28", "week"],
      ["last month", "2019-10", "month"],
      ["yesterday", "2019-11-03", "day"],
      ["in 1964", "1964", "year"],
    ]);
  });

  test("a date without a year after publication is last year's", () => {
    expect(dates("on December 20")).toEqual([["December 20", "2018-12-20", "day"]]);
    expect(dates("in March")).toEqual([["March", "2019-03", "month"]]);
  });

  test("gives the same dates in every time zone (no local-time drift)", () => {
    // The test script pins TZ=America/Los_Angeles; the publication day must not slip to the day before.
    expect(dates("on Monday", "2024-01-01")).toEqual([["on Monday", "2024-01-01", "day"]]);
  });

  test("rejects a publication date that is not YYYY-MM-DD", () => {
    expect(() => dateMentions("x", "2019-11")).toThrow(/dateMentions: published must be an ISO date YYYY-MM-DD; got "2019-11"/);
    expect(() => dateMentions("x", "2019-02-30")).toThrow(/published/);
  });
});
