import { argumentError } from "../errors";
import { checkOptionKeys, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** A scaled position with its interval (rows of `wordfish` or `wordscores`). */
export type ScalePositionRow = {
  readonly row: string;
  readonly date: string | null;
  readonly [field: string]: string | number | null;
};

/** Options of {@link scalePositionsChart}. */
export interface ScalePositionsChartOptions {
  /** Field of the position: "theta" (default, Wordfish), "raw", "lbg" or "mv" (Wordscores). */
  value?: string;
  /** Fields of the interval. Default "lower" / "upper" ("lbg_lower" / "lbg_upper" for "lbg"; none for "mv"). */
  lower?: string;
  upper?: string;
  /** "time": x is the date, a point and an interval per row; "rows": one line per row in matrix order. Default: "time" when every row has a date and there are more than 40 rows, else "rows". */
  layout?: "time" | "rows";
  /** Chart width in pixels (default 600). */
  width?: number;
  /** Title (default "Positions on the scaled dimension"). */
  title?: string;
}

const FN = "scalePositionsChart";

/**
 * Document or group positions from a scaling model with their confidence intervals: a point
 * and an interval bar per row, over time (x the date) or as a dot plot with one line per row
 * in the matrix's order (presidents in order of first address), so the rows are ordered
 * by a field (`order`), never an explicit list.
 *
 * @param rows Positions of `wordfish(...).positions` or `wordscores(...).positions`.
 * @param options `value` ("theta"), `lower`, `upper`, `layout`, `width`, `title`.
 * @returns A Vega-Lite spec.
 * @example
 * await show(scalePositionsChart(wordfish(m, { dir: ["George Washington", "Joseph R. Biden"] }).positions));
 */
export function scalePositionsChart(rows: readonly ScalePositionRow[], options?: ScalePositionsChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["value", "lower", "upper", "layout", "width", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of rows", rows);
  const value = stringOption(FN, "value", o.value) ?? "theta";
  const lower = stringOption(FN, "lower", o.lower) ?? (value === "lbg" ? "lbg_lower" : value === "mv" ? undefined : "lower");
  const upper = stringOption(FN, "upper", o.upper) ?? (value === "lbg" ? "lbg_upper" : value === "mv" ? undefined : "upper");
  const dated = rows.length > 0 && rows.every((r) => typeof r.date === "string");
  if (o.layout !== undefined && o.layout !== "time" && o.layout !== "rows") throw argumentError(FN, 'option "layout"', '"time" or "rows"', o.layout);
  if (o.layout === "time" && !dated) throw argumentError(FN, 'option "layout"', '"rows" when a row has no date', o.layout);
  const layout = o.layout ?? (dated && rows.length > 40 ? "time" : "rows");
  const values: DataRow[] = rows.map((r, order) => ({
    row: r.row,
    date: r.date,
    order,
    value: num(r[value]),
    lower: lower ? num(r[lower]) : null,
    upper: upper ? num(r[upper]) : null,
  }));
  const width = intOption(FN, "width", o.width, 600, 4000);
  const pos: JsonValue = { field: "value", type: "quantitative", title: value, scale: { zero: false } };
  const place: JsonValue = layout === "time"
    ? { field: "date", type: "temporal", title: null }
    : { field: "row", type: "ordinal", sort: { field: "order", op: "min" }, title: null, axis: { labelLimit: 220 } };
  const tooltip: JsonValue = [
    { field: "row", type: "nominal" },
    { field: "date", type: "nominal" },
    { field: "value", type: "quantitative", format: ".3f", title: value },
    { field: "lower", type: "quantitative", format: ".3f" },
    { field: "upper", type: "quantitative", format: ".3f" },
  ];
  const timeEnc = (extra: Record<string, JsonValue>) => (layout === "time" ? { x: place, y: pos, ...extra } : { y: place, x: pos, ...extra });
  const interval = layout === "time" ? { y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, x: place } : { x: { field: "lower", type: "quantitative" }, x2: { field: "upper" }, y: place };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(stringOption(FN, "title", o.title) ?? "Positions on the scaled dimension", values.length === 0),
    data: { values },
    width,
    ...(layout === "rows" ? { height: { step: Math.max(8, Math.min(CHART_SIZES.barStep, 16)) } } : { height: 320 }),
    layer: [
      ...(lower && upper ? [{ mark: { type: "rule" }, encoding: interval }] : []),
      { mark: { type: "point", filled: true }, encoding: timeEnc({ tooltip }) },
    ],
    config: chartConfig(),
  } as ChartSpec;
}
