import type { TermMeasureRow } from "./columns";
import { intOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";
import { trendParts, type TrendOptions } from "./trend-layer";

/** Options of {@link termTrendChart}. */
export interface TermTrendChartOptions extends TrendOptions {
  /** Width in pixels (default 480). */
  width?: number;
  /** Height in pixels (default 260). */
  height?: number;
}

const FN = "termTrendChart";

/**
 * Line chart of terms over time: one line per term, x = the period start
 * (`group_start`, a temporal axis in UTC so years never shift with the time zone;
 * year-precision starts get whole-year ticks labelled like "1850"), y = `per_1k` or
 * another measure, with points and tooltips (group label, term, count, per_1k).
 *
 * Rows need `group_start`: group the frequencies by period (e.g. decades). Rows with a
 * null `group_start` are left out with a `no_group_start` warning; requested terms that
 * are not in the rows get a `term_not_found` warning. The inline data holds only the
 * plotted rows (group, group_start, term, count, per_1k[, tfidf]) sorted by term (in
 * legend order), then period. Empty input gives a valid empty chart titled
 * `... (no data)`.
 *
 * @param rows - term-frequency rows grouped by period (fields read: group, group_start,
 *   split, term, count, per_1k, tfidf).
 * @param options - see {@link TermTrendChartOptions}; `terms` defaults to the 5 (`top`)
 *   terms with the highest total count.
 * @returns a Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for an unknown measure, an empty or repeated
 *   `terms` list, `top` < 1; `invalid_input` when a period has the same term twice (rows
 *   with a `split`: use {@link termTrendByGroupChart}).
 *
 * @example
 * ```ts
 * const rows = termFrequency(tokens, { groupBy: "decade" });
 * const spec = termTrendChart(rows, { terms: ["liberty", "union", "freedom"] });
 * await show(spec);
 * ```
 */
export function termTrendChart(rows: readonly TermMeasureRow[], options?: TermTrendChartOptions): ChartSpec {
  const { title, options: o, values, unit } = trendParts(FN, rows, options, false);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width: intOption(FN, "width", o.width, CHART_SIZES.width),
    height: intOption(FN, "height", o.height, CHART_SIZES.height),
    ...unit,
    config: chartConfig(),
  };
}
