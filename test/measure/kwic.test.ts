import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { kwic, KWIC_COLUMNS, type KwicRow } from "../../src/measure/kwic";
import { kwicIterate } from "../../src/measure/kwic-iterate";
import { DiscourseError } from "../../src/errors";
import type { Document, Warning } from "../../src/types";

const doc = (id: string, text: string, extra: Partial<Document> = {}): Document => ({ id, text, meta: {}, ...extra });

const speech = doc(
  "sotu-2019",
  "We will apply maximum pressure on Iran’s regime. Iran must negotiate!\nNegotiations failed. The sanctions worked; sanctioning more is pointless.",
  { date: "2019-02-05", speaker: "Trump" },
);
const news = doc("news-1", "Iran. The   maximum\n pressure campaign works, officials said.");
const corpus = [speech, news];

const matches = (rows: KwicRow[]): string[] => rows.map((r) => r.match);

describe("kwic(corpus, word)", () => {
  it("returns rows with the KWIC_COLUMNS in order, context slices of the original text", () => {
    const rows = kwic(corpus, "iran", { window: 3 });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual([...KWIC_COLUMNS]);
    expect(rows[0]).toEqual({
      doc_id: "sotu-2019",
      date: "2019-02-05",
      speaker: "Trump",
      left: "maximum pressure on",
      match: "Iran",
      right: "’s regime.",
      start: 34,
      end: 38,
      context_start: 14,
      context_end: 48,
      sentence: "We will apply maximum pressure on Iran’s regime.",
      sentence_start: 0,
      sentence_end: 48,
    });
    expect(rows[2]).toMatchObject({ doc_id: "news-1", date: null, speaker: null, left: "", right: ". The maximum", sentence: "Iran." });
  });

  it("finds Iran in Iran’s by pattern iran (curly apostrophe split off as the clitic ’s)", () => {
    const rows = kwic([doc("a", "Iran’s leaders and Iran's people")], "iran");
    expect(matches(rows)).toEqual(["Iran", "Iran"]);
    expect(matches(kwic([doc("a", "Iran’s leaders and Iran's people")], "Iran’s"))).toEqual(["Iran’s", "Iran's"]);
  });

  it("matches lowercased forms by default and the original case with caseSensitive", () => {
    const c = [doc("a", "Iran and IRAN and iran.")];
    expect(matches(kwic(c, "IRAN"))).toEqual(["Iran", "IRAN", "iran"]);
    expect(matches(kwic(c, "IRAN", { caseSensitive: true }))).toEqual(["IRAN"]);
    expect(matches(kwic(c, "/i.*/", { caseSensitive: true }))).toEqual(["iran"]);
  });

  it("gives offsets that slice back to the match in the document", () => {
    for (const r of kwic(corpus, "/.+/")) {
      const text = corpus.find((d) => d.id === r.doc_id)!.text;
      expect(text.slice(r.start, r.end)).toBe(r.match);
    }
  });

  it("warns and returns no rows for a pattern never seen", () => {
    const warnings: Warning[] = [];
    expect(kwic(corpus, "zebra", { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings).toEqual([{ code: "unseen_term", message: 'kwic: pattern "zebra" never seen in the corpus' }]);
    warnings.length = 0;
    expect(kwic(corpus, "pressure maximum", { onWarning: (w) => warnings.push(w) })).toEqual([]);
    expect(warnings[0].message).toBe('kwic: pattern "pressure maximum" never occurs as a sequence in the corpus');
  });
});

describe("kwic(corpus, glob)", () => {
  it("matches * as any run and ? as one character, against whole tokens", () => {
    expect(matches(kwic(corpus, "negotiat*"))).toEqual(["negotiate", "Negotiations"]);
    expect(matches(kwic(corpus, "ir?n"))).toEqual(["Iran", "Iran", "Iran"]);
    expect(matches(kwic(corpus, "ira?"))).toEqual(["Iran", "Iran", "Iran"]);
    expect(kwic(corpus, "ir?")).toEqual([]);
    expect(matches(kwic(corpus, "*tions"))).toEqual(["Negotiations", "sanctions"]);
  });

  it("treats a backslash-escaped star as a literal star", () => {
    const c = [doc("a", "Five * stars and five stars")];
    expect(matches(kwic(c, "\\*"))).toEqual(["*"]);
    expect(matches(kwic(c, "five \\* stars"))).toEqual(["Five * stars"]);
  });
});

describe("kwic(corpus, phrase)", () => {
  it("matches consecutive tokens across any whitespace, with the exact surface", () => {
    const rows = kwic(corpus, "maximum pressure", { window: 2 });
    expect(matches(rows)).toEqual(["maximum pressure", "maximum\n pressure"]);
    expect(rows[1]).toMatchObject({ left: ". The", right: "campaign works", start: 12, end: 29 });
    expect(news.text.slice(12, 29)).toBe("maximum\n pressure");
  });

  it("allows a glob or regex in each position of a phrase", () => {
    expect(matches(kwic(corpus, "max* /press(ure)?/"))).toEqual(["maximum pressure", "maximum\n pressure"]);
  });

  it("never matches a phrase across two documents", () => {
    const c = [doc("a", "the end maximum"), doc("b", "pressure here")];
    expect(kwic(c, "maximum pressure")).toEqual([]);
  });

  it("reports overlapping matches", () => {
    expect(kwic([doc("a", "no no no")], "no no").map((r) => r.start)).toEqual([0, 3]);
  });
});

describe("kwic(corpus, /regex/)", () => {
  it("anchors the expression to whole vocabulary entries", () => {
    expect(matches(kwic(corpus, "/sanction(s|ed)?/"))).toEqual(["sanctions"]);
    expect(matches(kwic(corpus, "/sanction.*/"))).toEqual(["sanctions", "sanctioning"]);
    expect(matches(kwic(corpus, "/IRAN/"))).toHaveLength(3); // i added unless caseSensitive
  });

  it("throws a DiscourseError naming the pattern for an invalid regex or an empty pattern", () => {
    expect(() => kwic(corpus, "/(unclosed/")).toThrow(DiscourseError);
    expect(() => kwic(corpus, "/(unclosed/")).toThrow(/^kwic: pattern must be a valid regular expression .*; got "\/\(unclosed\/"$/);
    expect(() => kwic(corpus, "")).toThrow('kwic: pattern must be a word, glob, phrase or /regex/flags; got ""');
    expect(() => kwic(corpus, "   ")).toThrow(/got " {3}"/);
    expect(() => kwic(corpus, 42 as unknown as string)).toThrow(/got 42/);
  });

  it("runs a catastrophic regex once per distinct form, never once per token", () => {
    // /(a+)+$/ takes ~10 ms on "a"x22 + "b"; 3,000 tokens of it would take ~30 s if run per token.
    const text = Array.from({ length: 3000 }, () => "a".repeat(22) + "b").join(" ");
    const t0 = performance.now();
    const rows = kwic([doc("a", text)], "/(a+)+$/");
    expect(rows).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("kwic options", () => {
  it("window counts tokens on each side, punctuation included, and 0 gives empty contexts", () => {
    const rows = kwic(corpus, "must", { window: 1 });
    expect(rows[0]).toMatchObject({ left: "Iran", right: "negotiate" });
    const zero = kwic(corpus, "must", { window: 0 });
    expect(zero[0]).toMatchObject({ left: "", right: "" });
    expect(kwic(corpus, "regime", { window: 2 })[0]).toMatchObject({ left: "Iran’s", right: ". Iran" });
  });

  it('window: "sentence" bounds left and right by the match\'s sentence', () => {
    const rows = kwic(corpus, "iran", { window: "sentence" });
    expect(rows.map((r) => [r.left, r.right])).toEqual([
      ["We will apply maximum pressure on", "’s regime."],
      ["", "must negotiate!"],
      ["", "."],
    ]);
  });

  it("removePunct drops punctuation from the context and from the window count", () => {
    // Iran’s is two tokens (Iran + ’s), joined without a space as in the text; "." is gone.
    const rows = kwic(corpus, "regime", { window: 2, removePunct: true });
    expect(rows[0]).toMatchObject({ left: "Iran’s", right: "Iran must" });
  });

  it('sort "left" orders by 1L, then 2L, ...; "right" by 1R, then 2R, ...', () => {
    const l = [doc("a", "b x talk. a y talk. a x talk.")];
    expect(kwic(l, "talk", { window: 2 }).map((r) => r.left)).toEqual(["b x", "a y", "a x"]);
    expect(kwic(l, "talk", { window: 2, sort: "left" }).map((r) => r.left)).toEqual(["a x", "b x", "a y"]);
    const r = [doc("a", "talk z b. talk z a. talk y c.")];
    expect(kwic(r, "talk", { window: 2, sort: "right" }).map((x) => x.right)).toEqual(["y c", "z a", "z b"]);
  });

  it("skips punctuation in sort keys, puts an empty context first and keeps ties in corpus order", () => {
    // Left keys: "" | c | c, talk | y (the "," skipped; unskipped it would sort before "c").
    const c = [doc("a", "c talk. y, talk"), doc("b", "talk c talk")];
    const rows = kwic(c, "talk", { window: 2, sort: "left" });
    expect(rows.map((x) => [x.doc_id, x.left])).toEqual([
      ["b", ""],
      ["a", "c"],
      ["b", "talk c"],
      ["a", "y,"],
    ]);
  });

  it("rejects bad options naming them", () => {
    expect(() => kwic(corpus, "iran", { window: -1 })).toThrow('kwic: option "window" must be an integer >= 0; got -1');
    expect(() => kwic(corpus, "iran", { window: "paragraph" as "sentence" })).toThrow(/option "window"/);
    expect(() => kwic(corpus, "iran", { sort: "middle" as "left" })).toThrow('kwic: option "sort" must be one of position, left, right; got "middle"');
  });
});

describe("kwic properties", () => {
  const word = (d: number) => fc.integer({ min: 1, max: 4 }).map((n) => String.fromCharCode(97 + d).repeat(n));
  const docText = (d: number) =>
    fc
      .array(fc.oneof(word(d), fc.constant("zz"), fc.constant("."), fc.constant(",")), { minLength: 1, maxLength: 25 })
      .chain((ws) => fc.array(fc.constantFrom(" ", "\n", "  ", " \n\n"), { minLength: ws.length, maxLength: ws.length }).map((sp) => ws.map((w, i) => w + sp[i]).join("")));

  it("contexts never cross documents, and offsets slice back to the match", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, d) => docText(d)))),
        fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant("sentence" as const)),
        fc.constantFrom("position", "left", "right"),
        (texts, window, sort) => {
          const c = texts.map((t, d) => doc(`d${d}`, t));
          const rows = kwic(c, "zz", { window, sort: sort as "left" });
          for (const r of rows) {
            const d = Number(r.doc_id.slice(1));
            const own = String.fromCharCode(97 + d);
            // Every letter of the context is the document's own letter or the z of "zz".
            for (const ch of (r.left + r.right).replace(/[^a-y]/g, "")) expect(ch).toBe(own);
            expect(c[d].text.slice(r.start, r.end)).toBe(r.match);
            if (typeof window === "number") {
              expect(r.left.split(/[\s]+/).filter(Boolean).length).toBeLessThanOrEqual(window);
            }
          }
          const expected = c.reduce((n, d) => n + (d.text.match(/\bzz\b/g)?.length ?? 0), 0);
          expect(rows).toHaveLength(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("kwic bounds every line (issue 17)", () => {
  // A wire-copy style run-on: a 60 KB "sentence" without a full stop.
  const runOn = doc("wire-1", "no ".repeat(20_000).trim());

  it("cuts a long sentence around the match, marks the cuts with …, and gives the offsets shown", () => {
    const rows = kwic([runOn], "no", { limit: 3 });
    expect(rows).toHaveLength(3);
    const r = rows[1];
    expect(r.sentence.length).toBeLessThan(700);
    expect(r.sentence.endsWith("…")).toBe(true);
    expect(r.sentence_start).toBe(0);
    expect(r.sentence_end).toBe(r.end + 300);
    expect(r.sentence.replace(/…$/, "")).toBe(runOn.text.slice(r.sentence_start, r.sentence_end).replace(/\s+/g, " ").trim());
    const mid = kwic([runOn], "no", { window: "sentence", limit: 10_001 })[10_000];
    expect(mid.sentence.startsWith("…") && mid.sentence.endsWith("…")).toBe(true);
    expect(mid.left.startsWith("…") && mid.right.endsWith("…")).toBe(true);
    expect(mid.left.length).toBeLessThanOrEqual(301);
    expect(mid.right.length).toBeLessThanOrEqual(301);
    expect("…" + runOn.text.slice(mid.context_start, mid.start).trim()).toBe(mid.left);
    expect(runOn.text.slice(mid.end, mid.context_end).trim() + "…").toBe(mid.right);
  });

  it("keeps a short sentence whole, without marks", () => {
    const r = kwic([doc("a", "The minister said no. Then she left.")], "no", { window: "sentence" })[0];
    expect(r).toMatchObject({ left: "The minister said", right: ".", sentence: "The minister said no.", sentence_start: 0, sentence_end: 21 });
  });

  it("cuts a single over-long token of the context by characters, and never a surrogate pair", () => {
    const word = "ab".repeat(400); // one token of 800 characters
    const c = [doc("blog-1", `${word} yes ${word}`)];
    const r = kwic(c, "yes", { window: 3, contextChars: 51 })[0];
    expect(r.left).toBe("…" + "ab".repeat(25)); // 51 characters back from the match: the space and 50 of the word
    expect(r.right).toBe("ab".repeat(25) + "…");
    expect(c[0].text.slice(r.context_start, r.start).trim()).toBe(r.left.slice(1));
    expect(c[0].text.slice(r.end, r.context_end).trim()).toBe(r.right.slice(0, -1));
    const emoji = "😀".repeat(400); // 800 UTF-16 units
    const e = kwic([doc("blog-2", `${emoji} yes ${emoji}`)], "yes", { window: "sentence", contextChars: 51 })[0];
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const s of [e.left, e.right, e.sentence]) expect(s).not.toMatch(lone);
    expect(e.sentence.startsWith("…") && e.sentence.endsWith("…")).toBe(true);
  });

  it("takes a few seconds at most for every hit of the 60 KB run-on, each line bounded", () => {
    const t0 = Date.now();
    let n = 0;
    let longest = 0;
    for (const r of kwicIterate([runOn], "no", { window: "sentence" })) {
      n++;
      longest = Math.max(longest, r.left.length + r.right.length + r.sentence.length);
    }
    expect(n).toBe(20_000);
    expect(longest).toBeLessThan(1_300);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("limit stops the search: rows are the first of the full list, in every sort", () => {
    for (const sort of ["position", "left", "right"] as const) {
      expect(kwic(corpus, "/.+/", { sort, limit: 4 })).toEqual(kwic(corpus, "/.+/", { sort }).slice(0, 4));
    }
    expect(kwic(corpus, "iran", { limit: 0 })).toEqual([]);
    expect(() => kwic(corpus, "iran", { limit: -1 })).toThrow('kwic: option "limit" must be an integer >= 0; got -1');
  });

  it("kwicIterate gives kwic's rows lazily, checking options when called", () => {
    expect([...kwicIterate(corpus, "iran", { window: 2 })]).toEqual(kwic(corpus, "iran", { window: 2 }));
    expect(() => kwicIterate(corpus, "")).toThrow(DiscourseError);
    const it = kwicIterate([runOn], "no");
    expect(it.next().value?.start).toBe(0);
    expect(it.next().value?.start).toBe(3);
  });
});
