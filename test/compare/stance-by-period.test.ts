import { describe, expect, test } from "vitest";
import { STANCE_BY_PERIOD_COLUMNS, targetStanceByPeriod } from "../../src/compare/stance-by-period";
import { stanceMarkerRates, STANCE_MARKER_RATE_COLUMNS } from "../../src/compare/stance-marker-rates";
import { wilsonInterval as wilson } from "../../src/stats/wilson-interval";

const corpus = [
  { id: "a", date: "1990-05-01", speaker: "X", meta: {}, text: "We reject talks with Moscow. We will not negotiate with Moscow." },
  { id: "b", date: "1991-01-01", speaker: "Y", meta: {}, text: "We welcome talks with Moscow." },
  { id: "c", date: "1992-01-01", speaker: "Y", meta: {}, text: "Nothing about it here." },
];
const target = { name: "talks with Moscow", terms: ["talks", "negotiat*"], near: ["Moscow"] };

describe("targetStanceByPeriod", () => {
  test("counts, mean with interval, Wilson share against, label and evidence per year", () => {
    const rows = targetStanceByPeriod(corpus, target);
    expect(rows.map((r) => r.group)).toEqual(["1990", "1991", "1992"]);
    const [y90, y91, y92] = rows;
    expect(Object.keys(y90)).toEqual([...STANCE_BY_PERIOD_COLUMNS]);
    expect(y90).toMatchObject({ n_mentions: 2, n_against: 2, n_favor: 0, mean_score: -2, label: "AGAINST", share_against: 1 });
    // Both scores are -2: sd 0, so the interval collapses on the mean.
    expect([y90.ci_low, y90.ci_high]).toEqual([-2, -2]);
    const [lo, hi] = wilson(2, 2, 1.959963984540054);
    expect(y90.against_low).toBeCloseTo(lo, 9);
    expect(y90.against_high).toBeCloseTo(hi, 9);
    expect(y90.evidence).toBe("We reject talks with Moscow. | We will not negotiate with Moscow.");
    expect(y91).toMatchObject({ n_mentions: 1, label: "FAVOR", evidence: "We welcome talks with Moscow." });
    expect(Number.isNaN(y91.ci_low)).toBe(true);
    expect(y92).toMatchObject({ n_mentions: 0, n_docs: 1, label: "NONE", evidence: "" });
    expect(Number.isNaN(y92.mean_score)).toBe(true);
  });
  test("groups by speaker", () => {
    const rows = targetStanceByPeriod(corpus, target, { by: "speaker" });
    expect(rows.map((r) => `${r.group}:${r.label}:${r.n_docs}`)).toEqual(["X:AGAINST:1", "Y:FAVOR:2"]);
  });
});

describe("stanceMarkerRates", () => {
  // Self-mentions are the speaker's own: "I", and "we" in an executive frame ("We propose");
  // the national "we" of "We welcome" is not counted (issue 15).
  const markerCorpus = [
    { id: "a", date: "1990-05-01", speaker: "X", meta: {}, text: "We propose talks with Moscow. I will not negotiate with Moscow." },
    { id: "b", date: "1991-01-01", speaker: "Y", meta: {}, text: "I welcome talks with Moscow. We welcome them." },
    { id: "c", date: "1992-01-01", speaker: "Y", meta: {}, text: "Nothing about it here." },
  ];
  test("per 1,000 words with Wilson bounds, zeros included, groups in date order", () => {
    const rows = stanceMarkerRates(markerCorpus, { by: "speaker", categories: ["self_mention", "hedge"] });
    expect(Object.keys(rows[0])).toEqual([...STANCE_MARKER_RATE_COLUMNS]);
    // X: 11 words, "We propose" and "I". Y: 5 + 3 + 4 words, "I" once (the national "We welcome" is not a self-mention).
    expect(rows.map((r) => `${r.group}:${r.category}:${r.count}/${r.n_words}`)).toEqual(["X:self_mention:2/11", "X:hedge:0/11", "Y:self_mention:1/12", "Y:hedge:0/12"]);
    expect(rows[0].per_1k).toBeCloseTo(2000 / 11, 9);
    const [lo, hi] = wilson(2, 11, 1.959963984540054);
    expect(rows[0].ci_low).toBeCloseTo(lo * 1000, 9);
    expect(rows[0].ci_high).toBeCloseTo(hi * 1000, 9);
  });
});
