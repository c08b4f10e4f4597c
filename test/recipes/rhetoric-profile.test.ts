import { describe, expect, test } from "vitest";
import { rhetoricBiggestChange } from "../../src/recipes/rhetoric-biggest-change";
import { rhetoricProfile } from "../../src/recipes/rhetoric-profile";
import type { Corpus } from "../../src/types";

const ERAS = [
  { name: "early", start: "1900", end: "1950" },
  { name: "late", start: "1950" },
];
const CORPUS: Corpus = [
  { id: "a", date: "1910", text: "The harvest was good this year and the roads are finished.", meta: {} },
  { id: "b", date: "1920", text: "We built schools in every county.", meta: {} },
  { id: "c", date: "1960", text: "It is a trick. Their offer is a hoax and a trick to deceive us.", meta: {} },
  { id: "d", date: "1970", text: "The budget is balanced.", meta: {} },
];

describe("rhetoricBiggestChange", () => {
  test("finds the rule whose rate moved most between consecutive eras, and the spans in the later era's document using it most", () => {
    const c = rhetoricBiggestChange(CORPUS, { eras: ERAS, rules: ["doubt", "absolutes"] })!;
    expect(c).toMatchObject({ rule: "doubt", from: "early", to: "late", per_1k_from: 0 });
    // late: 4 doubt matches over 19 words (15 in c: "It is a trick" + 11; 4 in d).
    expect(c.matches.map((m) => m.text)).toEqual(["trick", "hoax", "trick", "deceive"]);
    expect(c.per_1k_to).toBeCloseTo((4 * 1000) / 19, 10);
    expect(c.document?.id).toBe("c");
  });

  test("fewer than two eras with documents give null", () => {
    expect(rhetoricBiggestChange(CORPUS.slice(0, 2), { eras: ERAS })).toBeNull();
  });
});

describe("rhetoricProfile", () => {
  test("a report with the heatmap, the trend, the biggest change with its spans, and us/them", () => {
    const r = rhetoricProfile(CORPUS, { eras: ERAS, trendBy: "decade", trendRules: ["absolutes"] });
    expect(r.items.map((i) => i.id)).toEqual(["rhetoric-heatmap", "rhetoric-trend", "rhetoric-biggest-change", "rhetoric-us-them"]);
    const change = r.items[2];
    expect(change.title).toMatch(/^Biggest change: /);
    expect(change.table.rows.length).toBeGreaterThan(0);
    for (const row of change.table.rows) expect(Object.keys(row)).toEqual([...change.table.columns]);
    expect(JSON.stringify(r)).toBe(JSON.stringify(rhetoricProfile(CORPUS, { eras: ERAS, trendBy: "decade", trendRules: ["absolutes"] })));
    expect(JSON.stringify(r)).not.toContain("NaN");
  });
});
