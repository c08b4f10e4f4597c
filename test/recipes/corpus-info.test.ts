import { describe, expect, it } from "vitest";
import { checkCorpus } from "../../src/ingest/check-corpus";
import { corpusInfo } from "../../src/recipes/corpus-info";

describe("corpusInfo", () => {
  const corpus = checkCorpus([
    { id: "a", text: "The vote was delayed. Members asked why!", date: "2019-11", speaker: "Ann", meta: { party: "Red", lang: "en" } },
    { id: "b", text: "Three thousand signed, in 2019.", date: "2019-11-04", speaker: "Ann", meta: { party: "Blue", lang: "en" } },
    { id: "c", text: "Vote now.", date: "2018", meta: { party: "Red", lang: "und", extra: "" } },
    { id: "d", text: "Later.", meta: { party: "Green", lang: "fa" } },
  ]);

  it("counts documents, word and number tokens, types and sentences (hand-counted)", () => {
    // a: the vote was delayed members asked why (7) | b: three thousand signed in 2019 (5) | c: vote now (2) | d: later (1)
    const info = corpusInfo(corpus);
    expect(info).toMatchObject({ documents: 4, tokens: 15, sentences: 5 });
    // distinct lowercased: the vote was delayed members asked why three thousand signed in 2019 now later = 14
    expect(info.types).toBe(14);
  });

  it("gives the date range by first day (a year before its months) and the undated count", () => {
    expect(corpusInfo(corpus)).toMatchObject({ date_min: "2018", date_max: "2019-11-04", undated: 1 });
    expect(corpusInfo(checkCorpus([{ id: "x", text: "y", meta: {} }]))).toMatchObject({ date_min: null, date_max: null, undated: 1 });
  });

  it("lists languages and each field's values, most documents first, ties by value, truncated at maxValues", () => {
    const info = corpusInfo(corpus, { maxValues: 2 });
    expect(info.languages).toEqual([{ value: "en", documents: 2 }, { value: "fa", documents: 1 }, { value: "und", documents: 1 }]);
    expect(info.fields).toEqual([
      { field: "speaker", documents: 2, distinct: 1, values: [{ value: "Ann", documents: 2 }], more: 0 },
      { field: "party", documents: 4, distinct: 3, values: [{ value: "Red", documents: 2 }, { value: "Blue", documents: 1 }], more: 1 },
    ]);
  });
});
