import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorpus } from "../../src/ingest/check-corpus";
import { readJsonl } from "../../src/ingest/read-jsonl";
import { writeCorpusJsonl } from "../../src/ingest/write-corpus-jsonl";
import { rejection, tempFolder } from "./temp-files";

const { dir } = tempFolder();

describe("writeCorpusJsonl", () => {
  const corpus = checkCorpus([
    { id: "a", text: "First text.\nTwo lines.", date: "2019-11-04", speaker: "Ann", title: "T", source: "x/a.txt", meta: { date_original: "November 4, 2019", lang: "en", n: 3, ok: true, none: null } },
    { id: "b", text: "Second.", meta: {} },
  ]);

  it("writes core fields, then metadata flat, then text, one document per line (hand-written expected bytes)", async () => {
    const file = join(dir, "out", "corpus.jsonl");
    expect(await writeCorpusJsonl(corpus, file)).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(
      '{"id":"a","date":"2019-11-04","speaker":"Ann","title":"T","source":"x/a.txt","date_original":"November 4, 2019","lang":"en","n":3,"ok":true,"none":null,"text":"First text.\\nTwo lines."}\n' +
        '{"id":"b","text":"Second."}\n',
    );
  });

  it("reads back as the same documents (source kept, not replaced by the line)", async () => {
    const file = join(dir, "roundtrip.jsonl");
    await writeCorpusJsonl(corpus, file);
    const back = await readJsonl(file);
    expect(back[0]).toEqual(corpus[0]);
    expect(back[1]).toEqual({ ...corpus[1], source: `${file}:2` });
  });

  it("refuses a metadata key that is also a document field, and names an unwritable path", async () => {
    const clash = checkCorpus([{ id: "a", text: "x", meta: { title: "y" } }]);
    await expect(writeCorpusJsonl(clash, join(dir, "c.jsonl"))).rejects.toThrow(/document "a" has a metadata field "title", which is also a document field/);
    const error = await rejection(writeCorpusJsonl(corpus, join(dir, "roundtrip.jsonl", "under-a-file.jsonl")));
    expect(error).toMatchObject({ code: "io" });
    expect(error.message).toMatch(/under-a-file\.jsonl: cannot write/);
  });
});
