import { describe, expect, it } from "vitest";
import type { Document } from "../../src/types";
import { checkCorpus } from "../../src/ingest/check-corpus";

const doc = (over: Record<string, unknown>): Document => ({ id: "a", text: "Ask not.", meta: {}, ...over }) as Document;

describe("checkCorpus", () => {
  it("returns frozen copies, leaving the input as it was", () => {
    const input = [doc({ date: "1961-01-20", speaker: "JFK", meta: { party: "D", n: 1, ok: true, x: null } })];
    const corpus = checkCorpus(input);
    expect(corpus).toEqual(input);
    expect(Object.isFrozen(corpus) && Object.isFrozen(corpus[0]) && Object.isFrozen(corpus[0].meta)).toBe(true);
    expect(Object.isFrozen(input[0])).toBe(false);
  });

  it("returns a corpus it already checked as is", () => {
    const corpus = checkCorpus([doc({})]);
    expect(checkCorpus(corpus)).toBe(corpus);
  });

  it("reads an absent meta as {}", () => {
    expect(checkCorpus([{ id: "a", text: "x" } as Document])[0].meta).toEqual({});
  });

  it.each([
    ["an empty id", [doc({}), doc({ id: "" })], 'checkCorpus: documents[1].id must be a non-empty string; got ""'],
    ["a non-string text", [doc({ text: 5 })], "checkCorpus: documents[0].text must be a non-empty string; got 5"],
    ["whitespace-only text", [doc({ text: "  " })], "checkCorpus: documents[0].text is only whitespace"],
    ["an impossible date", [doc({}), doc({ id: "b" }), doc({ id: "c" }), doc({ id: "d", date: "2019-02-29" })], 'checkCorpus: documents[3].date: date "2019-02-29" is impossible (month 02 has 28 days)'],
    ["a date that is not a string", [doc({ date: 1999 })], "checkCorpus: documents[0].date must be an ISO date string; got 1999"],
    ["a speaker that is not a string", [doc({ speaker: 3 })], "checkCorpus: documents[0].speaker must be a string; got 3"],
    ["a nested meta value", [doc({ meta: { tags: ["a"] } })], 'checkCorpus: documents[0].meta["tags"] must be a string, number, boolean or null; got an array of 1'],
    ["an element that is not an object", [null], "checkCorpus: documents[0] must be a document object; got null"],
  ])("rejects %s, naming the index", (_what, docs, message) => {
    expect(() => checkCorpus(docs as Document[])).toThrow(message);
  });

  it("rejects a duplicate id naming both indices, with code duplicate_id", () => {
    expect(() => checkCorpus([doc({}), doc({ id: "b" }), doc({})])).toThrow(
      expect.objectContaining({ code: "duplicate_id", message: 'checkCorpus: documents[2].id "a" is also the id of documents[0]' }),
    );
  });

  it("names the calling function given as fn", () => {
    expect(() => checkCorpus("nope" as unknown as Document[], "tokens")).toThrow('tokens: corpus must be an array of documents; got "nope"');
  });
});
