import { argumentError } from "../errors";
import type { SimilarityRow } from "../compare/dfm-similarity";
import { checkOptionKeys, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { chartConfig } from "./theme";

/** Options of {@link similarityHeatmapChart}. */
export interface SimilarityHeatmapChartOptions {
  /** Cell size in pixels (default: 14, or smaller so the chart stays under 900 pixels: 2 px at least). */
  cellSize?: number;
  /** Chart title (default "Similarity (<method>)"). */
  title?: string;
}

const FN = "similarityHeatmapChart";

/**
 * A heat map of pairwise similarities (or distances): one row and one column per document
 * or group, cells coloured by the value. Axes are ordered by the `order_a` / `order_b`
 * fields of the rows (the matrix's date order), never by an explicit list of labels, so the
 * spec stays small and valid with hundreds of rows; labels are hidden beyond 60 rows (the
 * tooltip names both rows).
 *
 * @param rows Rows of `dfmSimilarity` (row_a, row_b, order_a, order_b, method, value).
 * @param options `cellSize`, `title`.
 * @returns A Vega-Lite spec.
 * @example
 * await show(similarityHeatmapChart(dfmSimilarity(dfmWeight(dfm(corpus, { by: "speaker" }), "prop"))));
 */
export function similarityHeatmapChart(rows: readonly SimilarityRow[], options?: SimilarityHeatmapChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["cellSize", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of rows", rows);
  const n = new Set(rows.map((r) => r.order_b)).size;
  const cell = intOption(FN, "cellSize", o.cellSize, Math.max(2, Math.min(14, Math.floor(900 / Math.max(1, n)))), 100);
  const method = rows[0]?.method ?? "cosine";
  const values: DataRow[] = rows.map((r) => ({ row_a: r.row_a, row_b: r.row_b, order_a: r.order_a, order_b: r.order_b, value: num(r.value) }));
  const labels = n <= 60;
  const axis = (angle: number): JsonValue => (labels ? { labelAngle: angle, labelLimit: 200 } : { labels: false, ticks: false });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(stringOption(FN, "title", o.title) ?? `Similarity (${method})`, values.length === 0),
    data: { values },
    width: { step: cell },
    height: { step: cell },
    mark: { type: "rect" },
    encoding: {
      x: { field: "row_b", type: "ordinal", sort: { field: "order_b", op: "min" }, title: null, axis: axis(-45) },
      y: { field: "row_a", type: "ordinal", sort: { field: "order_a", op: "min" }, title: null, axis: axis(0) },
      color: { field: "value", type: "quantitative", title: method, ...(method === "euclidean" ? { scale: { reverse: true } } : {}) },
      tooltip: [
        { field: "row_a", type: "nominal", title: "row" },
        { field: "row_b", type: "nominal", title: "column" },
        { field: "value", type: "quantitative", format: ".3f", title: method },
      ],
    },
    config: chartConfig(),
  };
}
