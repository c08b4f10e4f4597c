import path from "node:path";
import { describe, expect, it } from "vitest";
import { DiscourseError, invalidDateReason } from "../../src/errors";
import { jsonlDocuments } from "../../src/ingest/jsonl-documents";
import { readJsonl } from "../../src/ingest/read-jsonl";
import { collectWarnings, rejection, tempFolder } from "./temp-files";

const { write } = tempFolder();
const line = (o: unknown) => JSON.stringify(o);
const good = [
  line({ id: "a", date: "2019-09-17", speaker: "Ann", title: "T", source: "S", text: "First text.", party: "X", n: 3, tags: ["p", "q"] }),
  line({ id: "b", text: "Second text." }),
].join("\n");

describe("readJsonl", () => {
  it("reads one document per line, other fields to meta, nested values as JSON text", async () => {
    const file = write("good-*.jsonl", good + "\n");
    const corpus = await readJsonl(file);
    expect(corpus).toEqual([
      { id: "a", text: "First text.", date: "2019-09-17", speaker: "Ann", title: "T", source: "S", meta: { party: "X", n: 3, tags: '["p","q"]' } },
      { id: "b", text: "Second text.", source: `${file}:2`, meta: {} },
    ]);
  });

  it("returns a frozen corpus of frozen documents", async () => {
    const corpus = await readJsonl(write("frozen-*.jsonl", good));
    expect(Object.isFrozen(corpus)).toBe(true);
    expect(Object.isFrozen(corpus[0])).toBe(true);
    expect(Object.isFrozen(corpus[0].meta)).toBe(true);
  });

  it("ignores empty and whitespace-only lines but keeps counting them", async () => {
    const file = write("blank-*.jsonl", `\n  \t\n${line({ id: "a", text: "x" })}\r\n\n${line({ id: "b", text: "y" })}`);
    const corpus = await readJsonl(file);
    expect(corpus.map((d) => [d.id, d.source])).toEqual([["a", `${file}:3`], ["b", `${file}:5`]]);
  });

  it("reads an integer id as its decimal string and an integer year as a date", async () => {
    const corpus = await readJsonl(write("num-*.jsonl", line({ id: 42, date: 1999, text: "x" })));
    expect(corpus[0].id).toBe("42");
    expect(corpus[0].date).toBe("1999");
  });

  it("uses the field names given in the options", async () => {
    const file = write("fields-*.jsonl", line({ doc: "d1", body: "Hello.", when: "1990-01", who: "Bo" }));
    const corpus = await readJsonl(file, { idField: "doc", textField: "body", dateField: "when", speakerField: "who" });
    expect(corpus[0]).toMatchObject({ id: "d1", text: "Hello.", date: "1990-01", speaker: "Bo", meta: {} });
  });

  it("names file and line of malformed JSON at line 3", async () => {
    const file = write("bad-json-*.jsonl", [line({ id: "a", text: "x" }), line({ id: "b", text: "y" }), '{"id": "c", "text": }'].join("\n"));
    const error = await rejection(readJsonl(file));
    expect(error).toBeInstanceOf(DiscourseError);
    expect(error).toMatchObject({ code: "invalid_input", file, line: 3 });
    expect(error.message).toMatch(new RegExp(`^${escape(file)}:3: malformed JSON`));
  });

  it.each([
    ["a line that is not an object", "[1, 2]", /expected a JSON object; got an array of 2/],
    ["a missing id", line({ text: "x" }), /missing field "id"/],
    ["an empty id", line({ id: "", text: "x" }), /field "id" must be a non-empty string; got ""/],
    ["a non-string id", line({ id: 1.5, text: "x" }), /field "id" must be a non-empty string; got 1.5/],
    ["a missing text", line({ id: "a" }), /missing field "text"/],
    ["a non-string text", line({ id: "a", text: 7 }), /field "text" must be a non-empty string; got 7/],
    ["a whitespace-only text", line({ id: "a", text: " \n\t" }), /field "text" is only whitespace/],
    ["an impossible date", line({ id: "a", text: "x", date: "2019-02-29" }), /month 02 has 28 days/],
    ["an ambiguous numeric date", line({ id: "a", text: "x", date: "03/04/2019" }), /field "date": ambiguous date "03\/04\/2019": 3 and 4 could each be the day or the month/],
    ["a non-string speaker", line({ id: "a", text: "x", speaker: 3 }), /field "speaker" must be a string; got 3/],
  ])("rejects %s, naming file and line", async (_what, bad, message) => {
    const file = write("bad-*.jsonl", `${line({ id: "ok", text: "fine" })}\n${bad}\n`);
    const error = await rejection(readJsonl(file));
    expect(error).toMatchObject({ code: "invalid_input", file, line: 2 });
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${file}:2: `)).toBe(true);
  });

  it("rejects a duplicate id naming both lines", async () => {
    const file = write("dup-*.jsonl", [line({ id: "a", text: "x" }), line({ id: "b", text: "y" }), line({ id: "a", text: "z" })].join("\n"));
    const error = await rejection(readJsonl(file));
    expect(error).toMatchObject({ code: "duplicate_id", file, line: 3 });
    expect(error.message).toBe(`${file}:3: duplicate id "a" (at line 3; first at line 1)`);
  });

  it("rejects invalid UTF-8 naming file and line", async () => {
    const bytes = Buffer.concat([Buffer.from(line({ id: "a", text: "x" }) + '\n{"id": "b", "text": "caf'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const file = write("utf8-*.jsonl", bytes);
    const error = await rejection(readJsonl(file));
    expect(error).toMatchObject({ code: "invalid_input", file, line: 2 });
    expect(error.message).toMatch(/invalid UTF-8: byte 0xFF at byte 25 of the line/);
  });

  it("with skipInvalid, skips each bad record and reports it with its reason", async () => {
    const file = write(
      "skip-*.jsonl",
      [
        line({ id: "a", text: "x" }),
        "{oops",
        line({ id: "b", text: "", date: "2019" }),
        line({ id: "c", text: "y", date: "2019-02-29" }),
        line({ id: "a", text: "again" }),
        line({ id: "d", text: "z" }),
      ].join("\n"),
    );
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readJsonl(file, { skipInvalid: true, onWarning });
    expect(corpus.map((d) => d.id)).toEqual(["a", "d"]);
    expect(warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ["invalid_input", file, 2],
      ["invalid_input", file, 3],
      ["invalid_input", file, 4],
      ["duplicate_id", file, 5],
    ]);
    expect(warnings[0].message).toMatch(/malformed JSON.*\(record skipped\)$/);
    expect(warnings[1].message).toMatch(/field "text" must be a non-empty string/);
    expect(warnings[2].message).toMatch(/impossible/);
    expect(warnings[3].message).toMatch(/duplicate id "a"/);
  });

  it("requires onWarning with skipInvalid, so nothing is dropped silently", async () => {
    expect(() => jsonlDocuments("x.jsonl", { skipInvalid: true })).toThrow(/option "onWarning" must be a function when skipInvalid is true/);
  });

  it("validates options when called, before reading", () => {
    expect(() => jsonlDocuments("missing.jsonl", { idField: "" })).toThrow('jsonlDocuments: option "idField" must be a non-empty string; got ""');
  });

  it("throws an io error naming a file that does not exist", async () => {
    const error = await rejection(readJsonl("/no/such/file.jsonl"));
    expect(error).toMatchObject({ code: "io", file: "/no/such/file.jsonl" });
    expect(error.message).toMatch(/no such file/);
  });
});

describe("jsonlDocuments with metaFile", () => {
  it("merges the meta file's fields into meta by id, the data file winning a conflict", async () => {
    const data = write("m-data-*.jsonl", [line({ id: "a", text: "x", party: "P" }), line({ id: "b", text: "y" }), line({ id: "c", text: "z" })].join("\n"));
    const meta = write("m-meta-*.jsonl", [line({ id: "b", party: "Q" }), line({ id: "a", party: "R", n: 1 }), line({ id: "zz", party: "S" })].join("\n"));
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readJsonl(data, { metaFile: meta, onWarning });
    expect(corpus.map((d) => d.meta)).toEqual([{ party: "P", n: 1 }, { party: "Q" }, {}]);
    expect(warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ["meta_conflict", meta, 2],
      ["meta_unused", meta, 3],
      ["meta_missing", data, undefined],
    ]);
    expect(warnings[1].message).toMatch(/1 id\(s\) match no document .* \(first: "zz" at line 3\)/);
  });

  it("rejects a duplicate id in the meta file naming both lines", async () => {
    const data = write("md-data-*.jsonl", line({ id: "a", text: "x" }));
    const meta = write("md-meta-*.jsonl", [line({ id: "a", party: "Q" }), line({ id: "a", party: "R" })].join("\n"));
    const error = await rejection(readJsonl(data, { metaFile: meta }));
    expect(error).toMatchObject({ code: "duplicate_id", file: meta, line: 2 });
  });

  it("streams: stops reading when the consumer stops", async () => {
    const file = write("stream-*.jsonl", [line({ id: "a", text: "x" }), line({ id: "b", text: "y" }), "{broken"].join("\n"));
    const ids: string[] = [];
    for await (const doc of jsonlDocuments(file)) {
      ids.push(doc.id);
      if (ids.length === 2) break;
    }
    expect(ids).toEqual(["a", "b"]);
  });

  it("yields a line longer than one read chunk whole", async () => {
    const long = "word ".repeat(40_000);
    const corpus = await readJsonl(write("long-*.jsonl", `${line({ id: "a", text: long })}\n${line({ id: "b", text: "é" })}`));
    expect(corpus[0].text).toBe(long);
    expect(corpus[1].text).toBe("é");
  });
});

describe("readJsonl on the shared State of the Union corpus", () => {
  const dir = path.resolve(__dirname, "../../../shared/corpora/sotu");

  it("reads 245 addresses with party from meta.jsonl and valid dates", async () => {
    const corpus = await readJsonl(path.join(dir, "data.jsonl"), { metaFile: path.join(dir, "meta.jsonl") });
    expect(corpus).toHaveLength(245);
    expect(corpus[0].id).toBe("sotu-1790-01-08");
    expect(corpus[0].speaker).toBe("George Washington");
    expect(corpus.every((d) => typeof d.meta.party === "string" && d.meta.party !== "")).toBe(true);
    expect(corpus.every((d) => d.date !== undefined && invalidDateReason(d.date) === undefined)).toBe(true);
    expect(new Set(corpus.map((d) => d.id)).size).toBe(245);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
