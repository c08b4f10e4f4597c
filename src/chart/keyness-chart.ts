import { intOption, checkOptionKeys, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow } from "./spec";
import { barMeasure, barTitle, checkKeynessRows, keynessTooltip, signedValue, strongest, type KeynessBarMeasure, type KeynessChartRow } from "./keyness-bars";
import { num } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** Options of {@link keynessChart}. */
export interface KeynessChartOptions {
  /** Terms shown per direction (default 15). */
  top?: number;
  /** Bar length: "log_ratio" (default) or "g2" (signed: negative when key in the reference). */
  measure?: KeynessBarMeasure;
  /** Name of the target in the legend (default "target"). */
  targetLabel?: string;
  /** Name of the reference in the legend (default "reference"). */
  referenceLabel?: string;
  /** Chart title (default `Key terms: <target> against <reference>`). */
  title?: string;
  /** Width in pixels (default 480). */
  width?: number;
}

const FN = "keynessChart";

/**
 * Diverging bars of keyness: the strongest terms of the target to the right, of the
 * reference to the left, bar length the log ratio (or signed G2), colour the side.
 *
 * @param rows Keyness rows (`keyness`, `keynessOfCounts`).
 * @param options `top` (15 per direction), `measure` ("log_ratio"), `targetLabel`,
 *   `referenceLabel`, `title`, `width` (480).
 * @returns A Vega-Lite spec; tooltips show counts, rates, G2, p and the log ratio.
 * @example
 * const rows = keyness(selectDocuments(corpus, "date>=2001"), selectDocuments(corpus, "date<2001"), { stopwords: "en" });
 * await show(keynessChart(rows, { targetLabel: "since 2001", referenceLabel: "before" }));
 */
export function keynessChart(rows: readonly KeynessChartRow[], options?: KeynessChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["top", "measure", "targetLabel", "referenceLabel", "title", "width"]);
  checkKeynessRows(FN, rows);
  const top = intOption(FN, "top", o.top, 15);
  const measure = barMeasure(FN, o.measure);
  const targetLabel = stringOption(FN, "targetLabel", o.targetLabel) ?? "target";
  const referenceLabel = stringOption(FN, "referenceLabel", o.referenceLabel) ?? "reference";
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const title = stringOption(FN, "title", o.title) ?? `Key terms: ${targetLabel} against ${referenceLabel}`;
  const picked = strongest(rows, measure, top);
  const values: DataRow[] = picked.map((r) => keynessValue(r, measure, targetLabel, referenceLabel));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width,
    height: { step: CHART_SIZES.barStep },
    mark: { type: "bar" },
    encoding: {
      y: { field: "term", type: "nominal", sort: { field: "value", order: "descending" }, title: null },
      x: { field: "value", type: "quantitative", title: barTitle(measure, targetLabel, referenceLabel) },
      color: { field: "side", type: "nominal", title: "key in", scale: { domain: [targetLabel, referenceLabel] } },
      tooltip: keynessTooltip(),
    },
    config: chartConfig(),
  };
}

/** One bar's inline data row. @internal */
export function keynessValue(r: KeynessChartRow, measure: KeynessBarMeasure, targetLabel: string, referenceLabel: string): DataRow {
  return {
    term: r.term,
    side: r.direction === "target" ? targetLabel : referenceLabel,
    value: signedValue(r, measure),
    n_target: num(r.n_target),
    n_reference: num(r.n_reference),
    per_1k_target: num(r.per_1k_target),
    per_1k_reference: num(r.per_1k_reference),
    g2: num(r.g2),
    p: num(r.p),
    log_ratio: num(r.log_ratio),
  };
}
