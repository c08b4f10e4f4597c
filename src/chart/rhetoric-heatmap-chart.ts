import { checkRhetoricRows } from "./rhetoric-rows";
import type { RhetoricSummaryRow } from "../measure/rhetoric-summary";
import { checkOptionKeys, groupOrder, groupsWithMostWords, intOption, MAX_CHART_GROUPS, num, sortByRank, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a summary row {@link rhetoricHeatmapChart} reads. */
export type RhetoricHeatmapRow = Pick<RhetoricSummaryRow, "group" | "group_start" | "rule" | "count" | "n_words" | "per_1k"> & { readonly technique?: string | null };

/** Options of {@link rhetoricHeatmapChart}. */
export interface RhetoricHeatmapChartOptions {
  /** Rules drawn, top to bottom (default: every rule of the rows, in row order). */
  rules?: readonly string[];
  /** Width of one cell in pixels (default 26). */
  cellWidth?: number;
  /** Height of one cell in pixels (default 18). */
  cellHeight?: number;
  /** Chart title (default "Rhetorical patterns per 1,000 words"). */
  title?: string;
  /**
   * Columns (groups) drawn at most (default 100, up to 5,000): past it, the groups with the
   * most words, in date order, and the subtitle says how many of how many are shown.
   */
  maxGroups?: number;
}

const FN = "rhetoricHeatmapChart";
const OPTION_KEYS = ["rules", "cellWidth", "cellHeight", "title", "maxGroups"] as const;

/**
 * A heatmap of rule rates across speeches or periods: one column per group (in date
 * order, then label), one row per rule, cells coloured by matches per 1,000 words on a
 * square-root scale (so one frequent rule does not wash out the rest; the theme's
 * sequential heatmap range). Tooltips show the group, rule, technique, count,
 * words and rate. Inline data: one row per drawn cell, sorted by rule order then group,
 * with the rank fields `group_order` and `rule_order` that order the axes (an explicit
 * list of thousands of groups would overflow Vega's expression compiler). More groups
 * than `maxGroups` (100) cannot be read as columns: then the groups with the most words are
 * drawn and the subtitle says so (the table holds every group).
 *
 * @param rows - rows of {@link rhetoricSummary} (fields read: group, group_start, rule,
 *   technique, count, n_words, per_1k).
 * @param options - see {@link RhetoricHeatmapChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}); no rows give a valid chart titled `... (no data)`.
 * @throws DiscourseError `invalid_argument` for rows without string group and rule, an
 *   empty `rules` list, unknown option keys.
 * @example
 * const s = rhetoricSummary(corpus, rhetoricMatches(corpus), { by: "decade" });
 * await show(rhetoricHeatmapChart(s, { rules: ["absolutes", "in-group", "out-group"] }));
 */
export function rhetoricHeatmapChart(rows: readonly RhetoricHeatmapRow[], options?: RhetoricHeatmapChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  const wanted = checkRhetoricRows(FN, rows, o.rules);
  const rules = wanted ? [...wanted] : [...new Set(rows.map((r) => r.rule))];
  const rank = new Map(rules.map((r, i) => [r, i]));
  const maxGroups = intOption(FN, "maxGroups", o.maxGroups, 100, MAX_CHART_GROUPS);
  const ruled = rows.filter((r) => rank.has(r.rule));
  const { kept: groups, note } = groupsWithMostWords(ruled, groupOrder(ruled), maxGroups, "groups");
  const gRank = new Map(groups.map((g, i) => [g, i]));
  const values: DataRow[] = ruled
    .filter((r) => gRank.has(r.group))
    .sort((a, b) => rank.get(a.rule)! - rank.get(b.rule)! || gRank.get(a.group)! - gRank.get(b.group)!)
    .map((r) => ({
      group: r.group,
      group_order: gRank.get(r.group)! + 1,
      rule: r.rule,
      rule_order: rank.get(r.rule)! + 1,
      technique: r.technique ?? null,
      count: num(r.count),
      n_words: num(r.n_words),
      per_1k: num(r.per_1k),
    }));
  const cellWidth = intOption(FN, "cellWidth", o.cellWidth, 26, 400);
  const title = titleText(stringOption(FN, "title", o.title) ?? "Rhetorical patterns per 1,000 words", values.length === 0);
  const cellHeight = intOption(FN, "cellHeight", o.cellHeight, CHART_SIZES.barStep, 400);
  const encoding: Record<string, JsonValue> = {
    x: { field: "group", type: "ordinal", sort: sortByRank("group_order"), title: null, axis: { labelAngle: -45, labelOverlap: false, labelLimit: 320 } },
    y: { field: "rule", type: "nominal", sort: sortByRank("rule_order"), title: null },
    color: { field: "per_1k", type: "quantitative", title: "per 1,000 words", scale: { type: "sqrt" }, legend: { orient: "right" } },
    tooltip: [
      { field: "group", type: "nominal" },
      { field: "rule", type: "nominal" },
      { field: "technique", type: "nominal" },
      { field: "count", type: "quantitative" },
      { field: "n_words", type: "quantitative", title: "words" },
      { field: "per_1k", type: "quantitative", format: ".2f" },
    ],
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: note === null ? title : { text: title, subtitle: note },
    data: { values },
    width: { step: cellWidth },
    height: { step: cellHeight },
    mark: { type: "rect" },
    encoding,
    config: chartConfig(),
  };
}
