/**
 * Shared parts of the keyness charts (keynessChart, periodKeynessChart): row checks,
 * picking the strongest terms of each direction, the inline data of a bar and the
 * diverging-bar unit spec (internal to chart/).
 */
import { argumentError, checkOneOf } from "../errors";
import {
  COLUMN_FORMAT,
  DIRECTION,
  G2,
  LOG_RATIO,
  N_REFERENCE,
  N_TARGET,
  P,
  PER_1K_REFERENCE,
  PER_1K_TARGET,
  RANK,
  SIDE,
  TERM,
  VALUE,
} from "./columns";
import { compareStrings, num, rowsError, stringOption, type DataRow, type JsonValue } from "./spec";
import { CHART_SIDES } from "./theme";

/**
 * The fields of a keyness row the keyness charts read (a structural subset of the rows of
 * `keyness` / `keynessOfCounts`; other fields such as chi2, p_adjusted, pct_diff are ignored).
 */
export interface KeynessChartRow {
  readonly term: string;
  /** Occurrences in the target and in the reference. */
  readonly n_target: number;
  readonly n_reference: number;
  /** Rates per 1,000 tokens in the target and in the reference. */
  readonly per_1k_target: number;
  readonly per_1k_reference: number;
  /** Log-likelihood G2 (>= 0) and its p-value. */
  readonly g2: number;
  readonly p: number;
  /** Binary log of the target rate over the reference rate (negative: key in the reference). */
  readonly log_ratio: number;
  /** Where the term is key: "target" (more frequent in the target) or "reference". */
  readonly direction: "target" | "reference";
}

/**
 * Bar length of a keyness chart: "log_ratio" (as is, negative when key in the reference)
 * or "g2" (log-likelihood, negated when key in the reference).
 */
export type KeynessBarMeasure = "log_ratio" | "g2";

/** Measures a keyness bar can show. */
export const KEYNESS_BAR_MEASURES: readonly KeynessBarMeasure[] = ["log_ratio", "g2"];

/** Bar length: log_ratio as is, g2 signed by direction; null when not finite. */
export function signedValue(r: KeynessChartRow, measure: KeynessBarMeasure): number | null {
  if (measure === LOG_RATIO) return num(r.log_ratio);
  const g = num(r.g2);
  return g === null ? null : r.direction === "target" ? g : -g;
}

/** Throws unless `rows` is an array of keyness rows (string term, direction target|reference). */
export function checkKeynessRows(fn: string, rows: unknown): asserts rows is readonly KeynessChartRow[] {
  if (!Array.isArray(rows)) throw argumentError(fn, "rows", "an array of keyness rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.term !== "string" || (r[DIRECTION] !== "target" && r[DIRECTION] !== "reference")) {
      throw argumentError(fn, `rows[${i}]`, 'a keyness row with a string term and direction "target" or "reference"', r);
    }
  });
}

/**
 * The `top` strongest rows of each direction by |signed value| (ties by term), rows
 * without a finite value left out, returned in bar order: signed value descending (the
 * strongest target term first, the strongest reference term last), ties by term.
 * Throws `invalid_input` when a term appears twice (`where` names the panel).
 */
export function strongest<R extends KeynessChartRow>(fn: string, rows: readonly R[], measure: KeynessBarMeasure, top: number, where = ""): R[] {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.term)) throw rowsError(fn, `term ${JSON.stringify(r.term)} appears twice${where}`);
    seen.add(r.term);
  }
  const out: R[] = [];
  for (const dir of ["target", "reference"]) {
    const side = rows.filter((r) => r.direction === dir && signedValue(r, measure) !== null);
    side.sort((a, b) => Math.abs(signedValue(b, measure)!) - Math.abs(signedValue(a, measure)!) || compareStrings(a.term, b.term));
    out.push(...side.slice(0, top));
  }
  return out.sort((a, b) => signedValue(b, measure)! - signedValue(a, measure)! || compareStrings(a.term, b.term));
}

/** Checks the `measure` option (default "log_ratio"). */
export function barMeasure(fn: string, value: unknown): KeynessBarMeasure {
  return value === undefined ? LOG_RATIO : checkOneOf(fn, 'option "measure"', value, KEYNESS_BAR_MEASURES);
}

/** The two side labels (options `targetLabel`, `referenceLabel`), which must differ. */
export function sideLabels(fn: string, o: Record<string, unknown>, target: string, reference: string): [string, string] {
  const t = stringOption(fn, "targetLabel", o.targetLabel) ?? target;
  const r = stringOption(fn, "referenceLabel", o.referenceLabel) ?? reference;
  if (t === r) throw argumentError(fn, 'option "referenceLabel"', "a label other than targetLabel", r);
  return [t, r];
}

/** Axis title of a bar measure. */
export function barTitle(measure: KeynessBarMeasure, targetName: string, referenceName: string): string {
  return measure === LOG_RATIO
    ? `log ratio: binary log of (${targetName} rate / ${referenceName} rate)`
    : `log-likelihood G2 (negative: key in ${referenceName})`;
}

/** One bar's inline data row: term, side label, rank, signed value and the tooltip fields. */
export function keynessValue(r: KeynessChartRow, rank: number, measure: KeynessBarMeasure, targetLabel: string, referenceLabel: string): DataRow {
  return {
    [TERM]: r.term,
    [SIDE]: r.direction === "target" ? targetLabel : referenceLabel,
    [RANK]: rank,
    [VALUE]: signedValue(r, measure),
    [N_TARGET]: num(r.n_target),
    [N_REFERENCE]: num(r.n_reference),
    [PER_1K_TARGET]: num(r.per_1k_target),
    [PER_1K_REFERENCE]: num(r.per_1k_reference),
    [G2]: num(r.g2),
    [P]: num(r.p),
    [LOG_RATIO]: num(r.log_ratio),
  };
}

/**
 * The diverging-bar unit spec: terms on y in rank order, the signed value on x, colour
 * the side (target colour to the right, reference colour to the left, legend on top),
 * tooltips with the counts, rates, G2, p and log ratio; `targetName` and `referenceName`
 * title the per-side tooltip fields.
 */
export function keynessUnit(
  measure: KeynessBarMeasure,
  labels: { target: string; reference: string; targetName: string; referenceName: string },
  leading: JsonValue[] = [],
): Record<string, JsonValue> {
  const q = (field: string, title: string): JsonValue => ({ field, type: "quantitative", title, format: COLUMN_FORMAT[field] });
  const tooltip: JsonValue[] = [
    ...leading,
    { field: TERM, type: "nominal", title: TERM },
    { field: SIDE, type: "nominal", title: "key in" },
    q(N_TARGET, `n ${labels.targetName}`),
    q(N_REFERENCE, `n ${labels.referenceName}`),
    q(PER_1K_TARGET, `per 1k ${labels.targetName}`),
    q(PER_1K_REFERENCE, `per 1k ${labels.referenceName}`),
    q(G2, "G2"),
    q(P, "p"),
    q(LOG_RATIO, "log ratio"),
  ];
  return {
    mark: { type: "bar" },
    encoding: {
      y: { field: TERM, type: "nominal", title: null, sort: { field: RANK, op: "min", order: "ascending" } },
      x: { field: VALUE, type: "quantitative", title: barTitle(measure, labels.targetName, labels.referenceName) },
      color: {
        field: SIDE,
        type: "nominal",
        title: "key in",
        scale: { domain: [labels.target, labels.reference], range: [CHART_SIDES.target, CHART_SIDES.reference] },
        legend: { orient: "top" },
      },
      tooltip,
    },
  };
}
