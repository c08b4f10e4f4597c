import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../src/ingest/parse-dictionary";
import { dictionaryMatches } from "../../src/measure/dictionary-matches";
import { dictionaryRates } from "../../src/compare/dictionary-rates";
import { dictionaryDfm } from "../../src/measure/dfm/dictionary-dfm";
import { wilsonInterval } from "../../src/stats/wilson-interval";
import type { Corpus } from "../../src/types";

const corpus: Corpus = [
  { id: "wire", date: "2001-03-01", text: "BRUSSELS, March 1 (AP) - Diplomats said negotiations on the treaty resumed. Sanctions remain.", meta: {} },
  { id: "blog", date: "2009-06-06", text: "Nuclear weapons talk again? Honestly, the war on words never ends. Nuclear weapons, nuclear weapons.", meta: {} },
  { id: "speech", date: "2012-01-24", text: "We will negotiate in good faith, but we will not flinch from war.", meta: {} },
];
const dict = parseDictionary(
  "talks:\n  - negotiat*\n  - treaty\n  - diplomat*\n  - good faith\nforce:\n  - war\n  - sanction*\n  - nuclear weapon*\n  - weapon*\n",
  "yaml",
);

describe("dictionaryMatches", () => {
  it("returns every hit as a row with offsets slicing to the words and its sentence", () => {
    const rows = dictionaryMatches(corpus, dict);
    expect(rows.map((r) => [r.doc_id, r.category, r.text, r.pattern])).toEqual([
      ["wire", "talks", "Diplomats", "diplomat*"],
      ["wire", "talks", "negotiations", "negotiat*"],
      ["wire", "talks", "treaty", "treaty"],
      ["wire", "force", "Sanctions", "sanction*"],
      ["blog", "force", "Nuclear weapons", "nuclear weapon*"],
      ["blog", "force", "war", "war"],
      ["blog", "force", "Nuclear weapons", "nuclear weapon*"],
      ["blog", "force", "nuclear weapons", "nuclear weapon*"],
      ["speech", "talks", "negotiate", "negotiat*"],
      ["speech", "talks", "good faith", "good faith"],
      ["speech", "force", "war", "war"],
    ]);
    for (const r of rows) expect(corpus.find((d) => d.id === r.doc_id)!.text.slice(r.start, r.end)).toBe(r.text);
    expect(rows[3].sentence).toBe("Sanctions remain.");
  });
  it("counts rates per group through the one per-group step: exact counts, Wilson intervals", () => {
    const matches = dictionaryMatches(corpus, dict);
    const rows = dictionaryRates(corpus, matches, dict, { by: "decade" });
    expect(rows.map((r) => [r.group, r.category, r.count, r.n_words])).toEqual([
      ["2000s", "talks", 3, 28],
      ["2000s", "force", 5, 28],
      ["2010s", "talks", 2, 13],
      ["2010s", "force", 1, 13],
    ]);
    const [lo, hi] = wilsonInterval(5, 28, 1.959963984540054);
    expect(rows[1].per_1k).toBe((5 * 1000) / 28);
    expect(rows[1].ci_low).toBeCloseTo(lo * 1000, 12);
    expect(rows[1].ci_high).toBeCloseTo(hi * 1000, 12);
  });
  it("rolls nested categories up by level, and builds a dfm of categories", () => {
    const nested = parseDictionary("eco:\n  up: [growth]\n  down: [recession]\n", "yaml");
    const c: Corpus = [{ id: "a", text: "Growth, then recession, then growth.", meta: {} }];
    expect(dictionaryRates(c, dictionaryMatches(c, nested), nested, { level: 1 }).map((r) => [r.category, r.count])).toEqual([["eco", 3]]);
    const m = dictionaryDfm(corpus, dictionaryMatches(corpus, dict), dict);
    expect(m.features).toEqual(["force", "talks"]);
    expect(m.rows.map((r) => r.label)).toEqual(["wire", "blog", "speech"]);
    expect(Array.from(m.values)).toEqual([1, 3, 4, 1, 2]);
    expect(Array.from(m.docFreq)).toEqual([3, 2]);
  });
});
