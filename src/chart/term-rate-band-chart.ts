import { argumentError } from "../errors";
import type { OnWarning } from "../types";
import { checkOptionKeys, compareStrings, intOption, num, stringOption, termsOption, titleText, VEGA_LITE_SCHEMA, warningOption, yearAxis, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a term-rate row the chart reads (`termRates` rows). */
export interface TermRateChartRow {
  readonly group: string;
  readonly group_start: string | null;
  readonly term: string;
  readonly count: number;
  readonly total_tokens: number;
  readonly per_1k: number;
  readonly ci_low: number;
  readonly ci_high: number;
}

/** Options of {@link termRateBandChart}. */
export interface TermRateBandChartOptions {
  /** Terms drawn, in legend order (default: every term of the rows, in row order). */
  terms?: readonly string[];
  /** Chart title (default "Rate per 1,000 tokens with confidence bands"). */
  title?: string;
  /** Width and height in pixels (defaults 480 and 260). */
  width?: number;
  height?: number;
  /** Receives a warning when rows without a date or rate are left out. */
  onWarning?: OnWarning;
}

const FN = "termRateBandChart";

/**
 * Term rates over time with confidence bands: per term a line of the rate per 1,000
 * tokens over the period starts, a translucent band from `ci_low` to `ci_high`, and points
 * whose tooltips give the counts behind each rate.
 *
 * @param rows Rows of `termRates` (Wilson intervals).
 * @param options `terms` (all), `title`, `width` (480), `height` (260), `onWarning`
 *   (rows without `group_start` or with an undefined rate, e.g. an empty period, are left out).
 * @returns A layered Vega-Lite spec with a UTC time axis.
 * @example
 * await show(termRateBandChart(termRates(sotuCorpus(), ["tariff", "iran"], { by: "decade" })));
 */
export function termRateBandChart(rows: readonly TermRateChartRow[], options?: TermRateBandChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["terms", "title", "width", "height", "onWarning"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of term-rate rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.term !== "string" || typeof r.group !== "string") {
      throw argumentError(FN, `rows[${i}]`, "a term-rate row with string group and term", r);
    }
  });
  const requested = termsOption(FN, o.terms);
  const warn = warningOption(FN, o.onWarning);
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const height = intOption(FN, "height", o.height, CHART_SIZES.height);
  const title = stringOption(FN, "title", o.title) ?? "Rate per 1,000 tokens with confidence bands";
  const terms = requested ?? [...new Set(rows.map((r) => r.term))];
  const keep = new Set(terms);
  let dropped = 0;
  const values: DataRow[] = [];
  for (const r of rows) {
    if (!keep.has(r.term)) continue;
    const rate = num(r.per_1k);
    if (r.group_start == null || rate === null) {
      dropped++;
      continue;
    }
    values.push({ group: r.group, group_start: r.group_start, term: r.term, count: num(r.count), total_tokens: num(r.total_tokens), per_1k: rate, ci_low: num(r.ci_low), ci_high: num(r.ci_high) });
  }
  if (dropped > 0) warn?.({ code: "no_rate", message: `${FN}: ${dropped} row(s) without a period start or a rate (empty period) left out` });
  const rank = new Map(terms.map((t, i) => [t, i]));
  values.sort((a, b) => rank.get(a.term as string)! - rank.get(b.term as string)! || compareStrings(a.group_start as string, b.group_start as string));
  const x: JsonValue = { field: "group_start", type: "temporal", scale: { type: "utc" }, axis: yearAxis([...new Set(values.map((v) => v.group_start as string))]) };
  const color: JsonValue = { field: "term", type: "nominal", title: "term", sort: terms };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width,
    height,
    encoding: { x, color },
    layer: [
      { mark: { type: "area", opacity: 0.18 }, encoding: { y: { field: "ci_low", type: "quantitative", title: "per 1,000 tokens" }, y2: { field: "ci_high" } } },
      {
        mark: { type: "line", point: true },
        encoding: {
          y: { field: "per_1k", type: "quantitative" },
          tooltip: [
            { field: "group", type: "nominal", title: "period" },
            { field: "term", type: "nominal", title: "term" },
            { field: "count", type: "quantitative", title: "count", format: ",d" },
            { field: "total_tokens", type: "quantitative", title: "tokens", format: ",d" },
            { field: "per_1k", type: "quantitative", title: "per 1,000", format: ".3f" },
            { field: "ci_low", type: "quantitative", title: "CI low", format: ".3f" },
            { field: "ci_high", type: "quantitative", title: "CI high", format: ".3f" },
          ],
        },
      },
    ],
    config: chartConfig(),
  };
}
