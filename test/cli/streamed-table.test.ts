import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../ingest/temp-files";
import { SHARD_CORPUS } from "../shard/shard-corpus";
import { run } from "./cli-harness";

const tmp = tempFolder();
const docs = SHARD_CORPUS.filter((d) => d.text !== "").map((d) => ({ id: d.id, text: d.text, date: d.date, speaker: d.speaker, ...d.meta }));
const small = tmp.write("c.jsonl", docs.map((d) => JSON.stringify(d) + "\n").join(""));
const smallJson = tmp.write("c.json", JSON.stringify(docs)); // a JSON array loads whole: the reference path

// The same documents as a CSV file, and as a folder holding a JSON Lines file and a CSV file.
const csvCell = (v: unknown) => (v === undefined ? "" : `"${String(v).replace(/"/g, '""')}"`);
const csvOf = (rows: readonly Record<string, unknown>[]) => ["id,text,date,speaker,party,lang", ...rows.map((d) => ["id", "text", "date", "speaker", "party", "lang"].map((k) => csvCell(d[k])).join(","))].join("\n") + "\n";
const smallCsv = tmp.write("c.csv", csvOf(docs));
tmp.write("folder/a.jsonl", docs.slice(0, 6).map((d) => JSON.stringify(d) + "\n").join(""));
tmp.write("folder/b.csv", csvOf(docs.slice(6)));
const smallFolder = path.join(path.dirname(smallCsv), "folder");

