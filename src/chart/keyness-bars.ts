/**
 * Shared parts of the keyness charts: picking the strongest terms of each direction and
 * the diverging-bar encoding (internal to chart/).
 */
import { argumentError, checkOneOf } from "../errors";
import type { JsonValue } from "./spec";
import { compareStrings, num } from "./spec";

/** The fields of a keyness row the charts read. */
export interface KeynessChartRow {
  readonly term: string;
  readonly n_target: number;
  readonly n_reference: number;
  readonly per_1k_target: number;
  readonly per_1k_reference: number;
  readonly g2: number;
  readonly p: number;
  readonly log_ratio: number;
  readonly direction: string;
}

/** Measures a keyness bar can show. */
export const KEYNESS_BAR_MEASURES = ["log_ratio", "g2"] as const;
export type KeynessBarMeasure = (typeof KEYNESS_BAR_MEASURES)[number];

/** Bar length: log_ratio as is (negative when reference-key), g2 signed by direction. */
export function signedValue(r: KeynessChartRow, measure: KeynessBarMeasure): number | null {
  if (measure === "log_ratio") return num(r.log_ratio);
  const g = num(r.g2);
  return g === null ? null : r.direction === "target" ? g : -g;
}

/** Validates the rows of a keyness chart. */
export function checkKeynessRows(fn: string, rows: unknown): asserts rows is readonly KeynessChartRow[] {
  if (!Array.isArray(rows)) throw argumentError(fn, "rows", "an array of keyness rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.term !== "string" || (r.direction !== "target" && r.direction !== "reference")) {
      throw argumentError(fn, `rows[${i}]`, 'a keyness row with a string term and direction "target" or "reference"', r);
    }
  });
}

/** The `top` strongest rows of each direction by |signed value|, ties by term. */
export function strongest<R extends KeynessChartRow>(rows: readonly R[], measure: KeynessBarMeasure, top: number): R[] {
  const out: R[] = [];
  for (const dir of ["target", "reference"]) {
    const side = rows.filter((r) => r.direction === dir && signedValue(r, measure) !== null);
    side.sort((a, b) => Math.abs(signedValue(b, measure)!) - Math.abs(signedValue(a, measure)!) || compareStrings(a.term, b.term));
    out.push(...side.slice(0, top));
  }
  return out;
}

/** Checks the `measure` option. */
export function barMeasure(fn: string, value: unknown): KeynessBarMeasure {
  return value === undefined ? "log_ratio" : checkOneOf(fn, 'option "measure"', value, KEYNESS_BAR_MEASURES);
}

/** Axis title of a bar measure. */
export function barTitle(measure: KeynessBarMeasure, targetLabel: string, referenceLabel: string): string {
  return measure === "log_ratio"
    ? `log ratio (binary log of ${targetLabel} rate / ${referenceLabel} rate)`
    : `log-likelihood G2 (negative: key in ${referenceLabel})`;
}

/** Tooltip fields of a keyness bar. */
export function keynessTooltip(): JsonValue[] {
  return [
    { field: "term", type: "nominal", title: "term" },
    { field: "side", type: "nominal", title: "key in" },
    { field: "n_target", type: "quantitative", title: "n target", format: ",d" },
    { field: "n_reference", type: "quantitative", title: "n reference", format: ",d" },
    { field: "per_1k_target", type: "quantitative", title: "per 1k target", format: ".3f" },
    { field: "per_1k_reference", type: "quantitative", title: "per 1k reference", format: ".3f" },
    { field: "g2", type: "quantitative", title: "G2", format: ".2f" },
    { field: "p", type: "quantitative", title: "p", format: ".2e" },
    { field: "log_ratio", type: "quantitative", title: "log ratio", format: ".2f" },
  ];
}
