import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importCorpus } from "../../src/recipes/import-corpus";
import type { Warning } from "../../src/types";

const dir = mkdtempSync(join(tmpdir(), "discourse-lab-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, content);
  return p;
};

describe("importCorpus", () => {
  it("joins sources in order, the options applying to each", async () => {
    const a = write("one/a.txt", "---\ndate: 03/04/2019\n---\nThe first statement of the harbour committee, read to the press on the quay.");
    const b = write("two.csv", "id,date,text\nb,13/04/2019,The second statement of the harbour committee read to the press.\n");
    const corpus = await importCorpus([join(dir, "one"), b], { dateOrder: "dmy", lang: "en" });
    expect(corpus.map((d) => [d.id, d.date, d.meta.lang, d.source])).toEqual([
      ["a", "2019-04-03", "en", a],
      ["b", "2019-04-13", "en", `${b}:2`],
    ]);
  });

  it("names both sources of an id found twice, or skips the later one with skipInvalid and a warning", async () => {
    const x = write("x.jsonl", '{"id":"same","text":"One."}\n');
    const y = write("y.jsonl", '{"id":"same","text":"Two."}\n');
    await expect(importCorpus([x, y])).rejects.toThrow(`importCorpus: duplicate id "same" (in ${y}; first in ${x})`);
    const warnings: Warning[] = [];
    const corpus = await importCorpus([x, y], { skipInvalid: true, onWarning: (w) => warnings.push(w) });
    expect(corpus.map((d) => d.text)).toEqual(["One."]);
    expect(warnings).toMatchObject([{ code: "duplicate_id", file: y }]);
    await expect(importCorpus([])).rejects.toThrow("importCorpus: sources must be a non-empty array of corpus specs; got an array of 0");
  });
});
