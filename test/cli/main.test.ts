/**
 * The command line driven in-process: `main(argv, io)` with an io that captures stdout and
 * stderr. Exit codes: 0 success, 2 usage error, 1 input or runtime error.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run, jsonl } from "./cli-harness";

const SOTU_DATA = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");
const SOTU_META = path.resolve(__dirname, "../../../shared/corpora/sotu/meta.jsonl");




/** A tiny CSV parser for the tests' own output (no quoted newlines in it). */
const csvRows = (out: string): string[][] =>
  out
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

// Hand-checkable corpus, the same three documents in every format.
// Tokens: a "War and peace. War!" -> war and peace war (4); b "Peace, peace, peace." (3); c "No war." (2).
const DOCS = [
  { id: "a", date: "1861-04-12", party: "R", text: "War and peace. War!" },
  { id: "b", date: "1865", party: "R", text: "Peace, peace, peace." },
  { id: "c", date: "1871-01", party: "D", text: "No war." },
];
const tinyJsonl = write("tiny.jsonl", DOCS.map((d) => JSON.stringify(d)).join("\n") + "\n");
const tinyCsv = write("tiny.csv", "id,date,party,text\n" + DOCS.map((d) => `${d.id},${d.date},${d.party},"${d.text}"`).join("\n") + "\n");
const tinyFolder = path.join(tmp, "folder");
for (const d of DOCS) write(`folder/${d.date}-${d.id}.txt`, d.text);

