import { describe, expect, test } from "vitest";
import { keynessChart } from "../../src/chart/keyness-chart";
import { VEGA_LITE_SCHEMA } from "../../src/chart/spec";
import { CHART_SIDES } from "../../src/chart/theme";
import { DiscourseError } from "../../src/errors";
import { KEY } from "./compare-fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

type Enc = { encoding: { color: { scale: { domain: string[]; range: string[] } }; tooltip: { field: string; title: string }[]; x: { title: string } } };

describe("keynessChart", () => {
  test("diverging bars: strongest target terms first (right), strongest reference terms last (left)", () => {
    const spec = keynessChart(KEY, { top: 2, targetLabel: "since 2001", referenceLabel: "before" });
    expectValidVegaLite(spec);
    expectGolden("keyness", spec);
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(spec.title).toBe("Key terms: since 2001 against before");
    expect(spec.data.values.map((v) => `${v.term}:${v.side}:${v.value}:${v.rank}`)).toEqual([
      "terror:since 2001:3.2:1",
      "iraq:since 2001:2.5:2",
      "treaty:before:-2.1:3",
      "shall:before:-4:4",
    ]);
  });

  test("colours the sides with the theme's target and reference colours, labelled by the options", () => {
    const { encoding } = keynessChart(KEY, { targetLabel: "A", referenceLabel: "B" }) as unknown as Enc;
    expect(encoding.color.scale).toEqual({ domain: ["A", "B"], range: [CHART_SIDES.target, CHART_SIDES.reference] });
    expect(encoding.x.title).toBe("log ratio: binary log of (A rate / B rate)");
  });

  test("tooltips show term, side, counts, rates, G2, p and log ratio", () => {
    const { encoding } = keynessChart(KEY) as unknown as Enc;
    expect(encoding.tooltip.map((t) => t.field)).toEqual(["term", "side", "n_target", "n_reference", "per_1k_target", "per_1k_reference", "g2", "p", "log_ratio"]);
    expect(encoding.tooltip[2].title).toBe("n target");
  });

  test("G2 bars are signed by direction and picked by G2", () => {
    const spec = keynessChart(KEY, { measure: "g2", top: 1 });
    expectValidVegaLite(spec);
    expect(spec.data.values.map((v) => `${v.term}:${v.value}`)).toEqual(["iraq:55", "shall:-60"]);
    expect((spec as unknown as Enc).encoding.x.title).toBe("log-likelihood G2 (negative: key in reference)");
  });

  test("rows with a non-finite bar length are left out", () => {
    const spec = keynessChart([...KEY, { ...KEY[0], term: "inf", log_ratio: Infinity }]);
    expect(spec.data.values.map((v) => v.term)).not.toContain("inf");
  });

  test("the same rows in any order give byte-identical specs", () => {
    expect(JSON.stringify(keynessChart([...KEY].reverse()))).toBe(JSON.stringify(keynessChart(KEY)));
  });

  test("empty rows give a valid chart titled (no data)", () => {
    const spec = keynessChart([]);
    expectValidVegaLite(spec);
    expect(spec.title).toBe("Key terms: target against reference (no data)");
  });

  test("bad options and rows throw invalid_argument naming the problem", () => {
    expect(() => keynessChart(KEY, { measure: "chi2" as never })).toThrow('keynessChart: option "measure" must be one of log_ratio, g2; got "chi2"');
    expect(() => keynessChart(KEY, { top: 0 })).toThrow(/option "top"/);
    expect(() => keynessChart(KEY, { targetLabel: "x", referenceLabel: "x" })).toThrow(/referenceLabel/);
    expect(() => keynessChart(KEY, { targetLabel: "" })).toThrow(/targetLabel/);
    expect(() => keynessChart(KEY, { colour: "red" } as never)).toThrow(/got "colour"/);
    expect(() => keynessChart([{ term: "x" } as never])).toThrow(/rows\[0\] must be a keyness row/);
    expect(() => keynessChart("rows" as never)).toThrow(DiscourseError);
  });

  test("a term twice is invalid input", () => {
    try {
      keynessChart([...KEY, KEY[0]]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
