import { PANEL_ORDER, SPLIT, type TermMeasureRow } from "./columns";
import { compareStrings, intOption, sortByRank, titleText, VEGA_LITE_SCHEMA, type ChartSpec } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";
import { trendParts, type TrendOptions } from "./trend-layer";

/** Options of {@link termTrendByGroupChart}. */
export interface TermTrendByGroupChartOptions extends TrendOptions {
  /** Panels per row (default 3). */
  columns?: number;
  /** Width of each panel in pixels (default 260). */
  width?: number;
  /** Height of each panel in pixels (default 180). */
  height?: number;
}

const FN = "termTrendByGroupChart";

/**
 * {@link termTrendChart} split into small multiples: one panel per `split` value (party,
 * speaker, ...), panels sorted by split label and wrapped `columns` per row, sharing the
 * x (time) and y scales so panels compare, one colour per term across panels.
 *
 * Rows without `group_start` or without `split` are left out with a warning
 * (`no_group_start`, `no_split`). The inline data (group, group_start, split, term,
 * count, per_1k[, tfidf]) is sorted by split, term, period. Empty input gives a valid
 * empty chart titled `... (no data)`.
 *
 * @param rows - term-frequency rows grouped by period and split (fields read: group,
 *   group_start, split, term, count, per_1k, tfidf).
 * @param options - see {@link TermTrendByGroupChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for an unknown measure, an empty `terms`
 *   list, `top` or `columns` < 1; `invalid_input` when a period and split has a term twice.
 *
 * @example
 * ```ts
 * const rows = termFrequency(tokens, { groupBy: "decade", splitBy: "party" });
 * const spec = termTrendByGroupChart(rows, { terms: ["tax", "war"], columns: 2 });
 * await show(spec);
 * ```
 */
export function termTrendByGroupChart(rows: readonly TermMeasureRow[], options?: TermTrendByGroupChartOptions): ChartSpec {
  const { title, options: o, values, unit } = trendParts(FN, rows, options, true, ["columns"]);
  const columns = intOption(FN, "columns", o.columns, 3);
  const splits = [...new Set(values.map((v) => v[SPLIT] as string))].sort(compareStrings);
  const order = new Map(splits.map((sp, i) => [sp, i + 1]));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values: values.map((v) => ({ ...v, [PANEL_ORDER]: order.get(v[SPLIT] as string)! })) },
    facet: { field: SPLIT, type: "nominal", title: null, sort: sortByRank(PANEL_ORDER) },
    columns,
    spec: {
      width: intOption(FN, "width", o.width, CHART_SIZES.panelWidth),
      height: intOption(FN, "height", o.height, CHART_SIZES.panelHeight),
      ...unit,
    },
    config: chartConfig(),
  };
}
