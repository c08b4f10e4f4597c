import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderDocuments } from "../../src/ingest/folder-documents";
import { readFolder } from "../../src/ingest/read-folder";
import { collect, collectWarnings, rejection, tempFolder } from "./temp-files";

const { dir: root, write } = tempFolder();
const MIXED = join(__dirname, "fixtures", "mixed");

let folders = 0;
/** A fresh folder under the temp root holding `files`. */
function folder(files: Record<string, string | Uint8Array>): string {
  const name = `f${folders++}`;
  for (const [file, content] of Object.entries(files)) write(`${name}/${file}`, content);
  return join(root, name);
}

describe("folderDocuments", () => {
  it("streams a folder of mixed kinds file by file, giving readFolder's documents and warnings", async () => {
    const streamed = collectWarnings();
    const collected = collectWarnings();
    const docs = await collect(folderDocuments(MIXED, { onWarning: streamed.onWarning }));
    expect(docs).toEqual([...(await readFolder(MIXED, { onWarning: collected.onWarning }))]);
    expect(streamed.warnings).toEqual(collected.warnings);
    expect(docs.map((d) => d.id)).toContain("letter-1");
  });

  it("reads CSV, JSON Lines, JSON and text files in code point order of their paths", async () => {
    const dir = folder({
      "b.csv": "id,text\nc1,one\nc2,\"two\nlines\"\n",
      "a.jsonl": '{"id":"j1","text":"J"}\n\n{"id":"j2","text":"K"}\n',
      "c/d.json": '[{"id":"s","text":"S"}]',
      "c/e.md": "---\ntitle: T\n---\nBody",
    });
    const docs = await collect(folderDocuments(dir));
    expect(docs.map((d) => [d.id, d.source])).toEqual([
      ["j1", `${join(dir, "a.jsonl")}:1`],
      ["j2", `${join(dir, "a.jsonl")}:3`],
      ["c1", `${join(dir, "b.csv")}:2`],
      ["c2", `${join(dir, "b.csv")}:3`],
      ["s", `${join(dir, "c/d.json")}[0]`],
      ["c/e", join(dir, "c/e.md")],
    ]);
  });

  it("throws on an id repeated across files, naming both places, as readFolder does", async () => {
    const dir = folder({ "a.csv": "id,text\nx,one\n", "b.jsonl": '{"id":"y","text":"Y"}\n{"id":"x","text":"again"}\n' });
    const error = await rejection(collect(folderDocuments(dir)));
    expect(error).toMatchObject({ code: "duplicate_id", file: join(dir, "b.jsonl") });
    expect(error.message).toMatch(new RegExp(`duplicate id "x" \\(at ${join(dir, "b.jsonl")}:2; first at ${join(dir, "a.csv")}:2\\)`));
    expect((await rejection(readFolder(dir))).message).toBe(error.message);
  });

  it("with skipInvalid, skips a duplicate across files and reports it", async () => {
    const dir = folder({ "a.md": "A", "a.txt": "B", "b.txt": "C" });
    const { warnings, onWarning } = collectWarnings();
    expect((await collect(folderDocuments(dir, { skipInvalid: true, onWarning }))).map((d) => d.id)).toEqual(["a", "b"]);
    expect(warnings).toMatchObject([{ code: "duplicate_id", file: join(dir, "a.txt"), message: expect.stringMatching(/\(at a.txt; first at a.md\) \(record skipped\)$/) }]);
  });

  it("with skipInvalid, keeps what a CSV file gave before it broke and says so (readFolder drops the file)", async () => {
    const dir = folder({ "a.csv": 'id,text\nk1,kept\nk2,"never closed\n', "b.txt": "B" });
    const { warnings, onWarning } = collectWarnings();
    expect((await collect(folderDocuments(dir, { skipInvalid: true, onWarning }))).map((d) => d.id)).toEqual(["k1", "b"]);
    expect(warnings).toMatchObject([{ code: "invalid_input", file: join(dir, "a.csv"), line: 3, message: expect.stringMatching(/malformed CSV: .* \(the rest of the file skipped; its 1 document\(s\) before that were kept\)$/) }]);
    expect((await readFolder(dir, { skipInvalid: true, onWarning: () => {} })).map((d) => d.id)).toEqual(["b"]);
  });

  it("validates its options when called, before reading", () => {
    expect(() => folderDocuments(join(root, "nope"), { extensions: [".xlsx"] })).toThrow(/folderDocuments: option "extensions" must be extensions of kinds it reads/);
    expect(() => folderDocuments(join(root, "nope"), { pdfPages: "yes" as unknown as boolean })).toThrow(/folderDocuments: option "pdfPages" must be a boolean/);
  });

  it("throws an io error naming a folder that does not exist, when read", async () => {
    const error = await rejection(collect(folderDocuments(join(root, "nope"))));
    expect(error).toMatchObject({ code: "io", message: expect.stringMatching(/nope: cannot read: no such folder/) });
  });
});
