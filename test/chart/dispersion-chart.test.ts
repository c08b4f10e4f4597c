import { describe, expect, test } from "vitest";
import { dispersionChart } from "../../src/chart/dispersion-chart";
import { DiscourseError } from "../../src/errors";
import { HITS } from "./compare-fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";
import { byRank, rankedValues } from "./ranked";

type Enc = { encoding: { y: { sort: unknown }; color?: { sort: string[] }; tooltip: { field: string }[] }; height: { step: number } };

describe("dispersionChart", () => {
  test("one band per document by date then doc_id (undated last), a tick per hit", () => {
    const spec = dispersionChart(HITS);
    expectValidVegaLite(spec);
    expectGolden("dispersion", spec);
    const e = spec as unknown as Enc;
    expect(e.encoding.y.sort).toEqual(byRank("document_order"));
    expect(rankedValues(spec, "document", "document_order")).toEqual(["1980 a", "2002 b", "sotu-2002-x", "memo"]);
    expect(e.encoding.color?.sort).toEqual(["hostages", "iran"]);
    expect(e.encoding.tooltip.map((t) => t.field)).toEqual(["doc_id", "date", "term", "position", "start"]);
    expect(spec.data.values.map((v) => `${v.doc_id}:${v.term}:${v.position}`)).toEqual(["a:iran:0.1", "a:hostages:0.9", "b:iran:0.5", "sotu-2002-x:hostages:0.75", "memo:iran:0"]);
    expect(e.height.step).toBe(10);
  });

  test("a single term draws without a colour legend", () => {
    const spec = dispersionChart(HITS.filter((h) => h.term === "iran"));
    expectValidVegaLite(spec);
    expect((spec as unknown as Enc).encoding.color).toBeUndefined();
    expect(spec.title).toBe("Where iran occur in each document");
  });

  test("many documents get thin bands; maxDocuments keeps the first and says so", () => {
    const many = Array.from({ length: 245 }, (_, i) => ({ doc_id: `d${String(i).padStart(3, "0")}`, date: String(1790 + i), term: "war", position: (i % 10) / 10, start: i }));
    const spec = dispersionChart(many);
    expectValidVegaLite(spec);
    expect((spec as unknown as Enc).height.step).toBe(6);
    expect(spec.data.values).toHaveLength(245);
    const capped = dispersionChart(many, { maxDocuments: 100, bandHeight: 8 });
    expect(capped.data.values).toHaveLength(100);
    expect(capped.data.values[99].doc_id).toBe("d099");
    expect((capped as unknown as Enc).height.step).toBe(8);
    expect(capped.title).toMatchObject({ subtitle: "the first 100 of 245 documents with a hit" });
  });

  test("the same hits in any order give byte-identical specs", () => {
    expect(JSON.stringify(dispersionChart([...HITS].reverse()))).toBe(JSON.stringify(dispersionChart(HITS)));
  });

  test("no hits give a valid chart titled (no data)", () => {
    const spec = dispersionChart([]);
    expectValidVegaLite(spec);
    expect(spec.title).toBe("Where the terms occur in each document (no data)");
  });

  test("bad options and rows throw", () => {
    expect(() => dispersionChart(HITS, { maxDocuments: 0 })).toThrow(/option "maxDocuments"/);
    expect(() => dispersionChart(HITS, { bandHeight: 2.5 })).toThrow(/option "bandHeight"/);
    expect(() => dispersionChart(HITS, { maxDocs: 3 } as never)).toThrow(/got "maxDocs"/);
    expect(() => dispersionChart([{ ...HITS[0], position: 1.5 }])).toThrow(/rows\[0\] must be a hit/);
    expect(() => dispersionChart([{ ...HITS[0], doc_id: 7 } as never])).toThrow(DiscourseError);
    try {
      dispersionChart([...HITS, { ...HITS[0], date: "2003" }]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
