import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/ingest/read-csv";
import { collectWarnings, rejection, tempFolder } from "./temp-files";

const { write } = tempFolder();

describe("readCsv", () => {
  it("reads one document per record, named columns to fields, the rest to meta as strings", async () => {
    const file = write("good-*.csv", "id,date,speaker,title,text,party,n\na1,2019-09-17,Ann,On things,Hello there.,X,3\na2,,,,Second.,,\n");
    const corpus = await readCsv(file);
    expect(corpus).toEqual([
      { id: "a1", text: "Hello there.", date: "2019-09-17", speaker: "Ann", title: "On things", source: `${file}:2`, meta: { party: "X", n: "3" } },
      { id: "a2", text: "Second.", source: `${file}:3`, meta: { party: "", n: "" } },
    ]);
  });

  it("makes ids <file name>-<line> when there is no id column", async () => {
    const file = write("speeches-*.csv", 'text\n"one"\n\n"two\nlines"\nthree\n');
    const stem = basename(file, ".csv");
    const corpus = await readCsv(file);
    expect(corpus.map((d) => d.id)).toEqual([`${stem}-2`, `${stem}-4`, `${stem}-6`]);
    expect(corpus[1].text).toBe("two\nlines");
  });

  it("reports the line where a bad record starts, after a quoted multi-line field", async () => {
    const file = write("multiline-*.csv", 'id,text\na,"first\nsecond\nthird"\nb,ok\nc,too,many\n');
    const error = await rejection(readCsv(file));
    expect(error).toMatchObject({ code: "invalid_input", file, line: 6 });
    expect(error.message).toBe(`${file}:6: expected 2 fields as in the header; got 3`);
  });

  it("counts lines right with CRLF line ends inside quoted fields", async () => {
    const file = write("crlf-*.csv", 'id,text\r\na,"x\r\ny"\r\n\r\nb,\r\n');
    const error = await rejection(readCsv(file));
    expect(error).toMatchObject({ line: 5 });
    expect(error.message).toMatch(/column "text" must be a non-empty string; got ""/);
  });

  it("lists the available columns when the text column is missing", async () => {
    const file = write("notext-*.csv", "id,body,date\na,x,1999\n");
    const error = await rejection(readCsv(file));
    expect(error).toMatchObject({ code: "invalid_input", file, line: 1 });
    expect(error.message).toMatch(/no column "text" \(option "textColumn"\); the columns are "id", "body", "date"/);
    expect((await readCsv(file, { textColumn: "body" }))[0].text).toBe("x");
  });

  it("requires a column named explicitly in the options", async () => {
    const file = write("explicit-*.csv", "text\nx\n");
    await expect(readCsv(file, { dateColumn: "when" })).rejects.toThrow(/no column "when" \(option "dateColumn"\)/);
  });

  it.each([
    ["invalid UTF-8 after a UTF-8 byte order mark", Buffer.concat([Buffer.from("\ufeffid,text\na,ok\nb,caf"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]), 3, /invalid UTF-8: byte 0xC3 at byte 6/],
    ["a duplicate id (naming both lines)", "id,text\na,x\nb,y\na,z\n", 4, /duplicate id "a" \(at line 4; first at line 2\)/],
    ["an impossible date", "id,date,text\na,2019-02-29,x\n", 2, /column "date": date "2019-02-29" is impossible/],
    ["an empty text", "id,text\na,\n", 2, /column "text" must be a non-empty string/],
    ["a whitespace-only text", 'id,text\na,"  "\n', 2, /column "text" is only whitespace/],
    ["an unclosed quote", 'id,text\na,"open\nb,x\n', 3, /malformed CSV: Quote Not Closed/],
  ])("rejects %s, naming file and line", async (_what, content, line, message) => {
    const file = write("bad-*.csv", content);
    const error = await rejection(readCsv(file));
    expect(error).toMatchObject({ file, line });
    expect(error.message).toMatch(message);
  });

  it("drops a byte order mark before the header", async () => {
    const file = write("bom-*.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("id,text\na,x\n")]));
    expect((await readCsv(file))[0]).toMatchObject({ id: "a", text: "x" });
  });

  it("with skipInvalid, skips each bad record and reports it with its line and reason", async () => {
    const file = write("skip-*.csv", 'id,date,text\na,1999,x\nb,1999,"multi\nline",extra\nc,2019-02-29,y\na,2000,z\nd,2001,w\n');
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readCsv(file, { skipInvalid: true, onWarning });
    expect(corpus.map((d) => d.id)).toEqual(["a", "d"]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ["invalid_input", 3],
      ["invalid_input", 5],
      ["duplicate_id", 6],
    ]);
    expect(warnings.every((w) => w.file === file && w.message.endsWith("(record skipped)"))).toBe(true);
  });

  it("reads other delimiters", async () => {
    const file = write("tabs-*.tsv", "id\ttext\na\thello, world\n");
    expect((await readCsv(file, { delimiter: "\t" }))[0].text).toBe("hello, world");
  });

  it("gives an empty corpus and a warning for an empty file", async () => {
    const { warnings, onWarning } = collectWarnings();
    expect(await readCsv(write("empty-*.csv", ""), { onWarning })).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["empty_corpus"]);
  });
});
