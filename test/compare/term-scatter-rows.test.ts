import { describe, expect, it } from "vitest";
import { termScatterRows } from "../../src/compare/term-scatter-rows";
import { keyness } from "../../src/measure/keyness";
import type { Document } from "../../src/types";

const d = (id: string, text: string): Document => ({ id, text, meta: {} });
const a = [d("a", "Sanctions work. The sanctions will stay. Sanctions, sanctions and more sanctions on the regime.")];
const b = [d("b", "Diplomacy works. We chose diplomacy. Diplomacy and talks, diplomacy again, more diplomacy with the regime.")];

describe("termScatterRows(target, reference)", () => {
  it("gives the keyness rows of both directions, each with its first concordance lines per side", () => {
    const rows = termScatterRows(a, b, { minCount: 2, lines: 2, window: 2 });
    const { kwic_target: _a, kwic_reference: _b, ...first } = rows[0];
    expect(rows.map(({ kwic_target, kwic_reference, ...k }) => k)).toEqual(keyness(a, b, { minCount: 2, top: 30 }));
    const sanctions = rows.find((r) => r.term === "sanctions")!;
    expect(sanctions.direction).toBe("target");
    expect(sanctions.kwic_target).toEqual(["[Sanctions] work.", ". The [sanctions] will stay"]);
    expect(sanctions.kwic_reference).toEqual([]);
    const diplomacy = rows.find((r) => r.term === "diplomacy")!;
    expect(diplomacy.kwic_reference[0]).toBe("[Diplomacy] works.");
    expect(first.term).toBe(rows[0].term);
  });

  it("escapes terms that look like regular expressions", () => {
    const rows = termScatterRows([d("x", "a+b a+b a+b c")], [d("y", "c c c c")], { minCount: 1, removePunct: false });
    expect(rows.every((r) => Array.isArray(r.kwic_target))).toBe(true);
  });
});