describe("discourse-lab freq on the bundled State of the Union corpus", () => {
  test("--top 5 prints an aligned table: header, a rule, then 5 rows, nothing on stderr", async () => {
    const r = await run("freq", "--top", "5");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0].split(/\s+/)).toEqual(["term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
    expect(lines[1]).toMatch(/^-+( +-+){7}$/);
    expect(lines).toHaveLength(2 + 5);
    expect(lines[2].split(/\s+/)[0]).toBe("the");
    // Every line is as wide as the rule (numbers right-aligned under their headers).
    for (const l of lines.slice(2)) expect(l.length).toBe(lines[1].length);
  });

  test("--format csv prints RFC 4180 CSV with a header and full-precision numbers", async () => {
    const r = await run("freq", "--top", "3", "--format", "csv");
    expect(r.code).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(["term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
    expect(rows).toHaveLength(3);
    const [term, count, per1k, , , total] = rows[0];
    expect(term).toBe("the");
    expect(Number(per1k)).toBe((Number(count) * 1000) / Number(total));
  });

  test("--format jsonl prints one JSON object per line with term, count, per_1k, doc_freq and tfidf", async () => {
    const r = await run("freq", "--top", "4", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\n")).toBe(true);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
      expect(typeof row.term).toBe("string");
      for (const k of ["count", "per_1k", "doc_freq", "tfidf"]) expect(typeof row[k]).toBe("number");
    }
    const counts = rows.map((row) => row.count as number);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  test("--by decade names the group column decade and adds decade_start", async () => {
    const r = await run("freq", "--by", "decade", "--top", "2", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(["decade", "decade_start", "term"]);
    expect(rows[0]).toMatchObject({ decade: "1790s", decade_start: "1790" });
    const decades = [...new Set(rows.map((row) => row.decade))];
    expect(decades.length).toBeGreaterThan(20);
    expect(rows).toHaveLength(decades.length * 2);
    for (const row of rows) expect(String(row.decade)).toBe(`${String(row.decade_start)}s`);
  });

  test("--by speaker names the group column speaker, with no _start column", async () => {
    const r = await run("freq", "--by", "speaker", "--top", "1", "--format", "csv");
    expect(r.code).toBe(0);
    const [header, ...rows] = csvRows(r.stdout);
    expect(header).toEqual(["speaker", "term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
    expect(rows.map((row) => row[0])).toContain("Abraham Lincoln");
  });

  test("--ngram 2 counts word pairs", async () => {
    const r = await run("freq", "--ngram", "2", "--top", "3", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(String(row.term).split(" ")).toHaveLength(2);
    expect(rows[0].term).toBe("of the");
  });

  test("--stopwords en removes English stopwords from the ranking", async () => {
    const r = await run("freq", "--stopwords", "en", "--top", "10", "--format", "jsonl");
    expect(r.code).toBe(0);
    const terms = jsonl(r.stdout).map((row) => row.term);
    expect(terms).toHaveLength(10);
    for (const stop of ["the", "of", "and", "to", "in"]) expect(terms).not.toContain(stop);
    expect(terms).toContain("government");
  });

  test("--terms reports exactly the given terms, a term never seen with count 0 and a warning", async () => {
    const r = await run("freq", "--terms", "tariff, iran,zzzqx", "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((row) => row.term)).toEqual(["tariff", "iran", "zzzqx"]);
    expect(rows[2]).toMatchObject({ count: 0, per_1k: 0, doc_freq: 0, tfidf: 0 });
    expect(r.stderr).toMatch(/^discourse-lab: warning: .*zzzqx/);
  });

  test("--terms with --by decade reports every term in every decade, zeros included", async () => {
    const r = await run("freq", "--terms", "iran", "--by", "decade", "--format", "jsonl");
    const rows = jsonl(r.stdout);
    expect(rows.filter((row) => row.decade === "1790s")).toEqual([expect.objectContaining({ term: "iran", count: 0 })]);
    expect(rows.find((row) => row.decade === "1980s")!.count).toBeGreaterThan(0);
  });
});

describe("discourse-lab usage errors exit 2 with one line on stderr and nothing on stdout", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown option", ["freq", "--bogus"], /unknown option '--bogus'/],
    ["--ngram that is not a number", ["freq", "--ngram", "x"], /--ngram.*"x"/],
    ["--ngram out of range", ["freq", "--ngram", "5"], /ngram.*1 to 3.*5/],
    ["an unknown --format", ["freq", "--format", "xml"], /'xml' is invalid.*table, csv, jsonl/],
    ["an unknown command", ["bogus"], /unknown command 'bogus'/],
    ["chart trend without --terms", ["chart", "trend", "--out", path.join(tmp, "never")], /--terms is required/],
    ["an unknown stopword language", ["freq", "--stopwords", "xx"], /stopwords.*"xx"/],
    ["--top 0", ["freq", "--top", "0"], /top.*>= 1.*0/],
    ["a missing option value", ["freq", "--top"], /--top.*missing/],
    ["an extra argument", ["freq", "extra"], /too many arguments/],
    ["a command group without its subcommand", ["chart"], /Usage: discourse-lab chart/],
  ];
  test.each(cases)("%s", async (_name, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    if (argv[0] !== "chart" || argv.length > 1) {
      expect(r.stderr).toMatch(/^discourse-lab: [^\n]+\n$/);
    }
  });

  test("chart trend without --terms writes no files", async () => {
    await run("chart", "trend", "--out", path.join(tmp, "never"));
    expect(fs.existsSync(path.join(tmp, "never"))).toBe(false);
  });

  test("--help prints usage on stdout and exits 0", async () => {
    const r = await run("freq", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: discourse-lab freq/);
    expect(r.stdout).toMatch(/--stopwords <LIST>/);
    expect(r.stdout).toMatch(/--stem <LANG>/);
  });
});

describe("discourse-lab input errors exit 1 naming the file and line", () => {
  const bad = write("bad.jsonl", [JSON.stringify(DOCS[0]), '{"id": "b", "text": oops}', JSON.stringify(DOCS[2])].join("\n") + "\n");

  test("malformed JSON on line 2 of a .jsonl corpus: file:2 on stderr, nothing on stdout", async () => {
    const r = await run("freq", "--corpus", bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^discourse-lab: ${escape(bad)}:2: malformed JSON`));
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("a missing corpus file is named on stderr", async () => {
    for (const missing of [path.join(tmp, "missing.jsonl"), path.join(tmp, "missing.csv")]) {
      const r = await run("freq", "--corpus", missing);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(missing);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  test("a missing --meta file is named on stderr", async () => {
    const missing = path.join(tmp, "missing-meta.jsonl");
    const r = await run("freq", "--corpus", tinyJsonl, "--meta", missing);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(missing);
  });

  test("a duplicate id names both lines", async () => {
    const dup = write("dup.jsonl", '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n');
    const r = await run("freq", "--corpus", dup);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dup\.jsonl:2: duplicate id "a" \(at line 2; first at line 1\)/);
  });

  test("--skip-invalid reports each skipped record once on stderr, naming file and line, and still prints rows", async () => {
    const twoBad = write("two-bad.jsonl", [JSON.stringify(DOCS[0]), "{oops", JSON.stringify(DOCS[1]), '{"id":"x"}', JSON.stringify(DOCS[2])].join("\n") + "\n");
    const r = await run("freq", "--corpus", twoBad, "--skip-invalid", "--format", "jsonl");
    expect(r.code).toBe(0);
    const warnings = r.stderr.trimEnd().split("\n");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(new RegExp(`^discourse-lab: warning: ${escape(twoBad)}:2: .*\\(record skipped\\)$`));
    expect(warnings[1]).toMatch(new RegExp(`^discourse-lab: warning: ${escape(twoBad)}:4: .*\\(record skipped\\)$`));
    // The location is printed once, not repeated.
    for (const w of warnings) expect(w.split(twoBad)).toHaveLength(2);
    const rows = jsonl(r.stdout);
    expect(rows.find((row) => row.term === "war")).toMatchObject({ count: 3, doc_freq: 2, n_docs: 3, total_tokens: 9 });
  });
});

describe("discourse-lab freq on corpus files", () => {
  // Hand counts on DOCS: war 3 (a, c), peace 4 (a, b), and 1, no 1; 9 tokens, 3 documents.
  const expectHandCounts = (rows: Record<string, unknown>[]) => {
    expect(rows.map((row) => [row.term, row.count, row.doc_freq])).toEqual([
      ["peace", 4, 2],
      ["war", 3, 2],
      ["and", 1, 1],
      ["no", 1, 1],
    ]);
    expect(rows[1].per_1k).toBe((3 * 1000) / 9);
    expect(rows[1].tfidf).toBe(3 * Math.log10(3 / 2));
    for (const row of rows) expect(row).toMatchObject({ total_tokens: 9, n_docs: 3 });
  };

  test.each([
    ["a JSON Lines file", tinyJsonl],
    ["a CSV file", tinyCsv],
    ["a folder of .txt files", tinyFolder],
  ])("%s gives the hand-counted rows", async (_name, corpus) => {
    const r = await run("freq", "--corpus", corpus, "--format", "jsonl");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectHandCounts(jsonl(r.stdout));
  });

  test("a CSV file groups by one of its columns (--by party)", async () => {
    const r = await run("freq", "--corpus", tinyCsv, "--by", "party", "--terms", "war", "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "party,term,count,per_1k,doc_freq,tfidf,total_tokens,n_words,n_docs\n" +
        `R,war,2,${(2 * 1000) / 7},1,${2 * Math.log10(3 / 2)},7,7,2\n` +
        `D,war,1,500,1,${Math.log10(3 / 2)},2,2,1\n`,
    );
  });

  test("a CSV file with other column names reads them with --text-column and --id-column", async () => {
    const csv = write("renamed.csv", 'key,body\nk1,"Peace, peace."\nk2,"War."\n');
    const r = await run("freq", "--corpus", csv, "--text-column", "body", "--id-column", "key", "--by", "document", "--format", "csv");
    expect(r.code).toBe(0);
    expect(csvRows(r.stdout).map((row) => row.slice(0, 3))).toEqual([
      ["doc_id", "term", "count"],
      ["k1", "peace", "2"],
      ["k2", "war", "1"],
    ]);
  });

  test("a folder of .txt files dated by file name groups by decade", async () => {
    const r = await run("freq", "--corpus", tinyFolder, "--by", "decade", "--terms", "war", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((row) => [row.decade, row.decade_start, row.count])).toEqual([
      ["1860s", "1860", 2],
      ["1870s", "1870", 1],
    ]);
  });

  test("a file of an unknown kind is a usage error listing what is accepted", async () => {
    const other = write("notes.xlsx", "x");
    const r = await run("freq", "--corpus", other);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.jsonl.*\.csv.*"[^"]*notes\.xlsx"/);
  });
});

describe("discourse-lab freq on ../shared/corpora/sotu (JSON Lines with a metadata file)", () => {
  test("--meta joins party, and --by party groups by it", async () => {
    const r = await run("freq", "--corpus", SOTU_DATA, "--meta", SOTU_META, "--by", "party", "--terms", "government", "--format", "jsonl");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    const parties = rows.map((row) => row.party);
    expect(parties).toEqual(expect.arrayContaining(["Democratic", "Republican", "Whig", "Federalist"]));
    expect(Object.keys(rows[0])).toEqual(["party", "term", "count", "per_1k", "doc_freq", "tfidf", "total_tokens", "n_words", "n_docs"]);
    const sum = (k: string) => rows.reduce((s, row) => s + (row[k] as number), 0);
    expect(sum("n_docs")).toBe(245);
    const all = jsonl((await run("freq", "--corpus", SOTU_DATA, "--terms", "government", "--format", "jsonl")).stdout)[0];
    expect(sum("count")).toBe(all.count);
    expect(sum("total_tokens")).toBe(all.total_tokens);
  });

  test('the count of "government" equals the case-insensitive whole-word matches of /\\bgovernment\\b/gi over the texts', async () => {
    // Independent oracle: a regex over the raw texts, not the tokenizer.
    let matches = 0;
    let docs = 0;
    let n = 0;
    for (const line of fs.readFileSync(SOTU_DATA, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text: string }).text;
      const m = text.match(/\bgovernment\b/gi)?.length ?? 0;
      matches += m;
      if (m > 0) docs++;
      n++;
    }
    const r = await run("freq", "--corpus", SOTU_DATA, "--terms", "government", "--format", "jsonl");
    expect(r.code).toBe(0);
    const [row] = jsonl(r.stdout);
    expect(row.term).toBe("government");
    expect(row.count).toBe(matches);
    expect(row.doc_freq).toBe(docs);
    expect(row.n_docs).toBe(n);
    expect(matches).toBeGreaterThan(7000); // the oracle itself found something
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
