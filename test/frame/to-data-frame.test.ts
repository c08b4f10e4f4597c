import { describe, expect, test } from "vitest";
import { toDataFrame } from "../../src/frame/to-data-frame";
import { DiscourseError } from "../../src/errors";

const rows = [
  { group: "1860s", group_start: "1860", term: "war", count: 3, per_1k: 428.5714285714286 },
  { group: "1870s", group_start: null, term: "peace", count: 1, per_1k: 500 },
];

describe("toDataFrame(rows, columns)", () => {
  test("columns follow the given order, not the keys of the rows", () => {
    const df = toDataFrame(rows, ["term", "count", "group"]);
    expect(df.columns).toEqual(["term", "count", "group"]);
    expect(df.shape).toEqual([2, 3]);
  });

  test("without columns, the keys of the first row give the columns in their order", () => {
    const df = toDataFrame(rows);
    expect(df.columns).toEqual(["group", "group_start", "term", "count", "per_1k"]);
  });

  test("values come through unchanged, column by column and row by row", () => {
    const df = toDataFrame(rows, ["group", "term", "count", "per_1k"]);
    expect(df.values).toEqual([
      ["1860s", "war", 3, 428.5714285714286],
      ["1870s", "peace", 1, 500],
    ]);
    expect(df.column("term").values).toEqual(["war", "peace"]);
    expect(df.column("count").values).toEqual([3, 1]);
  });

  test("null stays null (a group that is not a period has group_start null)", () => {
    const df = toDataFrame(rows, ["group_start"]);
    expect(df.column("group_start").values).toEqual(["1860", null]);
  });

  test("date strings stay strings", () => {
    const df = toDataFrame([{ date: "1790-01-08" }, { date: "1790" }]);
    expect(df.column("date").values).toEqual(["1790-01-08", "1790"]);
  });

  test("no rows with columns gives an empty frame with those columns", () => {
    const df = toDataFrame([] as (typeof rows)[number][], ["group", "term", "count"]);
    expect(df.columns).toEqual(["group", "term", "count"]);
    expect(df.shape[0]).toBe(0);
  });

  test("no rows and no columns gives an empty frame", () => {
    const df = toDataFrame([]);
    expect(df.shape[0]).toBe(0);
    expect(df.columns).toEqual([]);
  });

  test("a row lacking a column is an invalid_argument error naming the row and the column", () => {
    const bad = [{ term: "war", count: 1 }, { term: "peace" }] as { term: string; count: number }[];
    let error: unknown;
    try {
      toDataFrame(bad, ["term", "count"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiscourseError);
    expect((error as DiscourseError).code).toBe("invalid_argument");
    expect((error as DiscourseError).message).toBe('toDataFrame: rows[1] must be an object with column "count"; got an object');
  });
});