// Forty State of the Union addresses, 1950 to 1989, with their party (from the shared corpus's meta file).
const SOTU = path.resolve(__dirname, "../../../shared/corpora/sotu");
const meta = new Map(fs.readFileSync(path.join(SOTU, "meta.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>).map((m) => [m.id, m]));
const sotu = fs.readFileSync(path.join(SOTU, "data.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
  .map((d) => ({ ...meta.get(d.id), ...d }))
  .filter((d) => typeof d.date === "string" && d.date >= "1950" && d.date < "1990");
const big = tmp.write("s.jsonl", sotu.map((d) => JSON.stringify(d) + "\n").join(""));
const bigJson = tmp.write("s.json", JSON.stringify(sotu));

const CASES: [string, string, string[]][] = [
  ["keyness", small, ["keyness", "--target", "party=Blue", "--min-count", "1"]],
  ["keyness", small, ["keyness", "--where", "date>=2000", "--target", "speaker=Marsh", "--reference", "speaker=Ortiz", "--min-count", "1", "--measure", "log_ratio"]],
  ["keyness", big, ["keyness", "--where", "date>=1960", "--target", "date>=1981", "--stopwords", "en", "--top", "15", "--ngram", "2"]],
  ["trend", small, ["trend", "--terms", "tax,jobs", "--by", "decade", "--where", "party!=Green"]],
  ["trend", big, ["trend", "--terms", "soviet,inflation,energy", "--by", "year", "--split", "party", "--where", "date<1985"]],
  ["collocates", big, ["collocates", "freedom", "--where", "party=Republican", "--stopwords", "en", "--top", "20"]],
  ["collocates", small, ["collocates", "tax", "--left", "2", "--right", "3", "--measure", "mi"]],
  ["dispersion", big, ["dispersion", "--terms", "america,soviet union,budget", "--where", "date>=1970"]],
  ["stance markers", big, ["stance", "markers", "--by", "decade", "--where", "party=Democratic"]],
  ["stance markers", small, ["stance", "markers", "--by", "speaker", "--categories", "hedge,booster"]],
  ["rhetoric --summary", big, ["rhetoric", "--summary", "--by", "party", "--where", "date>=1961, date<1981"]],
  ["rhetoric --summary", small, ["rhetoric", "--summary", "--by", "none", "--rules", "absolutes,anaphora,antithesis"]],
  ["kwic", small, ["kwic", "tax", "--where", "party=Blue"]],
  ["kwic", big, ["kwic", "soviet union", "--window", "sentence", "--where", "date>=1980"]],
  ["kwic", big, ["kwic", "/freedoms?/", "--limit", "7", "--context-chars", "40"]],
  ["kwic", big, ["kwic", "negotiat*", "--window", "3", "--limit", "2000"]],
];
// The one difference: a pattern never found is reported by the function that searched (kwicStream, not kwicIterate).
const sameWarnings = (s: string) => s.replace(/kwicStream/g, "kwicIterate");

describe("counting commands on a JSON Lines corpus stream, with the rows of the loaded corpus", () => {
  for (const [name, file, args] of CASES) {
    it(`${name}: ${args.slice(1).join(" ")}`, async () => {
      const streamed = await run(...args, "--corpus", file, "--format", "csv");
      const loaded = await run(...args, "--corpus", file === small ? smallJson : bigJson, "--format", "csv");
      expect(sameWarnings(streamed.stderr)).toBe(loaded.stderr);
      expect(streamed.code).toBe(0);
      expect(loaded.code).toBe(0);
      expect(streamed.stdout.split("\n").length).toBeGreaterThan(2);
      expect(streamed.stdout).toBe(loaded.stdout);
    }, 60_000);
  }

  const ERRORS: [string, string[]][] = [
    ["a --where naming no field", ["stance", "markers", "--where", "partyy=Blue"]],
    ["a --where matching nothing", ["rhetoric", "--summary", "--where", "party=Purple"]],
    ["a --where matching nothing, by date", ["trend", "--terms", "tax", "--where", "date>=2030"]],
    ["a target naming no field", ["keyness", "--target", "speakr=Marsh"]],
    ["a grouping field no document has", ["stance", "markers", "--by", "partyy"]],
    ["a malformed --where", ["trend", "--terms", "tax", "--where", "party"]],
    ["a kwic --where matching nothing", ["kwic", "tax", "--where", "speaker=Hail"]],
    ["a reference naming no field, after --where", ["keyness", "--where", "party=Blue", "--target", "speaker=Hale", "--reference", "speakr=Hale"]],
  ];
  const OTHER_KINDS: string[][] = [
    ["stance", "markers", "--by", "party", "--where", "date>=2000"],
    ["rhetoric", "--summary", "--by", "decade"],
    ["keyness", "--target", "party=Red", "--min-count", "1"],
    ["trend", "--terms", "tax,jobs", "--by", "decade", "--split", "party"],
    ["freq", "--by", "speaker", "--where", "party!=Green"],
    ["kwic", "federal government", "--window", "sentence"],
  ];
  for (const [what, file] of [["a CSV file", smallCsv], ["a folder of JSON Lines and CSV files", smallFolder]]) {
    for (const args of OTHER_KINDS) {
      it(`${what} streams too: ${args.join(" ")}`, async () => {
        const streamed = await run(...args, "--corpus", file, "--format", "csv");
        const loaded = await run(...args, "--corpus", smallJson, "--format", "csv");
        expect(streamed.code).toBe(0);
        expect(sameWarnings(streamed.stderr)).toBe(loaded.stderr);
        expect(streamed.stdout.split("\n").length).toBeGreaterThan(2);
        expect(streamed.stdout).toBe(loaded.stdout);
      });
    }
  }

  it("kwic: a pattern never found, and one whose words never meet, give the warnings of the loaded corpus", async () => {
    for (const pattern of ["zebra", "tax jobs"]) {
      const streamed = await run("kwic", pattern, "--corpus", small);
      const loaded = await run("kwic", pattern, "--corpus", smallJson);
      expect(streamed.code).toBe(0);
      expect(loaded.stderr).toContain(pattern === "zebra" ? "never seen in the corpus" : "never occurs as a sequence");
      expect(sameWarnings(streamed.stderr)).toBe(loaded.stderr);
    }
  });

  for (const [what, args] of ERRORS) {
    it(`${what}: the error of the loaded corpus`, async () => {
      const streamed = await run(...args, "--corpus", small);
      const loaded = await run(...args, "--corpus", smallJson);
      expect(loaded.code).not.toBe(0);
      expect(streamed.code).toBe(loaded.code);
      expect(streamed.stderr).toBe(loaded.stderr);
    });
  }
});

// Worker threads run the compiled package (dist/, built by scripts/test.sh before the suite).
const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "discourse-lab.js");

/** Runs the built CLI; stdout, stderr and the exit code. */
function runBuilt(argv: string[]): { code: number; stdout: string; stderr: string } {
  if (!fs.existsSync(path.join(ROOT, "dist", "shard", "count-batch-worker.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("--threads: worker threads give the same bytes as one thread", () => {
  // Four copies of the forty addresses (new ids): about 9 MB, several 2-million-character batches per thread.
  const copies = [0, 1, 2, 3].flatMap((k) => sotu.map((d) => ({ ...d, id: `${String(d.id)}-c${k}` })));
  const many = tmp.write("many.jsonl", copies.map((d) => JSON.stringify(d) + "\n").join(""));
  const THREADED: string[][] = [
    ["stance", "markers", "--by", "decade", "--where", "party!=Republican"],
    ["rhetoric", "--summary", "--by", "party"],
    ["keyness", "--target", "date>=1981", "--stopwords", "en", "--top", "20"],
    ["trend", "--terms", "soviet,inflation", "--by", "year", "--split", "party"],
    ["collocates", "freedom", "--stopwords", "en", "--top", "20"],
    ["dispersion", "--terms", "america,budget"],
  ];
  for (const args of THREADED) {
    it(args.join(" "), () => {
      const one = runBuilt([...args, "--corpus", many, "--threads", "1", "--format", "csv"]);
      const three = runBuilt([...args, "--corpus", many, "--threads", "3", "--format", "csv"]);
      expect(one.code).toBe(0);
      expect(three.stderr).toBe(one.stderr);
      expect(three.code).toBe(0);
      expect(three.stdout.split("\n").length).toBeGreaterThan(3);
      expect(three.stdout).toBe(one.stdout);
    }, 240_000);
  }

  it("--threads where the counts do not stream is a usage error, not ignored", async () => {
    for (const args of [["stance", "markers", "--hits"], ["rhetoric"], ["dispersion", "--terms", "tax", "--hits"], ["trend", "--terms", "tax", "--first-last"]]) {
      const r = await run(...args, "--corpus", small, "--threads", "2");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--threads: only the counts of a JSON Lines or CSV file or a folder");
    }
    const r = await run("keyness", "--target", "party=Blue", "--corpus", smallJson, "--threads", "2");
    expect(r.code).toBe(2);
  });
});
