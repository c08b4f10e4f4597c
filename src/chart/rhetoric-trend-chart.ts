import { checkRhetoricRows } from "./rhetoric-rows";
import { checkOptionKeys, compareStrings, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, yearAxis, type ChartSpec, type DataRow } from "./spec";
import type { RhetoricHeatmapRow } from "./rhetoric-heatmap-chart";
import { CHART_SIZES, chartConfig } from "./theme";

/** Options of {@link rhetoricTrendChart}. */
export interface RhetoricTrendChartOptions {
  /** Rules drawn (default: the 5 with the most matches). */
  rules?: readonly string[];
  /** How many rules to draw when `rules` is not given (default 5). */
  top?: number;
  /** Width in pixels (default 480). */
  width?: number;
  /** Height in pixels (default 260). */
  height?: number;
  /** Chart title (default "Rhetorical patterns over time"). */
  title?: string;
}

const FN = "rhetoricTrendChart";
const OPTION_KEYS = ["rules", "top", "width", "height", "title"] as const;

/**
 * A per-rule trend over dates: one line per rule, x = the period start (`group_start`,
 * UTC), y = matches per 1,000 words, with points and tooltips (group, rule, count, words,
 * rate). Rows without a `group_start` (undated groups) are left out. Inline data: the
 * plotted rows sorted by rule (legend order) then date.
 *
 * @param rows - rows of {@link rhetoricSummary} grouped by a date (year, decade, period, era).
 * @param options - see {@link RhetoricTrendChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}); no dated rows give a valid chart titled `... (no data)`.
 * @throws DiscourseError `invalid_argument` for rows without string group and rule, an
 *   empty `rules` list, `top` < 1, unknown option keys.
 * @example
 * const s = rhetoricSummary(corpus, rhetoricMatches(corpus), { by: "decade" });
 * await show(rhetoricTrendChart(s, { rules: ["absolutes", "appeal-to-history"] }));
 */
export function rhetoricTrendChart(rows: readonly RhetoricHeatmapRow[], options?: RhetoricTrendChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  const wanted = checkRhetoricRows(FN, rows, o.rules);
  const top = intOption(FN, "top", o.top, 5, 1000);
  const dated = rows.filter((r) => typeof r.group_start === "string");
  let rules: string[];
  if (wanted) rules = [...wanted];
  else {
    const totals = new Map<string, number>();
    for (const r of dated) totals.set(r.rule, (totals.get(r.rule) ?? 0) + (num(r.count) ?? 0));
    rules = [...totals.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).slice(0, top).map(([r]) => r);
  }
  const rank = new Map(rules.map((r, i) => [r, i]));
  const values: DataRow[] = dated
    .filter((r) => rank.has(r.rule))
    .sort((a, b) => rank.get(a.rule)! - rank.get(b.rule)! || compareStrings(a.group_start!, b.group_start!))
    .map((r) => ({ group: r.group, group_start: r.group_start, rule: r.rule, count: num(r.count), n_words: num(r.n_words), per_1k: num(r.per_1k) }));
  const starts = [...new Set(values.map((v) => v.group_start as string))];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(stringOption(FN, "title", o.title) ?? "Rhetorical patterns over time", values.length === 0),
    data: { values },
    width: intOption(FN, "width", o.width, CHART_SIZES.width),
    height: intOption(FN, "height", o.height, CHART_SIZES.height),
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "group_start", type: "temporal", scale: { type: "utc" }, axis: yearAxis(starts) },
      y: { field: "per_1k", type: "quantitative", title: "per 1,000 words" },
      color: { field: "rule", type: "nominal", sort: rules, title: "rule", legend: { orient: "top" } },
      tooltip: [
        { field: "group", type: "nominal" },
        { field: "rule", type: "nominal" },
        { field: "count", type: "quantitative" },
        { field: "n_words", type: "quantitative", title: "words" },
        { field: "per_1k", type: "quantitative", format: ".2f" },
      ],
    },
    config: chartConfig(),
  };
}
