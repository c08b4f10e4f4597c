import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusSourceKind } from "../../src/ingest/corpus-source-kind";
import { rejection, tempFolder } from "./temp-files";

const { dir, write } = tempFolder();

describe("corpusSourceKind", () => {
  it("names the kind of each spec: sotu, a folder, or a file by its extension in any case", () => {
    write("sub/a.txt", "x");
    expect(corpusSourceKind("sotu")).toBe("sotu");
    expect(corpusSourceKind(join(dir, "sub"))).toBe("folder");
    const kinds: [string, string][] = [
      ["a.jsonl", "jsonl"], ["a.NDJSON", "jsonl"], ["a.csv", "csv"], ["a.json", "json"], ["a.txt", "text"], ["a.md", "text"],
      ["a.Html", "html"], ["a.htm", "html"], ["a.pdf", "pdf"], ["a.DOCX", "docx"],
    ];
    for (const [name, kind] of kinds) expect(corpusSourceKind(write(name, "x"))).toBe(kind);
  });

  it("has one message for a path that does not exist, whatever its extension", async () => {
    for (const name of ["missing.jsonl", "missing.csv", "missing", "gone/x.pdf"]) {
      const path = join(dir, name);
      const error = await rejection(Promise.resolve().then(() => corpusSourceKind(path)));
      expect(error).toMatchObject({ code: "io", file: path, message: `${path}: cannot read: no such file or folder` });
    }
  });

  it("lists what is accepted for any other file, with a hint for word-processor and spreadsheet files", () => {
    expect(() => corpusSourceKind(write("old.doc", "x"))).toThrow(/spec must be "sotu", a folder, or a \.jsonl.*\.docx file \(save it as \.docx\)/);
    expect(() => corpusSourceKind(write("sheet.xlsx", "x"))).toThrow(/\(save it as \.csv\)/);
    expect(() => corpusSourceKind(write("image.png", "x"))).toThrow(/\.docx file; got ".*image\.png"/);
  });
});
