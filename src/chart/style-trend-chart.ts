import { argumentError } from "../errors";
import { checkOptionKeys, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow } from "./spec";
import { chartConfig } from "./theme";

/** A row with a period start and numeric measures (rows of `readability` or `lexicalDiversity` grouped by period). */
export type StyleTrendRow = { readonly group: string; readonly group_start: string | null; readonly [field: string]: string | number | null };

/** Options of {@link styleTrendChart}. */
export interface StyleTrendChartOptions {
  /** Numeric fields drawn, one line each (e.g. ["flesch_kincaid", "gunning_fog", "smog", "coleman_liau"]). */
  fields: readonly string[];
  /** Y axis title (default "score"). */
  yTitle?: string;
  width?: number;
  height?: number;
  title?: string;
}

const FN = "styleTrendChart";

/**
 * Measures of style over time: one line per field (readability grades, diversity scores)
 * across the period starts of the rows (rows without a period start, and null values, are
 * left out). Data are folded to rows {group, group_start, measure, value}, sorted by
 * measure order then period.
 *
 * @param rows Rows of `readability(corpus, { by: "decade" })` or `lexicalDiversity(...)`.
 * @param options `fields` (required), `yTitle`, `width` (600), `height` (280), `title`.
 * @returns A Vega-Lite spec.
 * @example
 * await show(styleTrendChart(readability(corpus, { by: "decade" }), { fields: ["flesch_kincaid", "smog"] }));
 */
export function styleTrendChart(rows: readonly StyleTrendRow[], options: StyleTrendChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["fields", "yTitle", "width", "height", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of rows", rows);
  const fields = o.fields;
  if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => typeof f !== "string" || f === "")) {
    throw argumentError(FN, 'option "fields"', "a non-empty list of numeric field names", fields);
  }
  const values: DataRow[] = [];
  (fields as string[]).forEach((field, k) => {
    for (const r of rows) {
      const v = num(r[field]);
      if (r.group_start === null || v === null) continue;
      values.push({ group: r.group, group_start: r.group_start, measure: field, order: k, value: v });
    }
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(stringOption(FN, "title", o.title) ?? "Style over time", values.length === 0),
    data: { values },
    width: intOption(FN, "width", o.width, 600, 4000),
    height: intOption(FN, "height", o.height, 280, 4000),
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "group_start", type: "temporal", title: null },
      y: { field: "value", type: "quantitative", title: stringOption(FN, "yTitle", o.yTitle) ?? "score", scale: { zero: false } },
      color: { field: "measure", type: "nominal", sort: { field: "order", op: "min" }, title: null },
      tooltip: [{ field: "group", type: "nominal" }, { field: "measure", type: "nominal" }, { field: "value", type: "quantitative", format: ".2f" }],
    },
    config: chartConfig(),
  };
}
