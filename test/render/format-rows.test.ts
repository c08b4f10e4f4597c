import { describe, expect, test } from "vitest";
import { PassThrough } from "node:stream";
import { formatRows, OutputFormat } from "../../src/render/format-rows";
import { writeRows } from "../../src/render/write-rows";
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

describe("table of many rows (issue 17)", () => {
  test("200,000 rows print without overflowing the stack: widths come from the first 1,000 rows", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ doc_id: `d${i}`, match: "said" }));
    const out = formatRows(many, ["doc_id", "match"], "table");
    const lines = out.split("\n");
    expect(lines).toHaveLength(200_003);
    expect(lines[0]).toBe("doc_id  match");
    // "d199999" is wider than the sampled "d999": cut to the column and marked.
    expect(lines[200_001]).toBe("d1999…  said");
  });

  test("a cell over 200 characters is cut with …; line breaks in a cell show as spaces", () => {
    const out = formatRows([{ text: "x".repeat(500) }, { text: "two\nlines" }], ["text"], "table").split("\n");
    expect(out[2]).toBe("x".repeat(199) + "…");
    expect(out[3]).toBe("two lines");
  });

  test("a fractional number after the sample prints with 4 decimals, never cut", () => {
    const rows = [...Array.from({ length: 1000 }, () => ({ n: 1 })), { n: 123456.5 }];
    expect(formatRows(rows, ["n"], "table").split("\n")[1002]).toBe("123456.5000");
  });
});

describe("writeRows(out, rows, columns, format)", () => {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, write: (s: string) => (chunks.push(s), true) };
  };

  test("writes the bytes formatRows gives, in every format, for arrays and generators alike", async () => {
    for (const f of Object.values(OutputFormat)) {
      const a = sink();
      expect(await writeRows(a, rows, columns, f)).toBe(2);
      expect(a.chunks.join("")).toBe(formatRows(rows, columns, f));
      const b = sink();
      await writeRows(b, (function* () { yield* rows; })(), columns, f);
      expect(b.chunks.join("")).toBe(formatRows(rows, columns, f));
    }
  });

  test("writes in chunks as rows come, never the whole output at once", async () => {
    const a = sink();
    const many = (function* () {
      for (let i = 0; i < 50_000; i++) yield { group: `g${i}`, term: "a", count: i, per_1k: 1 };
    })();
    await writeRows(a, many, columns, "jsonl");
    expect(a.chunks.length).toBeGreaterThan(20);
    expect(Math.max(...a.chunks.map((c) => c.length))).toBeLessThan(70_000);
  });

  test("waits for drain when the stream is full, and stops making rows when the stream fails", async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    let made = 0;
    const rowsOf = (function* () {
      for (let i = 0; i < 100_000; i++) {
        made++;
        yield { group: "g", term: "x".repeat(100), count: i, per_1k: 0 };
      }
    })();
    const done = writeRows(out, rowsOf, columns, "csv");
    await new Promise((r) => setTimeout(r, 20));
    expect(made).toBeLessThan(100_000); // paused, waiting for the reader
    out.destroy(new Error("EPIPE"));
    await expect(done).rejects.toThrow();
    expect(made).toBeLessThan(100_000);
  });

  test("an unknown format fails before anything is written", async () => {
    const a = sink();
    await expect(writeRows(a, rows, columns, "xml")).rejects.toThrow(DiscourseError);
    expect(a.chunks).toEqual([]);
  });
});
