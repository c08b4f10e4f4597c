import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../ingest/temp-files";
import { SHARD_CORPUS } from "../shard/shard-corpus";
import { run } from "./cli-harness";

const tmp = tempFolder();
// The test corpus as JSON Lines (documents with text), whole and in three shards of unequal, interleaved parts.
const docs = SHARD_CORPUS.filter((d) => d.text !== "");
const line = (d: (typeof docs)[number]) => JSON.stringify({ id: d.id, text: d.text, date: d.date, speaker: d.speaker, ...d.meta }) + "\n";
const whole = tmp.write("whole.jsonl", docs.map(line).join(""));
const shards = [0, 1, 2].map((s) => tmp.write(`shard-${s}.jsonl`, docs.filter((_, i) => [0, 0, 1, 2, 1, 0, 2, 2, 1, 0, 1, 2, 0][i] === s).map(line).join("")));

// A dictionary file (nested categories, globs, a phrase), and a copy under another name: the partials keep its patterns, not its path.
const DICT_TEXT = "economy:\n  tax: [tax*, budget]\n  work: [jobs, trabajador*, federal government]\nvalues: [freedom, family, people]\ncertainty: [never, always, certainly, clearly]\n";
const dictFile = tmp.write("shard-dict.yml", DICT_TEXT);
const dictCopy = tmp.write("copy-of-dict.yml", DICT_TEXT);

/** Counts every shard with `kindArgs`, merges the partials into a CSV and returns it. */
async function sharded(name: string, kindArgs: string[]): Promise<string> {
  const partials: string[] = [];
  for (const [i, s] of shards.entries()) {
    const out = `${tmp.dir}/${name}-${i}.partial.jsonl`;
    const r = await run("shard", "count", "--input", s, ...kindArgs, "--out", out);
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(r.code).toBe(0);
    partials.push(out);
  }
  const result = `${tmp.dir}/${name}.csv`;
  const m = await run("merge", ...partials.reverse(), "--out", result);
  expect(m.code).toBe(0);
  return readFileSync(result, "utf8");
}

/** Each counting command, and the `shard count` flags of the same table. */
const PAIRS: readonly [string, string[], string[]][] = [
  ["freq by decade", ["freq", "--by", "decade"], ["--kind", "freq", "--by", "decade", "--ngram", "1"]],
  ["freq bigrams by speaker, stopwords", ["freq", "--by", "speaker", "--ngram", "2", "--stopwords", "en"], ["--kind", "freq", "--by", "speaker", "--ngram", "2", "--stopwords", "en"]],
  ["trend", ["trend", "--terms", "tax,jobs"], ["--kind", "trend", "--terms", "tax,jobs"]],
  ["keyness", ["keyness", "--target", "date>=2003", "--min-count", "1"], ["--kind", "keyness", "--target", "date>=2003", "--min-count", "1"]],
  ["collocates", ["collocates", "tax"], ["--kind", "collocates", "--node", "tax"]],
  ["dispersion", ["dispersion", "--terms", "tax,the,federal government"], ["--kind", "dispersion", "--terms", "tax,the,federal government"]],
  ["stance markers", ["stance", "markers", "--by", "speaker"], ["--kind", "stance-markers", "--by", "speaker"]],
  ["rhetoric summary", ["rhetoric", "--summary", "--by", "decade"], ["--kind", "rhetoric-summary", "--by", "decade"]],
  ["dictionary ungrouped", ["dictionary", "--dictionary", dictFile], ["--kind", "dictionary", "--dictionary", dictFile]],
  ["dictionary by speaker split by party", ["dictionary", "--dictionary", dictFile, "--by", "speaker", "--split", "party"], ["--kind", "dictionary", "--dictionary", dictFile, "--by", "speaker", "--split", "party"]],
  ["dictionary at level 1 by decade", ["dictionary", "--dictionary", dictFile, "--by", "decade", "--level", "1", "--confidence", "0.9"], ["--kind", "dictionary", "--dictionary", dictFile, "--by", "decade", "--level", "1", "--confidence", "0.9"]],
  ["dfm by document", ["dfm"], ["--kind", "dfm"]],
  ["dfm bigrams by decade, trimmed, tf-idf", ["dfm", "--by", "decade", "--ngram", "2", "--min-docfreq", "2", "--weight", "tfidf"], ["--kind", "dfm", "--by", "decade", "--ngram", "2", "--min-docfreq", "2", "--weight", "tfidf"]],
  ["dfm of stems by speaker, selected, prop", ["dfm", "--by", "speaker", "--stem", "en", "--select", "tax*,job*,the", "--weight", "prop"], ["--kind", "dfm", "--by", "speaker", "--stem", "en", "--select", "tax*,job*,the", "--weight", "prop"]],
  ["dfm ungrouped, stopwords, min count 2", ["dfm", "--by", "none", "--stopwords", "en", "--min-count", "2"], ["--kind", "dfm", "--by", "none", "--stopwords", "en", "--min-count", "2"]],
  ["dfm of dictionary categories by party", ["dfm", "--dictionary", dictFile, "--by", "party"], ["--kind", "dfm", "--dictionary", dictFile, "--by", "party"]],
];

