/**
 * The command line on corpora a user brings (issue 9): text in Persian and Chinese, month
 * bins, English-only measures on other languages, loud errors for fields and selections,
 * stopword lists of one's own, and the streaming path reading as a loaded corpus does.
 * Every text was written for these tests.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";
import { jsonl, run } from "./cli-harness";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "discourse-lab-cli-lang-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};
const lines = (records: readonly object[]): string => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
const warnings = (stderr: string): string[] => stderr.split("\n").filter((l) => l.startsWith("discourse-lab: warning: "));

const ZWNJ = "\u200c";
const WORD = `نمی${ZWNJ}کنیم`;
// A spokesman's briefing in Persian (two sentences with the ZWNJ word), and one in Chinese.
const FA = `سخنگوی وزارت خارجه گفت ما با آمریکا مذاکره ${WORD}. او تأکید کرد که ما هرگز تحت فشار مذاکره ${WORD}.`;
const ZH = "外交部发言人表示，中方愿意与各方进行谈判。美方拒绝谈判！谈判何时开始？";
const persian = write("briefing-fa.jsonl", lines([{ id: "fa-1", date: "2019-11-04", text: FA }]));
const chinese = write("2019-11-05 briefing.txt", ZH);

describe("text that is not English", () => {
  test("Persian: a word with a zero-width non-joiner is one token, and kwic finds it with offsets that slice back", async () => {
    const r = await run("kwic", WORD, "--corpus", persian, "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.match).toBe(WORD);
      expect(FA.slice(row.start as number, row.end as number)).toBe(WORD);
    }
    const f = await run("freq", "--corpus", persian, "--terms", `${WORD},نمی`, "--format", "jsonl");
    expect(jsonl(f.stdout).map((x) => [x.term, x.count])).toEqual([[WORD, 2], ["نمی", 0]]);
  });

  test("Chinese: kwic 谈判 finds each occurrence, with offsets that slice back", async () => {
    const r = await run("kwic", "谈判", "--corpus", chinese, "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => x.start)).toEqual([ZH.indexOf("谈判"), ZH.indexOf("谈判", ZH.indexOf("谈判") + 1), ZH.lastIndexOf("谈判")]);
    for (const row of rows) expect(ZH.slice(row.start as number, row.end as number)).toBe("谈判");
    expect(rows.map((x) => x.sentence)).toEqual(["外交部发言人表示，中方愿意与各方进行谈判。", "美方拒绝谈判！", "谈判何时开始？"]);
  });

  test("stance markers on a Persian document gives null scores and one warning", async () => {
    const r = await run("stance", "markers", "--corpus", persian, "--format", "jsonl");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toMatchObject({ group: "fa-1", count: null, per_1k: null, ci_low: null, ci_high: null, n_docs: 0, n_words: 0, n_docs_with: null });
    expect(warnings(r.stderr)).toEqual(["discourse-lab: warning: stanceMarkerRates reads English only: left out 1 of 1 document(s), in fa (1); they get no score (null), not 0"]);
  });

  test("stance sentiment and rhetoric on Persian: no score and one warning each", async () => {
    const s = await run("stance", "sentiment", "--corpus", persian, "--format", "jsonl");
    expect(jsonl(s.stdout)[0]).toMatchObject({ doc_id: "fa-1", score: null, per_100_words: null });
    expect(warnings(s.stderr)).toHaveLength(1);
    const input = write("rhetoric-input.jsonl", lines([{ id: "x", text: FA, lang: "fa" }]));
    const h = await run("rhetoric", "--input", input, "--summary", "--rules", "absolutes", "--format", "jsonl");
    expect(jsonl(h.stdout)).toMatchObject([{ group: "x", rule: "absolutes", count: null, per_1k: null }]);
    expect(warnings(h.stderr)).toEqual([expect.stringContaining("rhetoricMatches (built-in rules) reads English only: left out 1 of 1 document(s), in fa (1)")]);
  });
});

describe("grouping by month", () => {
  // Wire copy dated three ways: to the day, to the month, to the year only.
  const dated = write(
    "wire.jsonl",
    lines([
      { id: "a", date: "November 4, 2019", text: "Talks resumed in Geneva." },
      { id: "b", date: "2019-11-28", text: "Talks stalled again." },
      { id: "c", date: "2019-12", text: "A December bulletin on talks." },
      { id: "d", date: "2019", text: "The annual review of talks." },
    ]),
  );

  test("--by month bins by month; a date to the year only goes to (missing) with one warning", async () => {
    for (const where of [[], ["--where", "date>=2019"]]) {
      const r = await run("freq", "--corpus", dated, "--by", "month", "--terms", "talks", "--format", "jsonl", ...where);
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout).map((x) => [x.month, x.month_start, x.count, x.n_docs])).toEqual([
        ["2019-11", "2019-11", 2, 2],
        ["2019-12", "2019-12", 1, 1],
        ["(missing)", null, 1, 1],
      ]);
      expect(warnings(r.stderr)).toEqual([expect.stringMatching(/: 1 document\(s\) have no date to the month \("d"\); counted in group "\(missing\)"$/)]);
    }
  });

  test("--by quarter and --by week", async () => {
    const q = await run("freq", "--corpus", dated, "--by", "quarter", "--terms", "talks", "--format", "jsonl");
    expect(jsonl(q.stdout).map((x) => [x.quarter, x.count])).toEqual([["2019-Q4", 3], ["(missing)", 1]]);
    const w = await run("freq", "--corpus", dated, "--by", "week", "--terms", "talks", "--format", "jsonl");
    expect(jsonl(w.stdout).map((x) => [x.week, x.week_start, x.count])).toEqual([["2019-W45", "2019-11-04", 1], ["2019-W48", "2019-11-25", 1], ["(missing)", null, 2]]);
  });
});

describe("loud, helpful errors", () => {
  test('freq --where "partyy=Republican" exits 2 and names party', async () => {
    const r = await run("freq", "--where", "partyy=Republican", "--top", "3");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/names a field no document has: "partyy" \(did you mean "party"\?\); fields of the documents: .*\bparty\b/);
  });

  test("--by with a field no document has exits 2 once, listing fields and groupings (it printed 233 warnings)", async () => {
    const r = await run("freq", "--by", "foo", "--top", "3");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/option "by" names a field no document has: "foo"; groupings: none, document, year, month, quarter, week, .*; fields of the documents: id, date, speaker, title, source, party, lang/);
    const s = await run("stance", "markers", "--by", "speakr", "--corpus", persian);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^discourse-lab: stanceMarkerRates: option "by" names a field no document has: "speakr"; .*fields of the documents: id, date, source, lang\n$/);
  });

  test("a selection matching no document is an error naming the selection", async () => {
    const r = await run("freq", "--where", "speaker=Abraham Lincon");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('discourse-lab: selectDocuments: selection "speaker=Abraham Lincon" matches none of the 233 documents; no document matches "speaker=Abraham Lincon" (did you mean "Abraham Lincoln"?)\n');
  });

  test("a warning about many documents is printed once, with the count", async () => {
    const partial = write("partial.jsonl", lines(Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, text: "We met today.", ...(i < 3 ? { party: "R" } : {}) }))));
    const r = await run("freq", "--corpus", partial, "--by", "party", "--top", "1", "--lang", "en");
    expect(r.code).toBe(0);
    expect(warnings(r.stderr)).toEqual(['discourse-lab: warning: termFrequencyFile: 37 document(s) have no party ("d3", "d4", "d5", ...); counted in group "(missing)"']);
  });

  test("warnings per file or record show three of a kind, then how many more", async () => {
    const folder = path.join(tmp, "latin1-letters");
    fs.mkdirSync(folder);
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(folder, `letter-${i}.txt`), Buffer.from(`Lettre ${i} : le café de la délégation était fermé à l'été.`, "latin1"));
    const r = await run("freq", "--corpus", folder, "--top", "1", "--lang", "fr");
    expect(r.code).toBe(0);
    const w = warnings(r.stderr);
    expect(w).toHaveLength(4);
    expect(w.slice(0, 3).every((l) => l.includes("not UTF-8; read as windows-1252"))).toBe(true);
    expect(w[3]).toBe("discourse-lab: warning: 2 more warning(s) like the above (encoding_assumed) not shown");
  });
});

describe("terms and stopwords", () => {
  test('freq --terms "federal government,iran" counts the phrase whatever --ngram is, as a regex over the texts finds it', async () => {
    const texts = sotuCorpus().map((d) => d.text);
    const regex = (re: RegExp) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
    const expected = [["federal government", regex(/\bfederal\s+government\b/gi)], ["iran", regex(/\biran\b/gi)]];
    for (const ngram of ["1", "2"]) {
      const r = await run("freq", "--terms", "federal government,iran", "--ngram", ngram, "--format", "jsonl");
      expect(jsonl(r.stdout).map((x) => [x.term, x.count])).toEqual(expected);
    }
    expect(expected[0][1]).toBe(398); // the bundled copy; ../shared/corpora/sotu gives 498 (test/measure/term-frequency.test.ts)
  });

  test("--stopwords takes languages, auto, a file and +word/-word; a missing file is an error naming it", async () => {
    const list = write("press-words.txt", "# words of press releases\nsaid\nspokesman\n");
    const corpus = write("press.jsonl", lines([{ id: "p", lang: "en", text: "The spokesman said the talks will resume." }]));
    const r = await run("freq", "--corpus", corpus, "--stopwords", `en,file:${list},-the`, "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.term)).toEqual(["the", "resume", "talks", "will"]);
    const bad = await run("freq", "--corpus", corpus, "--stopwords", `file:${path.join(tmp, "nope.txt")}`);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`discourse-lab: ${path.join(tmp, "nope.txt")}: cannot read: no such file\n`);
    const xx = await run("freq", "--corpus", corpus, "--stopwords", "en,xx");
    expect(xx.code).toBe(2);
  });
});

describe("freq --corpus FILE.jsonl streams with the options of a loaded corpus", () => {
  test("--encoding, --date-order and --lang are honoured, and languages are detected for --by lang", async () => {
    const latin1 = write("latin1.jsonl", Buffer.from(lines([{ id: "x", date: "03/04/2019", text: "Le café est fermé. Le café rouvre." }]), "latin1"));
    const noOrder = await run("freq", "--corpus", latin1, "--encoding", "latin1", "--by", "month");
    expect(noOrder.code).toBe(1);
    expect(noOrder.stderr).toMatch(/03\/04\/2019/);
    const r = await run("freq", "--corpus", latin1, "--encoding", "latin1", "--date-order", "dmy", "--by", "month", "--terms", "café", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => [x.month, x.term, x.count])).toEqual([["2019-04", "café", 2]]);
    const mixed = write(
      "mixed.jsonl",
      lines([
        { id: "en", text: "The negotiations between the two governments resumed on Monday after a long pause." },
        { id: "fa", text: FA },
        { id: "zh", text: ZH },
      ]),
    );
    const byLang = await run("freq", "--corpus", mixed, "--by", "lang", "--top", "1", "--format", "jsonl");
    expect(jsonl(byLang.stdout).map((x) => x.lang).sort()).toEqual(["en", "fa", "zh"]);
    const forced = await run("freq", "--corpus", mixed, "--by", "lang", "--lang", "fa", "--top", "1", "--format", "jsonl");
    expect(new Set(jsonl(forced.stdout).map((x) => x.lang))).toEqual(new Set(["fa"]));
    // The same rows as the loaded corpus gives (--where makes freq load it whole).
    const loaded = await run("freq", "--corpus", mixed, "--by", "lang", "--stopwords", "auto", "--where", "id!=none", "--format", "jsonl");
    const streamed = await run("freq", "--corpus", mixed, "--by", "lang", "--stopwords", "auto", "--format", "jsonl");
    expect(jsonl(streamed.stdout).map((x) => [x.lang, x.term, x.count]).sort()).toEqual(jsonl(loaded.stdout).map((x) => [x.lang, x.term, x.count]).sort());
  });
});
