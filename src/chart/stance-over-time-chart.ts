import { argumentError } from "../errors";
import type { OnWarning } from "../types";
import { checkOptionKeys, compareStrings, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, warningOption, yearAxis, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIDES, CHART_SIZES, chartConfig } from "./theme";

/** The fields of a stance-by-period row {@link stanceOverTimeChart} reads (`targetStanceByPeriod` rows). */
export interface StanceOverTimeChartRow {
  readonly group: string;
  /** ISO date where the group's period starts; rows without one are left out. */
  readonly group_start: string | null;
  readonly target: string;
  readonly n_mentions: number;
  readonly n_favor: number;
  readonly n_against: number;
  readonly mean_score: number;
  readonly ci_low: number;
  readonly ci_high: number;
  readonly label: string | null;
  readonly evidence: string;
}

/** Options of {@link stanceOverTimeChart}. */
export interface StanceOverTimeChartOptions {
  /** Chart title (default "Stance toward <target> over time"). */
  title?: string;
  /** Width in pixels (default 480). */
  width?: number;
  /** Height in pixels (default 260). */
  height?: number;
  /** Receives `no_group_start` and `no_mentions` warnings for rows left out. */
  onWarning?: OnWarning;
}

const FN = "stanceOverTimeChart";
const OPTION_KEYS = ["title", "width", "height", "onWarning"] as const;
const LABELS = ["FAVOR", "NONE", "AGAINST"];

/**
 * Stance toward a target over time: per target a line of the mean mention score over the
 * period starts, a band for its interval, a rule at 0, and points coloured FAVOR / NONE /
 * AGAINST (theme colours) whose tooltips carry the counts and the evidence sentences.
 * Rows without `group_start` or without mentions are left out with a warning; inline
 * data sorted by target then period. Empty input gives a valid chart titled `... (no data)`.
 *
 * @param rows Rows of `targetStanceByPeriod` (fields read: see {@link StanceOverTimeChartRow}).
 * @param options See {@link StanceOverTimeChartOptions}.
 * @returns A layered Vega-Lite spec ({@link ChartSpec}).
 * @example
 * const rows = targetStanceByPeriod(corpus, { name: "talks with the US", terms: ["talks"], near: ["US"] }, { by: "year" });
 * await show(stanceOverTimeChart(rows));
 */
export function stanceOverTimeChart(rows: readonly StanceOverTimeChartRow[], options?: StanceOverTimeChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of stance-by-period rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.group !== "string" || typeof r.target !== "string") throw argumentError(FN, `rows[${i}]`, "a stance-by-period row with string group and target", r);
  });
  const warn = warningOption(FN, o.onWarning);
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const height = intOption(FN, "height", o.height, CHART_SIZES.height);
  const targets = [...new Set(rows.map((r) => r.target))].sort(compareStrings);
  const title = stringOption(FN, "title", o.title) ?? (targets.length === 1 ? `Stance toward ${targets[0]} over time` : "Stance over time");
  let undated = 0;
  let empty = 0;
  const picked = rows.filter((r) => {
    if (r.group_start == null) return void undated++, false;
    if (!(r.n_mentions > 0) || num(r.mean_score) === null) return void empty++, false;
    return true;
  });
  if (undated > 0) warn?.({ code: "no_group_start", message: `${FN}: ${undated} row(s) without group_start (not grouped by period) left out` });
  if (empty > 0) warn?.({ code: "no_mentions", message: `${FN}: ${empty} period(s) without mentions of the target left out` });
  picked.sort((a, b) => compareStrings(a.target, b.target) || compareStrings(a.group_start!, b.group_start!) || compareStrings(a.group, b.group));
  const values: DataRow[] = picked.map((r) => ({
    group: r.group,
    group_start: r.group_start,
    target: r.target,
    n_mentions: num(r.n_mentions),
    n_favor: num(r.n_favor),
    n_against: num(r.n_against),
    mean_score: num(r.mean_score),
    ci_low: num(r.ci_low),
    ci_high: num(r.ci_high),
    label: r.label,
    evidence: r.evidence,
  }));
  const x: JsonValue = { field: "group_start", type: "temporal", scale: { type: "utc" }, axis: yearAxis([...new Set(values.map((v) => v.group_start as string))]) };
  const yTitle = "mean stance score (< 0 against, > 0 for)";
  const y: JsonValue = { field: "mean_score", type: "quantitative", title: yTitle };
  const q = (field: string, format: string): JsonValue => ({ field, type: "quantitative", title: field, format });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: "line: mean score of the mentions; band: confidence interval; tooltip: evidence" },
    data: { values },
    width,
    height,
    layer: [
      { mark: { type: "rule" }, encoding: { y: { datum: 0, type: "quantitative" } } },
      { mark: { type: "area" }, encoding: { x, y: { field: "ci_low", type: "quantitative", title: yTitle }, y2: { field: "ci_high" }, detail: { field: "target", type: "nominal" } } },
      { mark: { type: "line" }, encoding: { x, y, detail: { field: "target", type: "nominal" } } },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x,
          y,
          shape: { field: "target", type: "nominal", title: "target", legend: targets.length > 1 ? { orient: "top" } : null },
          color: { field: "label", type: "nominal", title: "stance", scale: { domain: LABELS, range: [CHART_SIDES.reference, CHART_SIDES.neutral, CHART_SIDES.target] }, legend: { orient: "top" } },
          tooltip: [
            { field: "group", type: "nominal", title: "group" },
            { field: "target", type: "nominal", title: "target" },
            { field: "label", type: "nominal", title: "stance" },
            q("mean_score", ".2f"),
            q("n_mentions", "d"),
            q("n_favor", "d"),
            q("n_against", "d"),
            { field: "evidence", type: "nominal", title: "evidence" },
          ],
        },
      },
    ],
    config: chartConfig(),
  };
}