describe("discourse-lab shard count / merge", () => {
  for (const [name, command, kindArgs] of PAIRS) {
    it(`${name}: merge of the shards' partials writes the bytes the command prints on the whole corpus`, async () => {
      const single = await run(...command, "--corpus", whole, "--format", "csv");
      expect(single.code).toBe(0);
      expect(single.stdout.split("\n").length).toBeGreaterThan(2);
      expect(await sharded(name.replace(/\W+/g, "-"), kindArgs)).toBe(single.stdout);
    });
  }

  it("--where selects documents while streaming, as freq --where does", async () => {
    const single = await run("freq", "--corpus", whole, "--where", "party=Blue", "--by", "year", "--format", "csv");
    expect(await sharded("where", ["--kind", "freq", "--by", "year", "--ngram", "1", "--where", "party=Blue"])).toBe(single.stdout);
  });

  it("merge --partial writes a partial that merges again (associative)", async () => {
    const p = (i: number) => `${tmp.dir}/assoc-${i}.partial.jsonl`;
    for (const [i, s] of shards.entries()) expect((await run("shard", "count", "--input", s, "--kind", "freq", "--by", "decade", "--out", p(i))).code).toBe(0);
    expect((await run("merge", p(0), p(1), "--partial", "--out", `${tmp.dir}/assoc-01.partial.jsonl`)).code).toBe(0);
    expect((await run("merge", `${tmp.dir}/assoc-01.partial.jsonl`, p(2), "--out", `${tmp.dir}/assoc-a.jsonl`)).code).toBe(0);
    expect((await run("merge", p(2), p(1), p(0), "--out", `${tmp.dir}/assoc-b.jsonl`)).code).toBe(0);
    const a = readFileSync(`${tmp.dir}/assoc-a.jsonl`, "utf8");
    expect(a).toBe(readFileSync(`${tmp.dir}/assoc-b.jsonl`, "utf8"));
    expect(JSON.parse(a.split("\n")[0])).toHaveProperty("decade");
  });

  it("merge refuses partials of another kind or other options, naming the file", async () => {
    const a = `${tmp.dir}/k-freq.partial.jsonl`;
    const b = `${tmp.dir}/k-trend.partial.jsonl`;
    const c = `${tmp.dir}/k-freq-year.partial.jsonl`;
    await run("shard", "count", "--input", shards[0], "--kind", "freq", "--by", "decade", "--out", a);
    await run("shard", "count", "--input", shards[1], "--kind", "trend", "--terms", "tax", "--out", b);
    await run("shard", "count", "--input", shards[1], "--kind", "freq", "--by", "year", "--out", c);
    const kinds = await run("merge", a, b, "--out", `${tmp.dir}/bad.csv`);
    expect(kinds.code).toBe(1);
    expect(kinds.stderr).toContain(`${b} has kind "trend", ${a} has "freq"`);
    const options = await run("merge", a, c, "--out", `${tmp.dir}/bad.csv`);
    expect(options.code).toBe(1);
    expect(options.stderr).toContain(`${c} has options`);
    expect(options.stderr).toContain('"by":"year"');
  });

  it("dictionary partials merge across copies of one dictionary file and refuse another dictionary", async () => {
    const p = (name: string) => `${tmp.dir}/${name}.partial.jsonl`;
    expect((await run("shard", "count", "--input", shards[0], "--kind", "dictionary", "--dictionary", dictFile, "--by", "party", "--out", p("d0"))).code).toBe(0);
    expect((await run("shard", "count", "--input", shards[1], "--kind", "dictionary", "--dictionary", dictCopy, "--by", "party", "--out", p("d1"))).code).toBe(0);
    expect((await run("merge", p("d0"), p("d1"), "--out", `${tmp.dir}/d.csv`)).code).toBe(0);
    expect(readFileSync(`${tmp.dir}/d.csv`, "utf8").split("\n")[0]).toBe("party,category,count,n_words,per_1k,ci_low,ci_high,n_docs,n_docs_with");
    const other = tmp.write("other-dict.yml", "economy:\n  tax: [tax]\n");
    expect((await run("shard", "count", "--input", shards[2], "--kind", "dictionary", "--dictionary", other, "--by", "party", "--out", p("d2"))).code).toBe(0);
    const r = await run("merge", p("d0"), p("d2"), "--out", `${tmp.dir}/bad.csv`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${p("d2")} has options`);
  });

  it("a truncated or foreign partial file is an error naming the file and line", async () => {
    const a = `${tmp.dir}/t.partial.jsonl`;
    await run("shard", "count", "--input", shards[0], "--kind", "collocates", "--node", "tax", "--out", a);
    const lines = readFileSync(a, "utf8").split("\n");
    writeFileSync(a, lines.slice(0, -3).join("\n") + "\n");
    const r = await run("merge", a, "--out", `${tmp.dir}/t.csv`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${a}:\\d+: section terms has \\d+ rows, the header says \\d+`));
    const r2 = await run("merge", whole, "--out", `${tmp.dir}/t.csv`);
    expect(r2.stderr).toContain(`${whole}:1: not a partial table`);
  });

  it("usage errors exit 2: an unknown kind, an option the kind does not take", async () => {
    const out = `${tmp.dir}/u.partial.jsonl`;
    expect((await run("shard", "count", "--input", shards[0], "--kind", "sentiment", "--out", out)).code).toBe(2);
    const r = await run("shard", "count", "--input", shards[0], "--kind", "stance-markers", "--stopwords", "en", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--kind stance-markers takes no token options");
    const r2 = await run("shard", "count", "--input", shards[0], "--kind", "freq", "--node", "tax", "--out", out);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('option "node" must be one of');
    // Stems and lemmas are counted by the dfm kind only: refused by the others, never dropped.
    for (const flag of [["--stem", "en"], ["--lemma"]]) {
      const r3 = await run("shard", "count", "--input", shards[0], "--kind", "freq", ...flag, "--out", out);
      expect(r3.code).toBe(2);
      expect(r3.stderr).toContain(`shard count: ${flag[0]} is supported by --kind dfm only`);
    }
    const r4 = await run("shard", "count", "--input", shards[0], "--kind", "dfm", "--dictionary", dictFile, "--ngram", "2", "--out", out);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain('option "ngram" must be left out with "dictionary"');
  });
});
