import { describe, expect, it } from "vitest";
import { sentenceWords, textWords } from "../../src/segment/sentence-words";
import { tokenStream, tokenStreamScans } from "../../src/segment/token-stream";
import { tokens } from "../../src/segment/tokens";
import { wordCounts } from "../../src/segment/word-counts";
import type { Document } from "../../src/types";

const d = (id: string, text: string): Document => ({ id, text, meta: {} });
const SPLIT = { lowercase: true, hyphens: "split" } as const;

describe("tokenStream(corpus, scan): one tokenization per corpus", () => {
  it("scans a corpus array once, whatever filters the measures apply", () => {
    const corpus = [d("press", "The Ministry said it won't comment; talks resume on 2 May."), d("blog", "Self-government? We'd like that.")];
    const before = tokenStreamScans();
    const all = tokens(corpus);
    const words = tokens(corpus, { removePunct: true, stopwords: "en" });
    wordCounts(corpus);
    expect(tokenStreamScans() - before).toBe(1);
    expect(words.vocabulary).toBe(all.vocabulary);
    expect(words.length).toBeLessThan(all.length);
    // another lowercasing is another scan
    tokens(corpus, { lowercase: false });
    expect(tokenStreamScans() - before).toBe(2);
  });
  it("scans again when the array holds other documents or a text changed", () => {
    const corpus = [d("a", "We will not negotiate.")];
    const first = tokenStream(corpus, SPLIT);
    expect(tokenStream(corpus, SPLIT)).toBe(first);
    const mutable = corpus as Document[];
    mutable[0] = d("a", "We will negotiate, later.");
    const second = tokenStream(corpus, SPLIT);
    expect(second).not.toBe(first);
    expect(second.length).toBe(6);
  });
});

describe("sentence words: the shared tokens as words", () => {
  it("are word and number tokens, clitics and hyphen parts apart, with clause breaks", () => {
    const text = "Washington won't talk, not now - maybe in 2,000 self-governing years.";
    const tk = tokenStream([d("x", text)], SPLIT);
    const words = sentenceWords(tk, text, 0);
    expect(words.map((w) => w.norm)).toEqual(["washington", "wo", "n't", "talk", "not", "now", "maybe", "in", "2,000", "self", "governing", "years"]);
    expect(words.filter((w) => w.breakBefore).map((w) => w.surface)).toEqual(["not", "maybe"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.surface);
    expect(wordCounts([d("x", text)])[0]).toBe(words.length);
  });
  it("of a text run over its sentences, a new sentence closing the clause", () => {
    const words = textWords("It is not. Good news follows.");
    expect(words.map((w) => `${w.surface}${w.breakBefore ? "|" : ""}`)).toEqual(["It", "is", "not", "Good|", "news", "follows"]);
  });
});
