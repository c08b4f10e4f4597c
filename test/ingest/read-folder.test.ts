import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFolder } from "../../src/ingest/read-folder";
import { collectWarnings, rejection, tempFolder } from "./temp-files";

const { dir: root, write } = tempFolder();

/** A fresh folder under the temp root holding `files`. */
let folders = 0;
function folder(files: Record<string, string | Uint8Array>): string {
  const name = `f${folders++}`;
  for (const [file, content] of Object.entries(files)) write(`${name}/${file}`, content);
  return join(root, name);
}

describe("readFolder", () => {
  it("reads .txt and .md files of the folder and its subfolders in code point order", async () => {
    const dir = folder({ "b.txt": "B", "a.md": "A", "sub/c.txt": "C", "Z.txt": "Z", "notes.xlsx": "x", ".hidden.txt": "h" });
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readFolder(dir, { onWarning });
    expect(corpus.map((d) => d.id)).toEqual(["Z", "a", "b", "sub/c"]);
    expect(corpus[3]).toEqual({ id: "sub/c", text: "C", source: join(dir, "sub/c.txt"), meta: {} });
    expect(warnings).toMatchObject([{ code: "ignored_files", message: expect.stringMatching(/1 file\(s\) .* \(first: "notes.xlsx"\)/) }]);
  });

  it("takes id, date, speaker, title and source from YAML front matter, other keys to meta, body as text", async () => {
    const dir = folder({
      "x.md": "---\nid: custom\ndate: 2019-09-17\nspeaker: Greta Thunberg\ntitle: UN\nsource: https://example.org\nparty: none\ntags: [a, b]\nyear: 2019\n---\nMy message is...\n",
    });
    const corpus = await readFolder(dir);
    expect(corpus).toEqual([
      {
        id: "custom",
        text: "My message is...\n",
        date: "2019-09-17",
        speaker: "Greta Thunberg",
        title: "UN",
        source: "https://example.org",
        meta: { party: "none", tags: '["a","b"]', year: 2019 },
      },
    ]);
  });

  it("takes dates from file names YYYY-MM-DD_, YYYY-MM_, YYYY_ and YYYYMMDD_", async () => {
    const dir = folder({ "2019-09-17_speech.txt": "a", "2019-09_x.txt": "b", "1999_x.md": "c", "19991231_x.txt": "d", "12345678_case.txt": "e" });
    const corpus = await readFolder(dir);
    expect(corpus.map((d) => [d.id, d.date])).toEqual([
      ["12345678_case", undefined],
      ["19991231_x", "1999-12-31"],
      ["1999_x", "1999"],
      ["2019-09-17_speech", "2019-09-17"],
      ["2019-09_x", "2019-09"],
    ]);
  });

  it("prefers the front matter date and warns when the file name disagrees", async () => {
    const dir = folder({ "2019-09-17_a.md": "---\ndate: 2020-01-01\n---\ntext", "2019-09_b.md": "---\ndate: 2019-09-30\n---\ntext" });
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readFolder(dir, { onWarning });
    expect(corpus.map((d) => d.date)).toEqual(["2020-01-01", "2019-09-30"]);
    expect(warnings).toEqual([
      {
        code: "date_conflict",
        message: `${join(dir, "2019-09-17_a.md")}:2: front matter date "2020-01-01" differs from the file name's "2019-09-17"; using the front matter's`,
        file: join(dir, "2019-09-17_a.md"),
        line: 2,
      },
    ]);
  });

  it("reads a front matter year written as a number", async () => {
    const corpus = await readFolder(folder({ "a.md": "---\ndate: 1999\n---\ntext" }));
    expect(corpus[0].date).toBe("1999");
  });

  it("drops a UTF-8 byte order mark, also before front matter", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const corpus = await readFolder(folder({ "a.md": Buffer.concat([bom, Buffer.from("---\ntitle: T\n---\nbody")]), "b.txt": Buffer.concat([bom, Buffer.from("plain")]) }));
    expect(corpus.map((d) => [d.title, d.text])).toEqual([["T", "body"], [undefined, "plain"]]);
  });

  it.each([
    ["invalid UTF-8 after a UTF-8 byte order mark", { "a.txt": Buffer.concat([Buffer.from("\ufeffok\nfine\nbad "), Buffer.from([0xe2, 0x28, 0xa1])]) }, "a.txt", 3, /invalid UTF-8: byte 0xE2 at byte 5/],
    ["no text after the front matter", { "a.md": "---\ntitle: T\n---\n  \n" }, "a.md", 4, /no text after the front matter/],
    ["an empty file", { "a.txt": "" }, "a.txt", undefined, /no text/],
    ["bad front matter YAML", { "a.md": "---\ntitle: T\nspeaker: [unclosed\n---\nbody" }, "a.md", 3, /bad YAML front matter/],
    ["a front matter block never closed", { "a.md": "---\ntitle: T\nbody" }, "a.md", 1, /never closed/],
    ["JavaScript front matter (it would run code)", { "a.md": "---js\n{ title: process.exit(3) }\n---\nbody" }, "a.md", 1, /in JavaScript is not supported/],
    ["front matter that is not key: value lines", { "a.md": "---\n- a\n- b\n---\nbody" }, "a.md", 2, /must be key: value lines; got an array of 2/],
    ["an impossible front matter date", { "a.md": "---\ntitle: T\ndate: 2019-02-29\n---\nbody" }, "a.md", 3, /front matter "date": date "2019-02-29" is impossible/],
    ["an impossible date in the file name", { "2019-02-29_a.txt": "body" }, "2019-02-29_a.txt", undefined, /date from the file name "2019-02-29_a.txt": date "2019-02-29" is impossible/],
    ["a duplicate id (naming both files)", { "a.md": "A", "a.txt": "B" }, "a.txt", undefined, /duplicate id "a" \(at a.txt; first at a.md\)/],
  ])("rejects %s, naming the file and line", async (_what, files, name, line, message) => {
    const dir = folder(files);
    const error = await rejection(readFolder(dir));
    expect(error).toMatchObject({ file: join(dir, name), line });
    expect(error.message).toMatch(message);
  });

  it("with skipInvalid, skips each bad file and reports it with its reason", async () => {
    const dir = folder({ "a.txt": "A", "b.md": "---\ndate: 2019-02-29\n---\nB", "c.txt": " ", "d.md": "---\nid: a\n---\nD", "e.txt": "E" });
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readFolder(dir, { skipInvalid: true, onWarning });
    expect(corpus.map((d) => d.id)).toEqual(["a", "e"]);
    expect(warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ["invalid_input", join(dir, "b.md"), 2],
      ["invalid_input", join(dir, "c.txt"), undefined],
      ["duplicate_id", join(dir, "d.md"), undefined],
    ]);
    expect(warnings.every((w) => w.message.endsWith("(record skipped)"))).toBe(true);
  });

  it("keeps the text exactly as in the file, including CRLF line ends", async () => {
    const corpus = await readFolder(folder({ "a.md": "---\r\ntitle: T\r\n---\r\nline one\r\nline two\r\n" }));
    expect(corpus[0]).toMatchObject({ title: "T", text: "line one\r\nline two\r\n" });
  });

  it("gives an empty corpus and a warning for a folder without text files", async () => {
    const { warnings, onWarning } = collectWarnings();
    expect(await readFolder(folder({ "a.xlsx": "x" }), { onWarning })).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["ignored_files", "empty_corpus"]);
  });

  it("throws an io error naming a folder that does not exist", async () => {
    const error = await rejection(readFolder(join(root, "nope")));
    expect(error).toMatchObject({ code: "io" });
    expect(error.message).toMatch(/nope: cannot read: no such folder/);
  });
});
