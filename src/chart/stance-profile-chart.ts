import { argumentError } from "../errors";
import { checkOptionKeys, groupsWithMostWords, intOption, MAX_CHART_GROUPS, num, sortByRank, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a marker-rate row {@link stanceProfileChart} reads (`stanceMarkerRates` rows). */
export interface StanceProfileChartRow {
  readonly group: string;
  readonly group_start?: string | null;
  readonly category: string;
  readonly count: number;
  readonly n_words: number;
  readonly per_1k: number;
  readonly ci_low: number;
  readonly ci_high: number;
}

/** Options of {@link stanceProfileChart}. */
export interface StanceProfileChartOptions {
  /** Chart title (default "Stance markers per 1,000 words"). */
  title?: string;
  /** Width of the heat map in pixels (default 480). */
  width?: number;
  /**
   * Rows (groups) drawn at most (default 100, up to 5,000): past it, the groups with the
   * most words, in their order, and the subtitle says how many of how many are shown.
   */
  maxGroups?: number;
}

const FN = "stanceProfileChart";

/**
 * A stance profile: a heat map of marker categories (columns) by group (rows), both in the
 * order they first appear in the rows (`stanceMarkerRates` orders groups by date; the order
 * is a rank field of the data, `group_order` and `category_order`, so thousands of groups
 * still compile), the
 * rate per 1,000 words written in each cell, coloured from the lowest to the highest rate of
 * its category (self-mentions outnumber attitude markers, so one shared scale would hide
 * the differences between speakers); tooltips give count, words and the interval. More
 * groups than `maxGroups` (100) cannot be read as rows of a heat map: then the groups with
 * the most words are drawn and the subtitle says so (the table holds every group).
 *
 * @param rows Rows of `stanceMarkerRates`.
 * @param options See {@link StanceProfileChartOptions}.
 * @returns A Vega-Lite spec ({@link ChartSpec}).
 * @example
 * await show(stanceProfileChart(stanceMarkerRates(corpus, { by: "speaker" })));
 */
export function stanceProfileChart(rows: readonly StanceProfileChartRow[], options?: StanceProfileChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["title", "width", "maxGroups"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of marker-rate rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.group !== "string" || typeof r.category !== "string") throw argumentError(FN, `rows[${i}]`, "a marker-rate row with string group and category", r);
  });
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const title = stringOption(FN, "title", o.title) ?? "Stance markers per 1,000 words";
  const maxGroups = intOption(FN, "maxGroups", o.maxGroups, 100, MAX_CHART_GROUPS);
  const categories = [...new Set(rows.map((r) => r.category))];
  const { kept: groups, note } = groupsWithMostWords(rows, [...new Set(rows.map((r) => r.group))], maxGroups, "groups");
  const rank = new Map(groups.map((g, i) => [g, i]));
  const crank = new Map(categories.map((c, i) => [c, i]));
  const values: DataRow[] = rows
    .filter((r) => num(r.per_1k) !== null && rank.has(r.group))
    .sort((a, b) => rank.get(a.group)! - rank.get(b.group)! || crank.get(a.category)! - crank.get(b.category)!)
    .map((r) => ({
      group: r.group,
      group_order: rank.get(r.group)! + 1,
      category: r.category,
      category_order: crank.get(r.category)! + 1,
      count: num(r.count),
      n_words: num(r.n_words),
      per_1k: num(r.per_1k),
      ci_low: num(r.ci_low),
      ci_high: num(r.ci_high),
    }));
  const q = (field: string, format: string): JsonValue => ({ field, type: "quantitative", title: field, format });
  const x: JsonValue = { field: "category", type: "nominal", sort: sortByRank("category_order"), title: null, axis: { orient: "top", labelAngle: 0 } };
  const y: JsonValue = { field: "group", type: "nominal", sort: sortByRank("group_order"), title: null };
  const legend = "cells: markers per 1,000 words (Hyland 2005 categories); colour: lowest to highest rate of each category";
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: note === null ? legend : [legend, note] },
    data: { values },
    width,
    height: { step: CHART_SIZES.barStep },
    transform: [
      { joinaggregate: [{ op: "min", field: "per_1k", as: "category_min" }, { op: "max", field: "per_1k", as: "category_max" }], groupby: ["category"] },
      { calculate: "datum.category_max > datum.category_min ? (datum.per_1k - datum.category_min) / (datum.category_max - datum.category_min) : 0.5", as: "relative" },
    ],
    encoding: { x, y },
    layer: [
      {
        mark: { type: "rect" },
        encoding: {
          color: { field: "relative", type: "quantitative", title: "rate", scale: { scheme: { name: "blues", extent: [0, 0.7] }, domain: [0, 1] }, legend: { orient: "bottom", values: [0, 1], labelExpr: "datum.value === 0 ? 'lowest' : 'highest'" } },
          tooltip: [{ field: "group", type: "nominal", title: "group" }, { field: "category", type: "nominal", title: "category" }, q("count", "d"), q("n_words", "d"), q("per_1k", ".2f"), q("ci_low", ".2f"), q("ci_high", ".2f")],
        },
      },
      { mark: { type: "text" }, encoding: { text: { field: "per_1k", type: "quantitative", format: ".1f" } } },
    ],
    config: chartConfig(),
  };
}
