import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvDocuments } from "../../src/ingest/csv-documents";
import { readCsv } from "../../src/ingest/read-csv";
import { collect, collectWarnings, rejection, tempFolder } from "./temp-files";

const { write } = tempFolder();
const MIXED = join(__dirname, "fixtures", "mixed");

describe("csvDocuments", () => {
  it("streams one document per record, quoted fields spanning lines, each with the line it starts on", async () => {
    const file = write("multi-*.csv", 'id,date,text,party\na,2019-09-17,"first\nsecond\r\nthird",X\n\nb,,"say ""hi""",\n');
    expect(await collect(csvDocuments(file))).toEqual([
      { id: "a", text: "first\nsecond\r\nthird", date: "2019-09-17", source: `${file}:2`, meta: { party: "X" } },
      { id: "b", text: 'say "hi"', source: `${file}:6`, meta: { party: "" } },
    ]);
  });

  it("counts lines across read chunks: a file of 20 000 records (300 KB) gives readCsv's documents", async () => {
    const rows = ["id,text"];
    for (let i = 0; i < 20_000; i++) rows.push(i % 1000 === 0 ? `r${i},"line\r\nbreak é😀"` : `r${i},text ${i} é`);
    const file = write("big-*.csv", `${rows.join("\r\n")}\r\n`);
    const docs = await collect(csvDocuments(file));
    expect(docs.length).toBe(20_000);
    expect(docs[19_000]).toEqual({ id: "r19000", text: "line\r\nbreak é😀", source: `${file}:19021`, meta: {} });
    expect(docs).toEqual([...(await readCsv(file))]);
  });

  it("reads a windows-1252 file, warning that the encoding was detected", async () => {
    const { warnings, onWarning } = collectWarnings();
    const docs = await collect(csvDocuments(join(MIXED, "letters-latin1.csv"), { onWarning }));
    expect(docs.map((d) => d.id)).toEqual(["letter-1", "letter-2"]);
    expect(docs[0].meta.writer).toBe("Amélie Durand");
    expect(warnings).toMatchObject([{ code: "encoding_assumed", message: expect.stringMatching(/read as windows-1252 \(detected/) }]);
  });

  it("detects windows-1252 when the first non-UTF-8 byte comes after the first 64 KiB", async () => {
    const rows = ["id,text"];
    for (let i = 0; i < 5000; i++) rows.push(`r${i},plain text number ${i}`);
    const file = write("late-*.csv", Buffer.concat([Buffer.from(`${rows.join("\n")}\n`), iconv.encode("last,caf\u00e9 \u201cquoted\u201d\n", "windows-1252")]));
    const { warnings, onWarning } = collectWarnings();
    const docs = await collect(csvDocuments(file, { onWarning }));
    expect(docs.at(-1)?.text).toBe("caf\u00e9 \u201cquoted\u201d");
    expect(warnings.map((w) => w.code)).toEqual(["encoding_assumed"]);
  });

  it("reads a forced encoding and a UTF-16 file marked by its byte order mark", async () => {
    const latin = write("forced-*.csv", iconv.encode("id,text\na,na\u00efve\n", "latin1"));
    expect((await collect(csvDocuments(latin, { encoding: "latin1" })))[0].text).toBe("na\u00efve");
    const utf16 = write("utf16-*.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("id,text\na,\u4f60\u597d \ud83d\ude00\nb,x\n", "utf-16le")]));
    expect((await collect(csvDocuments(utf16))).map((d) => [d.text, d.source])).toEqual([
      ["\u4f60\u597d \ud83d\ude00", `${utf16}:2`],
      ["x", `${utf16}:3`],
    ]);
  });

  it("throws at a bad record, naming file and line, after yielding the documents before it", async () => {
    const file = write("bad-*.csv", 'id,text\na,"one\ntwo"\nb,ok\nc,too,many\nd,never\n');
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const doc of csvDocuments(file)) seen.push(doc.id);
      })(),
    );
    expect(seen).toEqual(["a", "b"]);
    expect(error).toMatchObject({ code: "invalid_input", file, line: 5 });
    expect(error.message).toBe(`${file}:5: expected 2 fields as in the header; got 3`);
  });

  it.each([
    ["invalid UTF-8 in a file marked as UTF-8", Buffer.concat([Buffer.from("\ufeffid,text\na,ok\nb,caf"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]), 3, /invalid UTF-8: byte 0xC3 at byte 6 of the line/],
    ["an unclosed quote", 'id,text\na,"open\nb,x\n', 3, /malformed CSV: Quote Not Closed/],
    ["a missing text column", "id,body\na,x\n", 1, /no column "text" \(option "textColumn"\); the columns are "id", "body"/],
  ])("throws %s, naming file and line", async (_what, content, line, message) => {
    const file = write("fail-*.csv", content);
    const error = await rejection(collect(csvDocuments(file)));
    expect(error).toMatchObject({ file, line });
    expect(error.message).toMatch(message);
  });

  it("with skipInvalid, skips each bad record and reports it with its line", async () => {
    const file = write("skip-*.csv", 'id,date,text\na,1999,x\nb,1999,"multi\nline",extra\nc,2019-02-29,y\na,2000,z\nd,2001,w\n');
    const { warnings, onWarning } = collectWarnings();
    const docs = await collect(csvDocuments(file, { skipInvalid: true, onWarning }));
    expect(docs.map((d) => d.id)).toEqual(["a", "d"]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ["invalid_input", 3],
      ["invalid_input", 5],
      ["duplicate_id", 6],
    ]);
  });

  it("validates options when called, before reading", () => {
    expect(() => csvDocuments("missing.csv", { textColumn: "" })).toThrow('csvDocuments: option "textColumn" must be a non-empty string; got ""');
    expect(() => csvDocuments("missing.csv", { skipInvalid: true })).toThrow(/csvDocuments: option "onWarning" must be a function/);
  });

  it("throws an io error naming a file that does not exist, when read", async () => {
    const error = await rejection(collect(csvDocuments(join(MIXED, "nope.csv"))));
    expect(error).toMatchObject({ code: "io", message: `${join(MIXED, "nope.csv")}: cannot read: no such file` });
  });

  it("stops reading when the caller stops early", async () => {
    const file = write("early-*.csv", "id,text\na,x\nb,y\nc,z\n");
    const ids: string[] = [];
    for await (const doc of csvDocuments(file)) {
      ids.push(doc.id);
      if (ids.length === 2) break;
    }
    expect(ids).toEqual(["a", "b"]);
  });

  it("yields nothing for an empty file, with an empty_corpus warning", async () => {
    const { warnings, onWarning } = collectWarnings();
    expect(await collect(csvDocuments(write("empty-*.csv", ""), { onWarning }))).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["empty_corpus"]);
  });
});
