import { describe, expect, test } from "vitest";
import { STANCE_MARKER_COLUMNS, stanceMarkers } from "../../../src/measure/stance/stance-markers";

const doc = (text: string) => [{ id: "a", text, meta: {}, speaker: "S", date: "2000" }];
const hits = (text: string, categories?: Parameters<typeof stanceMarkers>[1]) => stanceMarkers(doc(text), categories).map((r) => `${r.category}:${r.marker}`);

describe("stanceMarkers", () => {
  test("finds the five Hyland categories with offsets, rule, lexicon and sentence", () => {
    const text = "We may perhaps agree. Clearly you should remember this.";
    const rows = stanceMarkers(doc(text));
    expect(rows.map((r) => `${r.category}:${r.marker}`)).toEqual(["self_mention:We", "hedge:may", "hedge:perhaps", "attitude:agree", "booster:Clearly", "engagement:you", "hedge:should", "engagement:remember"]);
    for (const r of rows) expect(text.slice(r.start, r.end)).toBe(r.marker);
    expect(Object.keys(rows[0])).toEqual([...STANCE_MARKER_COLUMNS]);
    expect(rows[1]).toMatchObject({ rule: "lexicon", lexicon: "discourse-lab:hyland-2005", sentence_index: 0, sentence: "We may perhaps agree." });
  });
  test("'May' the month is no hedge; 'may' the modal is", () => {
    expect(hits("In May the talks resumed.")).toEqual([]);
    expect(hits("The vote of 3 May passed.")).toEqual([]);
    expect(hits("They met on May 4.")).toEqual([]);
    expect(hits("May God bless America.")).toEqual([]);
    expect(hits("May we go? It may rain.")).toEqual(["hedge:May", "self_mention:we", "hedge:may"]);
  });
  test("a booster inside a negation is a hedge (rule negated_booster)", () => {
    const rows = stanceMarkers(doc("It is not certain. It is certainly true."));
    expect(rows.map((r) => `${r.category}:${r.marker}:${r.rule}`)).toEqual(["hedge:certain:negated_booster", "booster:certainly:lexicon"]);
  });
  test("hedges from the hedges package: 'about' only before a number", () => {
    const rows = stanceMarkers(doc("About 40 people came to talk about it. It apparently worked."));
    expect(rows.map((r) => `${r.category}:${r.marker}:${r.lexicon}`)).toEqual(["hedge:About:hedges@2.0.1", "hedge:apparently:discourse-lab:hyland-2005"]);
  });
  test("'will' from the hedges package is not a hedge", () => {
    expect(hits("It will rain.")).toEqual([]);
  });
  test("'US' is not the pronoun us; 'World War I' is not a self-mention", () => {
    expect(hits("The US helped us. World War I ended.")).toEqual(["self_mention:us"]);
  });
  test("reads the shared tokens: 'we're' is we + 're and 'couldn't' is could + n't, as 'we are' and 'could not'", () => {
    expect(hits("We're ready, and we'll go.")).toEqual(["self_mention:We", "self_mention:we"]);
    expect(hits("It couldn't be clearer.")).toEqual(hits("It could not be clearer."));
    expect(hits("It couldn't be clearer.")).toEqual(["hedge:could"]);
  });
  test("the longest phrase wins: 'of course' is one booster", () => {
    expect(hits("Of course it works.")).toEqual(["booster:Of course"]);
  });
  test("categories pick the lists; weasel words are opt-in", () => {
    expect(hits("We clearly did a lot.", { categories: ["booster"] })).toEqual(["booster:clearly"]);
    expect(hits("We did a lot.", { categories: ["weasel"] })).toEqual(["weasel:a lot"]);
    expect(() => stanceMarkers([], { categories: ["hedging" as never] })).toThrow(/stanceMarkers: option "categories"/);
  });
});
