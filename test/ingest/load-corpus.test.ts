import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/ingest/load-corpus";
import { rejection, tempFolder } from "./temp-files";

const { dir, write } = tempFolder();

describe("loadCorpus", () => {
  it('loads "sotu" as the built-in State of the Union corpus, with from/to', async () => {
    const corpus = await loadCorpus("sotu", { from: 2020, to: 2021 });
    expect(corpus.map((d) => d.id)).toEqual(["sotu-2020-donald-j-trump", "sotu-2021-joseph-r-biden"]);
  });

  it("chooses the reader by the spec's form, passing options through", async () => {
    write("folder/a.txt", "A");
    const jsonl = write("x.JSONL", `{"doc":"j","text":"J"}`);
    const ndjson = write("x.ndjson", `{"id":"n","text":"N"}`);
    const csv = write("x.csv", "body\nC\n");
    const json = write("x.json", `[{"id":"s","text":"S"}]`);
    expect((await loadCorpus(join(dir, "folder"))).map((d) => d.id)).toEqual(["a"]);
    expect((await loadCorpus(jsonl, { idField: "doc" })).map((d) => d.id)).toEqual(["j"]);
    expect((await loadCorpus(ndjson)).map((d) => d.id)).toEqual(["n"]);
    expect((await loadCorpus(csv, { textColumn: "body" })).map((d) => d.text)).toEqual(["C"]);
    expect((await loadCorpus(json)).map((d) => d.id)).toEqual(["s"]);
  });

  it("throws an io error naming a path that does not exist", async () => {
    const missing = join(dir, "missing.jsonl");
    const error = await rejection(loadCorpus(missing));
    expect(error).toMatchObject({ code: "io", file: missing });
    expect(error.message).toBe(`${missing}: cannot read: no such file or folder`);
  });

  it("lists what is accepted for any other file", async () => {
    const other = write("x.xlsx", "");
    await expect(loadCorpus(other)).rejects.toThrow(
      `loadCorpus: spec must be "sotu", a folder, or a .jsonl, .ndjson, .csv, .json, .txt, .md, .markdown, .html, .htm, .xhtml, .pdf, .docx file (save it as .csv); got ${JSON.stringify(other)}`,
    );
  });
});
