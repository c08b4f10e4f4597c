import { argumentError } from "../errors";
import { barMeasure, barTitle, checkKeynessRows, keynessTooltip, strongest, type KeynessBarMeasure, type KeynessChartRow } from "./keyness-bars";
import { keynessValue } from "./keyness-chart";
import { checkOptionKeys, compareStrings, intOption, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a period-keyness row the chart reads. */
export interface PeriodKeynessChartRow extends KeynessChartRow {
  readonly period: string;
  readonly period_start: string;
  readonly previous: string;
}

/** Options of {@link periodKeynessChart}. */
export interface PeriodKeynessChartOptions {
  /** Terms shown per direction and period (default 8). */
  top?: number;
  /** Bar length: "log_ratio" (default) or "g2" (signed). */
  measure?: KeynessBarMeasure;
  /** Panels per row (default 3). */
  columns?: number;
  /** Width of each panel in pixels (default 260). */
  width?: number;
  /** Chart title (default "What rose and fell from one period to the next"). */
  title?: string;
}

const FN = "periodKeynessChart";

/**
 * Small multiples of keyness, one panel per period against the period before it: what
 * rose (to the right) and what fell (to the left), panels in date order.
 *
 * @param rows Rows of `keynessByPeriod` (fields of a keyness row plus period,
 *   period_start, previous).
 * @param options `top` (8 per direction and period), `measure` ("log_ratio"), `columns`
 *   (3), `width` (260 per panel), `title`.
 * @returns A faceted Vega-Lite spec with an independent term axis per panel.
 * @example
 * await show(periodKeynessChart(keynessByPeriod(sotuCorpus(), { by: "era", eras: QUICKSTART_PARAMS.eras, stopwords: "en" })));
 */
export function periodKeynessChart(rows: readonly PeriodKeynessChartRow[], options?: PeriodKeynessChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["top", "measure", "columns", "width", "title"]);
  checkKeynessRows(FN, rows);
  rows.forEach((r, i) => {
    if (typeof r.period !== "string" || typeof r.period_start !== "string" || typeof r.previous !== "string") {
      throw argumentError(FN, `rows[${i}]`, "a row with string period, period_start and previous (from keynessByPeriod)", r);
    }
  });
  const top = intOption(FN, "top", o.top, 8);
  const measure = barMeasure(FN, o.measure);
  const columns = intOption(FN, "columns", o.columns, 3, 50);
  const width = intOption(FN, "width", o.width, CHART_SIZES.panelWidth);
  const title = stringOption(FN, "title", o.title) ?? "What rose and fell from one period to the next";
  const periods = [...new Map(rows.map((r) => [r.period, r] as const)).values()].sort(
    (a, b) => compareStrings(a.period_start, b.period_start) || compareStrings(a.period, b.period),
  );
  const values: DataRow[] = [];
  const panels: string[] = [];
  for (const p of periods) {
    const panel = p.period;
    panels.push(panel);
    for (const r of strongest(rows.filter((x) => x.period === p.period), measure, top)) {
      values.push({ panel, ...keynessValue(r, measure, "rose", "fell") });
    }
  }
  const previous = new Map(periods.map((p) => [p.period, p.previous]));
  for (const v of values) v.previous = previous.get(v.panel as string)!;
  const tooltip: JsonValue[] = [{ field: "panel", type: "nominal", title: "period" }, { field: "previous", type: "nominal", title: "against" }, ...keynessTooltip()];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: "each period against the one before it" },
    data: { values },
    facet: { field: "panel", type: "nominal", sort: panels, title: null, header: { labelLimit: width + 60 } },
    columns,
    spec: {
      width,
      height: { step: CHART_SIZES.barStep - 4 },
      mark: { type: "bar" },
      encoding: {
        y: { field: "term", type: "nominal", sort: { field: "value", order: "descending" }, title: null },
        x: { field: "value", type: "quantitative", title: barTitle(measure, "period", "previous period") },
        color: { field: "side", type: "nominal", title: null, scale: { domain: ["rose", "fell"] } },
        tooltip,
      },
    },
    resolve: { scale: { y: "independent" } },
    config: chartConfig(),
  };
}
