import { argumentError } from "../errors";
import type { OnWarning } from "../types";
import { CI_HIGH, CI_LOW, COLUMN_FORMAT, COUNT, GROUP, GROUP_START, MEASURE_TITLE, PER_1K, TERM, TOTAL_TOKENS } from "./columns";
import {
  checkOptionKeys,
  compareStrings,
  intOption,
  num,
  rowsError,
  stringOption,
  termsOption,
  titleText,
  VEGA_LITE_SCHEMA,
  warningOption,
  yearAxis,
  type ChartSpec,
  type DataRow,
  type JsonValue,
} from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a term-rate row {@link termRateBandChart} reads (`termRates` rows). */
export interface TermRateChartRow {
  readonly group: string;
  /** ISO date where the group's period starts; rows without one are left out. */
  readonly group_start: string | null;
  /** Second grouping; the chart draws one line per term, so a (group, term) must not repeat. */
  readonly split?: string | null;
  readonly term: string;
  readonly count: number;
  readonly total_tokens: number;
  /** Rate per 1,000 tokens; NaN for an empty group (left out). */
  readonly per_1k: number;
  /** Confidence interval of the rate per 1,000 tokens. */
  readonly ci_low: number;
  readonly ci_high: number;
}

/** Options of {@link termRateBandChart}. */
export interface TermRateBandChartOptions {
  /** Terms drawn, in legend order (default: every term, by total count descending, ties by term). */
  terms?: readonly string[];
  /** Chart title (default "Rate per 1,000 tokens with confidence bands"). */
  title?: string;
  /** Width in pixels (default 480). */
  width?: number;
  /** Height in pixels (default 260). */
  height?: number;
  /**
   * Receives warnings: rows without group_start (`no_group_start`), rows with no finite rate,
   * e.g. an empty group (`no_rate`), requested terms not in the rows (`term_not_found`).
   */
  onWarning?: OnWarning;
}

const FN = "termRateBandChart";
const OPTION_KEYS = ["terms", "title", "width", "height", "onWarning"] as const;

/**
 * Term rates over time with confidence bands: per term a line of the rate per 1,000
 * tokens over the period starts (UTC time axis, whole-year ticks for year starts), a
 * translucent band from `ci_low` to `ci_high` (opacity from the theme), and points whose
 * tooltips give group, term, count, total_tokens, per_1k, ci_low and ci_high.
 *
 * Rows without `group_start`, and rows whose rate is not finite (NaN for a group with no
 * tokens: JSON cannot carry NaN), are left out with a warning; a bound that is not finite
 * is written as null (the band has a gap there). The inline data (group, group_start,
 * term, count, total_tokens, per_1k, ci_low, ci_high) is sorted by term (legend order)
 * then period. Empty input gives a valid chart titled `... (no data)`.
 *
 * @param rows - term-rate rows (fields read: group, group_start, split, term, count,
 *   total_tokens, per_1k, ci_low, ci_high), e.g. from `termRates`.
 * @param options - see {@link TermRateBandChartOptions}.
 * @returns a layered Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for malformed rows, an empty `terms` list,
 *   unknown option keys; `invalid_input` when a group has a term twice (rows with several
 *   splits: filter one split first).
 *
 * @example
 * ```ts
 * const rows = termRates(sotuCorpus(), ["tariff", "iran"], { by: "decade" });
 * await show(termRateBandChart(rows, { onWarning: console.warn }));
 * ```
 */
export function termRateBandChart(rows: readonly TermRateChartRow[], options?: TermRateBandChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of term-rate rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r[TERM] !== "string" || typeof r[GROUP] !== "string") {
      throw argumentError(FN, `rows[${i}]`, "a term-rate row with string group and term", r);
    }
  });
  const requested = termsOption(FN, o.terms);
  const warn = warningOption(FN, o.onWarning);
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const height = intOption(FN, "height", o.height, CHART_SIZES.height);
  const title = stringOption(FN, "title", o.title) ?? "Rate per 1,000 tokens with confidence bands";

  const terms = requested ?? termsByCount(rows);
  if (requested && warn) {
    const present = new Set(rows.map((r) => r.term));
    for (const t of requested) {
      if (!present.has(t)) warn({ code: "term_not_found", message: `${FN}: term ${JSON.stringify(t)} is not in the rows; it gets no line` });
    }
  }
  const rank = new Map(terms.map((t, i) => [t, i]));
  let undated = 0;
  let noRate = 0;
  const picked: TermRateChartRow[] = [];
  for (const r of rows) {
    if (!rank.has(r.term)) continue;
    if (r.group_start == null) undated++;
    else if (num(r.per_1k) === null) noRate++;
    else picked.push(r);
  }
  if (undated > 0) warn?.({ code: "no_group_start", message: `${FN}: ${undated} row(s) without group_start (not grouped by period) left out` });
  if (noRate > 0) warn?.({ code: "no_rate", message: `${FN}: ${noRate} row(s) without a finite rate (a group with no tokens) left out` });
  picked.sort((a, b) => rank.get(a.term)! - rank.get(b.term)! || compareStrings(a.group_start!, b.group_start!) || compareStrings(a.group, b.group));
  for (let i = 1; i < picked.length; i++) {
    if (picked[i].term === picked[i - 1].term && picked[i].group === picked[i - 1].group) {
      throw rowsError(FN, `group ${JSON.stringify(picked[i].group)} has term ${JSON.stringify(picked[i].term)} twice (rows with several splits: keep one split)`);
    }
  }
  const values: DataRow[] = picked.map((r) => ({
    [GROUP]: r.group,
    [GROUP_START]: r.group_start,
    [TERM]: r.term,
    [COUNT]: num(r.count),
    [TOTAL_TOKENS]: num(r.total_tokens),
    [PER_1K]: num(r.per_1k),
    [CI_LOW]: num(r.ci_low),
    [CI_HIGH]: num(r.ci_high),
  }));

  const q = (field: string): JsonValue => ({ field, type: "quantitative", title: field, format: COLUMN_FORMAT[field] });
  const x: JsonValue = { field: GROUP_START, type: "temporal", scale: { type: "utc" }, axis: yearAxis([...new Set(values.map((v) => v[GROUP_START] as string))]) };
  const y: JsonValue = { field: PER_1K, type: "quantitative", title: MEASURE_TITLE.per_1k };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: "lines: rate per 1,000 tokens; bands: confidence interval" },
    data: { values },
    width,
    height,
    encoding: { x, color: { field: TERM, type: "nominal", title: TERM, sort: terms, legend: { orient: "top" } } },
    layer: [
      { mark: { type: "area" }, encoding: { y: { field: CI_LOW, type: "quantitative", title: MEASURE_TITLE.per_1k }, y2: { field: CI_HIGH } } },
      { mark: { type: "line" }, encoding: { y } },
      {
        mark: { type: "point" },
        encoding: {
          y,
          tooltip: [{ field: GROUP, type: "nominal", title: GROUP }, { field: TERM, type: "nominal", title: TERM }, q(COUNT), q(TOTAL_TOKENS), q(PER_1K), q(CI_LOW), q(CI_HIGH)],
        },
      },
    ],
    config: chartConfig(),
  };
}

/** Every term of the rows by summed count, descending, ties by term. */
function termsByCount(rows: readonly TermRateChartRow[]): string[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.term, (total.get(r.term) ?? 0) + (num(r.count) ?? 0));
  return [...total.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([t]) => t);
}
