import { describe, expect, test } from "vitest";
import { documentSentiment } from "../../../src/measure/stance/document-sentiment";
import { sentenceSentiment, SENTENCE_SENTIMENT_COLUMNS } from "../../../src/measure/stance/sentence-sentiment";
import { textSentiment } from "../../../src/measure/stance/text-sentiment";

// AFINN-165 values (sentiment package labels.json): good 3, bad -3, like 2, peace 2, crisis -3.
describe("textSentiment", () => {
  test("'never good' is negative, where a plain lexicon scorer calls it positive", () => {
    const r = textSentiment("This is never good.");
    expect(r.score).toBe(-3);
    expect(r.words).toEqual([{ word: "good", start: 14, end: 18, valence: 3, negated_by: "never", contribution: -3 }]);
  });
  test("negation reaches at most 3 words and stops at a comma or 'but'", () => {
    expect(textSentiment("not bad").score).toBe(3);
    expect(textSentiment("not at all very bad").score).toBe(-3);
    expect(textSentiment("no, good").score).toBe(3);
    expect(textSentiment("not rich but good").score).toBe(1); // rich 2 flipped, good 3
    expect(textSentiment("won’t like it").score).toBe(-2);
  });
  test("comparative is score per word; an empty text scores 0", () => {
    expect(textSentiment("good good bad bad").comparative).toBe(0);
    expect(textSentiment("")).toEqual({ score: 0, comparative: 0, n_words: 0, words: [] });
  });
});

describe("sentenceSentiment and documentSentiment", () => {
  const corpus = [{ id: "a", text: "Talks were never good. We like peace.", meta: {}, date: "2019" }];
  test("one row per sentence with offsets and the words behind the score", () => {
    const rows = sentenceSentiment(corpus);
    expect(rows.map((r) => r.score)).toEqual([-3, 4]);
    expect(Object.keys(rows[0])).toEqual([...SENTENCE_SENTIMENT_COLUMNS]);
    expect(rows[0].scored_words).toBe("good:-3(never)");
    expect(corpus[0].text.slice(rows[1].start, rows[1].end)).toBe("We like peace.");
  });
  test("document score is the sum of its sentences", () => {
    const [d] = documentSentiment(corpus);
    expect(d).toMatchObject({ doc_id: "a", date: "2019", score: 1, n_sentences: 2, n_positive: 1, n_negative: 1, share_negative: 0.5 });
    expect(d.per_100_words).toBeCloseTo(100 / 7, 10);
  });
});

describe("names carry no sentiment", () => {
  test("'Great Britain' and 'United Nations' score 0; 'Great' before a lowercase word still scores", () => {
    expect(textSentiment("Great Britain and the United Nations met.").score).toBe(0);
    expect(textSentiment("Great work.").score).toBe(3);
  });
});
