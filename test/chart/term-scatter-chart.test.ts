import { describe, expect, test } from "vitest";
import { termScatterChart } from "../../src/chart/term-scatter-chart";
import type { Warning } from "../../src/types";
import { DiscourseError } from "../../src/errors";
import { SCATTER } from "./compare-fixtures";
import { expectGolden } from "./golden";
import { expectValidVegaLite } from "./schema";

type Layer = { mark: { type: string }; encoding: Record<string, { field?: string; title?: unknown; scale?: { type?: string; domain?: number[] } }> & { tooltip?: { field: string }[] } };

describe("termScatterChart", () => {
  test("rate in A against rate in B on symlog axes with the diagonal, colour the log ratio", () => {
    const spec = termScatterChart(SCATTER, { targetLabel: "Bush 2002", referenceLabel: "Obama 2015", labelTop: 2 });
    expectValidVegaLite(spec);
    expectGolden("term-scatter", spec);
    const [rule, points, text] = spec.layer as Layer[];
    expect([rule.mark.type, points.mark.type, text.mark.type]).toEqual(["rule", "point", "text"]);
    expect(points.encoding.x.field).toBe("per_1k_target");
    expect(points.encoding.y.field).toBe("per_1k_reference");
    expect(points.encoding.x.scale).toEqual(points.encoding.y.scale);
    expect(points.encoding.x.scale!.type).toBe("symlog");
    expect(points.encoding.color.field).toBe("log_ratio");
    expect(points.encoding.color.scale!.domain).toEqual([-4, 0, 4]);
  });

  test("concordance lines are flattened to three string fields per side", () => {
    const spec = termScatterChart(SCATTER);
    const v = Object.fromEntries(spec.data.values.map((x) => [x.term, x]));
    expect(v.shall).toMatchObject({ kwic_target_1: "line 1 with shall in A", kwic_target_3: "line 3 with shall in A", kwic_reference_1: "only line with shall in B", kwic_reference_2: "" });
    expect(v.terror).toMatchObject({ kwic_target_1: "", kwic_reference_1: "" });
    expect(Object.values(v.shall).some((x) => Array.isArray(x))).toBe(false);
    const tooltip = (spec.layer as Layer[])[1].encoding.tooltip!.map((t) => t.field);
    expect(tooltip).toEqual([
      "term", "n_target", "n_reference", "per_1k_target", "per_1k_reference", "g2", "log_ratio",
      "kwic_target_1", "kwic_target_2", "kwic_target_3", "kwic_reference_1", "kwic_reference_2", "kwic_reference_3",
    ]);
  });

  test("labels the labelTop terms with the largest |log_ratio| (default 15, 0 for none)", () => {
    const labels = (o?: { labelTop?: number }) => termScatterChart(SCATTER, o).data.values.filter((x) => x.label !== null).map((x) => x.label);
    expect(labels({ labelTop: 2 })).toEqual(["shall", "terror"]);
    expect(labels()).toHaveLength(5);
    expect(labels({ labelTop: 0 })).toEqual([]);
  });

  test("rows without finite rates are left out with a warning", () => {
    const warnings: Warning[] = [];
    const spec = termScatterChart([...SCATTER, { ...SCATTER[0], term: "nan", per_1k_target: NaN }], { onWarning: (w) => warnings.push(w) });
    expect(spec.data.values.map((x) => x.term)).not.toContain("nan");
    expect(warnings.map((w) => w.code)).toEqual(["no_rate"]);
  });

  test("the same rows in any order give byte-identical specs", () => {
    expect(JSON.stringify(termScatterChart([...SCATTER].reverse()))).toBe(JSON.stringify(termScatterChart(SCATTER)));
  });

  test("empty rows give a valid chart titled (no data)", () => {
    const spec = termScatterChart([]);
    expectValidVegaLite(spec);
    expect((spec.title as { text: string }).text).toBe("target against reference (no data)");
  });

  test("bad options and rows throw", () => {
    expect(() => termScatterChart(SCATTER, { labelTop: -1 })).toThrow(/option "labelTop"/);
    expect(() => termScatterChart(SCATTER, { size: 0 })).toThrow(/option "size"/);
    expect(() => termScatterChart(SCATTER, { xLabel: "A" } as never)).toThrow(/got "xLabel"/);
    expect(() => termScatterChart([{ ...SCATTER[0], kwic_target: "a line" } as never])).toThrow(/kwic_target must be an array of strings/);
    expect(() => termScatterChart([{} as never])).toThrow(/rows\[0\]/);
    try {
      termScatterChart([...SCATTER, SCATTER[1]]);
      expect.unreachable();
    } catch (e) {
      expect((e as DiscourseError).code).toBe("invalid_input");
    }
  });
});
