import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { kwic, KWIC_COLUMNS, type KwicRow } from "../../src/measure/kwic";
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
      sentence: "We will apply maximum pressure on Iran’s regime.",
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
