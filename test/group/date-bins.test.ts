import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { isoWeekBin, monthBin, quarterBin } from "../../src/group/date-bins";
import { findingsPerGroup } from "../../src/group/findings-per-group";
import { termFrequency } from "../../src/measure/term-frequency";
import type { Document, Warning } from "../../src/types";

const d = (id: string, date: string | undefined, text = "Talks resumed.", meta: Document["meta"] = {}): Document => ({ id, text, date, meta });

/** ISO 8601 weeks and their Mondays from Python's `datetime.date.isocalendar()` (CPython 3.11), an implementation independent of ours. */
const PYTHON_ISO_WEEKS: readonly (readonly [string, string, string])[] = [
  ["2019-11-04", "2019-W45", "2019-11-04"],
  ["2019-12-30", "2020-W01", "2019-12-30"],
  ["2021-01-03", "2020-W53", "2020-12-28"],
  ["2008-12-29", "2009-W01", "2008-12-29"],
  ["2010-01-03", "2009-W53", "2009-12-28"],
  ["2020-12-31", "2020-W53", "2020-12-28"],
  ["2016-01-01", "2015-W53", "2015-12-28"],
  ["1861-03-04", "1861-W10", "1861-03-04"],
  ["2000-02-29", "2000-W09", "2000-02-28"],
  ["2024-12-30", "2025-W01", "2024-12-30"],
  ["1790-01-08", "1790-W01", "1790-01-04"],
];

describe("calendar bins", () => {
  it("places a day in its ISO 8601 week (Monday start; week 1 holds the first Thursday) as Python does", () => {
    for (const [date, label, monday] of PYTHON_ISO_WEEKS) expect(isoWeekBin(date)).toEqual({ label, start: monday });
  });

  it("places months and quarters, and needs the precision they bin", () => {
    expect(monthBin("2019-11-04")).toEqual({ label: "2019-11", start: "2019-11" });
    expect(monthBin("2019-11")).toEqual({ label: "2019-11", start: "2019-11" });
    expect(quarterBin("2019-11")).toEqual({ label: "2019-Q4", start: "2019-10" });
    expect(quarterBin("2019-03-31")).toEqual({ label: "2019-Q1", start: "2019-01" });
    expect(quarterBin("2019-04-01")).toEqual({ label: "2019-Q2", start: "2019-04" });
    expect(monthBin("2019")).toBeUndefined();
    expect(quarterBin("2019")).toBeUndefined();
    expect(isoWeekBin("2019-11")).toBeUndefined();
  });

  it("is total on days: every day falls in one week starting on the Monday 0-6 days before it, week 1 to 53 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2200, 11, 31) }), (ms) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        const w = isoWeekBin(date)!;
        const days = (Date.parse(date) - Date.parse(w.start)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(6);
        expect(new Date(Date.parse(w.start)).getUTCDay()).toBe(1); // a Monday (checked with the JS calendar, here in the test only)
        const week = Number(w.label.slice(6));
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        expect(Math.abs(Number(w.label.slice(0, 4)) - Number(date.slice(0, 4)))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('grouping by "month", "quarter" and "week"', () => {
  // A week of press statements, one dated only to the year and one only to the month.
  const corpus = [
    d("mon", "2019-11-04", "Talks resumed today."),
    d("sun", "2019-11-10", "No talks on Sunday."),
    d("dec", "2019-12-30", "Talks end the year."),
    d("nov", "2019-11", "A November bulletin."),
    d("year", "2019", "An annual report."),
    d("none", undefined, "An undated note."),
  ];
  const tf = (by: string, warnings: Warning[]) => [
    ...new Set(termFrequency(corpus, { by, onWarning: (w) => warnings.push(w) }).map((r) => `${r.group}@${r.group_start}:${r.n_docs}`)),
  ];

  it("bins by month; a date to the year only goes to (missing), counted in one warning, never guessed into January", () => {
    const warnings: Warning[] = [];
    expect(tf("month", warnings)).toEqual(["2019-11@2019-11:3", "2019-12@2019-12:1", "(missing)@null:2"]);
    expect(warnings.map((w) => w.message)).toEqual([
      'termFrequency: 1 document(s) have no date to the month ("year"); counted in group "(missing)"',
      'termFrequency: 1 document(s) have no date ("none"); counted in group "(missing)"',
    ]);
  });

  it("bins by quarter (a month is enough) and by ISO week (a day is needed; 2019-12-30 is 2020-W01)", () => {
    const warnings: Warning[] = [];
    expect(tf("quarter", warnings)).toEqual(["2019-Q4@2019-10:4", "(missing)@null:2"]);
    expect(tf("week", [])).toEqual(["2019-W45@2019-11-04:2", "2020-W01@2019-12-30:1", "(missing)@null:3"]);
  });
});

describe("fields the documents do not have", () => {
  const corpus = [d("a", "2019", "x", { party: "R" }), d("b", "2020", "y", { party: "D" }), d("c", "2021", "z")];

  it("counts documents lacking the field in one warning with the count and the first ids", () => {
    const warnings: Warning[] = [];
    const many = Array.from({ length: 233 }, (_, i) => d(`doc${i}`, "2019", "We met.", i === 0 ? { party: "R" } : {}));
    termFrequency(many, { by: "party", onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.message)).toEqual(['termFrequency: 232 document(s) have no party ("doc1", "doc2", "doc3", ...); counted in group "(missing)"']);
  });

  it('rejects "by" or "split" naming a field no document has, listing the fields and groupings and the nearest', () => {
    expect(() => termFrequency(corpus, { by: "partyy" })).toThrow(
      'termFrequency: option "by" names a field no document has: "partyy" (did you mean "party"?); groupings: none, document, year, month, quarter, week, decade, century, period, era; fields of the documents: id, date, party',
    );
    expect(() => findingsPerGroup(corpus, [], { by: "mnth" })).toThrow(/option "by" names a field no document has: "mnth" \(did you mean "month"\?\)/);
    expect(() => findingsPerGroup(corpus, [], { by: "year", split: "speaker" })).toThrow(/option "split" names a field no document has: "speaker"; fields of the documents: id, date, party$/);
  });

  it("lists (missing) after every other group, whatever its documents' dates", () => {
    const rows = findingsPerGroup(corpus, [], { by: "party", categories: ["x"] });
    expect(rows.map((r) => r.group)).toEqual(["R", "D", "(missing)"]);
  });
});
