import { describe, expect, it } from "vitest";
import { keynessByPeriod } from "../../src/compare/keyness-by-period";
import { keyness } from "../../src/measure/keyness";
import type { Document } from "../../src/types";

const d = (id: string, text: string, date: string): Document => ({ id, text, date, meta: {} });
const corpus = [
  d("a", "tariff tariff tariff slavery union union", "1850"),
  d("b", "slavery slavery union tariff", "1855-03-04"),
  d("c", "union union war war war war reconstruction", "1866-12-03"),
  d("d", "railroad railroad tariff tariff tariff tariff", "1871"),
];

describe("keynessByPeriod(corpus)", () => {
  it("compares each decade with the one before, exactly as keyness(period, previous) does", () => {
    const rows = keynessByPeriod(corpus, { minCount: 1 });
    expect([...new Set(rows.map((r) => `${r.period}<${r.previous}`))]).toEqual(["1860s<1850s", "1870s<1860s"]);
    const sixties = rows.filter((r) => r.period === "1860s").map(({ period, period_start, previous, ...k }) => k);
    expect(sixties).toEqual(keyness([corpus[2]], [corpus[0], corpus[1]], { minCount: 1 }));
    expect(rows.find((r) => r.period === "1860s" && r.term === "war")).toMatchObject({ direction: "target", n_target: 4, n_reference: 0, period_start: "1860" });
    expect(rows.find((r) => r.period === "1860s" && r.term === "tariff")).toMatchObject({ direction: "reference", n_target: 0, n_reference: 4 });
  });

  it("uses custom breaks and names each period by its label", () => {
    const rows = keynessByPeriod(corpus, { by: "period", breaks: ["1850", "1861-04-12", "1870"], minCount: 1 });
    expect([...new Set(rows.map((r) => `${r.period}<${r.previous}`))]).toEqual(["1861-04-12 to 1870<1850 to 1861-04-12", "1870 on<1861-04-12 to 1870"]);
  });

  it("compares each period with the rest of the corpus when asked", () => {
    const rows = keynessByPeriod(corpus, { against: "rest", minCount: 1 });
    const seventies = rows.filter((r) => r.period === "1870s").map(({ period, period_start, previous, ...k }) => k);
    expect(seventies).toEqual(keyness([corpus[3]], corpus.slice(0, 3), { minCount: 1 }));
    expect(new Set(rows.map((r) => r.previous))).toEqual(new Set(["(rest)"]));
    expect(() => keynessByPeriod(corpus, { against: "next" as never })).toThrow(/option "against" must be one of previous, rest/);
  });

  it("returns no rows for a single period", () => {
    expect(keynessByPeriod(corpus.slice(0, 2))).toEqual([]);
  });
});
