import { describe, expect, test } from "vitest";
import { formatRows, OutputFormat } from "../../src/render/format-rows";
import { DiscourseError } from "../../src/errors";

const columns = ["group", "term", "count", "per_1k"];
const rows = [
  { group: "1860s", term: "war", count: 3, per_1k: 166.66666666666666, extra: "not shown" },
  { group: null, term: 'say "no", then', count: 12, per_1k: 400 },
];

describe("formatRows(rows, columns, format)", () => {
  test("jsonl: one JSON object per line with exactly the columns, in order, null for missing values", () => {
    const out = formatRows(rows, columns, "jsonl");
    expect(out).toBe(
      '{"group":"1860s","term":"war","count":3,"per_1k":166.66666666666666}\n' +
        '{"group":null,"term":"say \\"no\\", then","count":12,"per_1k":400}\n',
    );
    expect(out.split("\n").filter(Boolean).map((l) => Object.keys(JSON.parse(l)))).toEqual([columns, columns]);
  });

  test("csv: a header, RFC 4180 quoting, numbers in full precision, empty cells for null", () => {
    expect(formatRows(rows, columns, "csv")).toBe(
      "group,term,count,per_1k\n" + "1860s,war,3,166.66666666666666\n" + ',"say ""no"", then",12,400\n',
    );
  });

  test("csv and jsonl of no rows: just the header, and nothing", () => {
    expect(formatRows([], columns, "csv")).toBe("group,term,count,per_1k\n");
    expect(formatRows([], columns, "jsonl")).toBe("");
  });

  test("table: aligned columns, a rule under the header, numbers right-aligned", () => {
    const out = formatRows(rows, columns, "table");
    expect(out.split("\n")).toEqual([
      "group  term            count    per_1k",
      "-----  --------------  -----  --------",
      "1860s  war                 3  166.6667",
      "       say \"no\", then     12  400.0000",
      "",
    ]);
  });

  test("table: a column with any fractional number shows all of them with 4 decimals; whole columns stay whole", () => {
    const out = formatRows([{ x: 1, y: 0 }, { x: 2, y: 0.5 }], ["x", "y"], "table");
    expect(out).toBe("x       y\n-  ------\n1  0.0000\n2  0.5000\n");
  });

  test("table of no rows: the header and its rule", () => {
    expect(formatRows([], ["term", "count"], "table")).toBe("term  count\n----  -----\n");
  });

  test("the same rows give the same bytes", () => {
    for (const f of Object.values(OutputFormat)) expect(formatRows(rows, columns, f)).toBe(formatRows(structuredClone(rows), columns, f));
  });

  test("an unknown format is an invalid_argument error listing the formats", () => {
    expect(() => formatRows(rows, columns, "xml")).toThrow(DiscourseError);
    expect(() => formatRows(rows, columns, "xml")).toThrow('option --format must be one of table, csv, jsonl; got "xml"');
  });
});
