import { describe, expect, it } from "vitest";
import { tempFolder } from "../ingest/temp-files";
import { SHARD_CORPUS } from "../shard/shard-corpus";
import { run } from "./cli-harness";

const tmp = tempFolder();
const docs = SHARD_CORPUS.filter((d) => d.text !== "").map((d) => ({ id: d.id, text: d.text, date: d.date, speaker: d.speaker, ...d.meta }));
const jsonl = tmp.write("c.jsonl", docs.map((d) => JSON.stringify(d) + "\n").join(""));
const json = tmp.write("c.json", JSON.stringify(docs)); // a JSON array loads whole: the reference path

describe("freq --where on a JSON Lines corpus streams", () => {
  for (const args of [["--where", "party=Blue", "--by", "year"], ["--where", "date>=2003, speaker!=Marsh", "--ngram", "2"], ["--where", "party=Red", "--threads", "1", "--by", "speaker"]]) {
    it(`${args.join(" ")}: the rows of the loaded corpus, selected`, async () => {
      const streamed = await run("freq", "--corpus", jsonl, ...args, "--format", "csv");
      const loaded = await run("freq", "--corpus", json, ...args.filter((_, i, a) => a[i] !== "--threads" && a[i - 1] !== "--threads"), "--format", "csv");
      expect(streamed.code).toBe(0);
      expect(streamed.stdout.split("\n").length).toBeGreaterThan(3);
      expect(streamed.stdout).toBe(loaded.stdout);
    });
  }

  it("a selection matching nothing is the same usage error as for a loaded corpus", async () => {
    const r = await run("freq", "--corpus", jsonl, "--where", "partyy=Blue");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('names a field no document has: "partyy"');
    const r2 = await run("freq", "--corpus", jsonl, "--where", "party=Purple");
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('selection "party=Purple" matches none of the 13 documents');
  });

  it("--threads is refused for a corpus that does not stream (a JSON file)", async () => {
    const r = await run("freq", "--corpus", json, "--threads", "2");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--threads: only the counts of a JSON Lines or CSV file or a folder");
  });
});
