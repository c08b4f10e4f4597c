import { barMeasure, checkKeynessRows, keynessUnit, keynessValue, sideLabels, strongest, type KeynessBarMeasure, type KeynessChartRow } from "./keyness-bars";
import { checkOptionKeys, intOption, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** Options of {@link keynessChart}. */
export interface KeynessChartOptions {
  /** Terms shown per direction, an integer >= 1 (default 15). */
  top?: number;
  /** Bar length: "log_ratio" (default) or "g2" (signed: negative when key in the reference). */
  measure?: KeynessBarMeasure;
  /** Name of the target in the legend, axis and tooltips (default "target"). */
  targetLabel?: string;
  /** Name of the reference, different from the target's (default "reference"). */
  referenceLabel?: string;
  /** Chart title (default `Key terms: <targetLabel> against <referenceLabel>`). */
  title?: string;
  /** Width in pixels (default 480). */
  width?: number;
  /** Height of each bar slot in pixels (default 18). */
  barStep?: number;
}

const FN = "keynessChart";
const OPTION_KEYS = ["top", "measure", "targetLabel", "referenceLabel", "title", "width", "barStep"] as const;

/**
 * Diverging bars of keyness: the `top` strongest terms of the target to the right, the
 * `top` strongest of the reference to the left, bar length the log ratio (or G2 signed by
 * direction), colour the side (target and reference colours of the theme, legend on top
 * naming `targetLabel` and `referenceLabel`).
 *
 * Terms are picked per direction by |bar length| (ties by term); rows with a non-finite
 * value (e.g. an infinite log ratio) are left out. Bars run top to bottom by signed value:
 * the strongest target term first, the strongest reference term last. Tooltips show
 * term, side, n_target, n_reference, per_1k_target, per_1k_reference, g2, p and log_ratio.
 *
 * The spec is self-contained: `$schema`, inline data (term, side, rank, value and the
 * tooltip fields, in bar order), the shared theme as `config`. Empty rows give a valid
 * chart titled `... (no data)`.
 *
 * @param rows - keyness rows (fields read: term, direction, n_target, n_reference,
 *   per_1k_target, per_1k_reference, g2, p, log_ratio), e.g. from `keyness`.
 * @param options - see {@link KeynessChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for rows without a string term and a direction
 *   "target" or "reference", an unknown measure, `top` < 1, equal labels, unknown option
 *   keys; `invalid_input` when a term appears twice.
 *
 * @example
 * ```ts
 * const rows = keyness(selectDocuments(corpus, "date>=2001"), selectDocuments(corpus, "date<2001"), { stopwords: "en" });
 * await show(keynessChart(rows, { targetLabel: "since 2001", referenceLabel: "before", top: 12 }));
 * ```
 */
export function keynessChart(rows: readonly KeynessChartRow[], options?: KeynessChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  checkKeynessRows(FN, rows);
  const top = intOption(FN, "top", o.top, 15);
  const measure = barMeasure(FN, o.measure);
  const [target, reference] = sideLabels(FN, o, "target", "reference");
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const barStep = intOption(FN, "barStep", o.barStep, CHART_SIZES.barStep, 200);
  const title = stringOption(FN, "title", o.title) ?? `Key terms: ${target} against ${reference}`;
  const values = strongest(FN, rows, measure, top).map((r, i) => keynessValue(r, i + 1, measure, target, reference));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width,
    height: { step: barStep },
    ...keynessUnit(measure, { target, reference, targetName: target, referenceName: reference }),
    config: chartConfig(),
  };
}
