import { argumentError } from "../errors";
import { checkOptionKeys, compareStrings, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a two-group term row the chart reads (`termScatterRows` rows). */
export interface TermScatterChartRow {
  readonly term: string;
  readonly n_target: number;
  readonly n_reference: number;
  readonly per_1k_target: number;
  readonly per_1k_reference: number;
  readonly g2: number;
  readonly log_ratio: number;
  readonly kwic_target?: readonly string[];
  readonly kwic_reference?: readonly string[];
}

/** Options of {@link termScatterChart}. */
export interface TermScatterChartOptions {
  /** Name of group A, the x axis (default "target"). */
  targetLabel?: string;
  /** Name of group B, the y axis (default "reference"). */
  referenceLabel?: string;
  /** Label the N terms with the largest log-likelihood G2 (default 10). */
  labelTop?: number;
  /** Side of the square plot in pixels (default 420). */
  size?: number;
  /** Chart title (default `<A> against <B>`). */
  title?: string;
}

const FN = "termScatterChart";
const LINES = 3;

/**
 * Two groups side by side: each term a point at its rate per 1,000 tokens in A (x) and B
 * (y) on symmetric-log axes, the diagonal where both rates are equal, colour the log ratio
 * (diverging around 0), labels on the terms with the strongest evidence (G2), and tooltips holding up to
 * three concordance lines from each group.
 *
 * @param rows Rows of `termScatterRows` (keyness rows with `kwic_target`, `kwic_reference`).
 * @param options `targetLabel`, `referenceLabel`, `labelTop` (10), `size` (420), `title`.
 * @returns A layered Vega-Lite spec.
 * @example
 * const rows = termScatterRows(selectDocuments(c, "id=sotu-2002-george-w-bush"), selectDocuments(c, "id=sotu-2015-barack-obama"));
 * await show(termScatterChart(rows, { targetLabel: "Bush 2002", referenceLabel: "Obama 2015" }));
 */
export function termScatterChart(rows: readonly TermScatterChartRow[], options?: TermScatterChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["targetLabel", "referenceLabel", "labelTop", "size", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of term rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.term !== "string") throw argumentError(FN, `rows[${i}]`, "a row with a string term", r);
  });
  const a = stringOption(FN, "targetLabel", o.targetLabel) ?? "target";
  const b = stringOption(FN, "referenceLabel", o.referenceLabel) ?? "reference";
  const labelTop = o.labelTop === 0 ? 0 : intOption(FN, "labelTop", o.labelTop, 10);
  const size = intOption(FN, "size", o.size, Math.min(CHART_SIZES.width, 420));
  const title = stringOption(FN, "title", o.title) ?? `${a} against ${b}`;
  const sorted = [...rows].sort((x, y) => Math.abs(num(y.log_ratio) ?? 0) - Math.abs(num(x.log_ratio) ?? 0) || compareStrings(x.term, y.term));
  const byEvidence = [...rows].sort((x, y) => (num(y.g2) ?? 0) - (num(x.g2) ?? 0) || compareStrings(x.term, y.term));
  const labelled = new Set(byEvidence.slice(0, labelTop).map((r) => r.term));
  const values: DataRow[] = sorted.map((r) => {
    const row: DataRow = {
      term: r.term,
      label: labelled.has(r.term) ? r.term : null,
      n_target: num(r.n_target),
      n_reference: num(r.n_reference),
      per_1k_target: num(r.per_1k_target),
      per_1k_reference: num(r.per_1k_reference),
      g2: num(r.g2),
      log_ratio: num(r.log_ratio),
    };
    for (let k = 0; k < LINES; k++) {
      row[`kwic_target_${k + 1}`] = r.kwic_target?.[k] ?? null;
      row[`kwic_reference_${k + 1}`] = r.kwic_reference?.[k] ?? null;
    }
    return row;
  });
  const max = Math.max(0, ...values.map((v) => Math.max((v.per_1k_target as number) ?? 0, (v.per_1k_reference as number) ?? 0)));
  const axisX: JsonValue = { field: "per_1k_target", type: "quantitative", scale: { type: "symlog", constant: 0.1 }, title: `${a}: per 1,000 tokens` };
  const axisY: JsonValue = { field: "per_1k_reference", type: "quantitative", scale: { type: "symlog", constant: 0.1 }, title: `${b}: per 1,000 tokens` };
  const tooltip: JsonValue[] = [
    { field: "term", type: "nominal", title: "term" },
    { field: "n_target", type: "quantitative", title: `n ${a}`, format: ",d" },
    { field: "n_reference", type: "quantitative", title: `n ${b}`, format: ",d" },
    { field: "g2", type: "quantitative", title: "G2", format: ".2f" },
    { field: "log_ratio", type: "quantitative", title: "log ratio", format: ".2f" },
    ...Array.from({ length: LINES }, (_, k) => ({ field: `kwic_target_${k + 1}`, type: "nominal", title: `${a} ${k + 1}` })),
    ...Array.from({ length: LINES }, (_, k) => ({ field: `kwic_reference_${k + 1}`, type: "nominal", title: `${b} ${k + 1}` })),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width: size,
    height: size,
    layer: [
      {
        data: { values: [{ from: 0, to: max }] },
        mark: { type: "rule", strokeDash: [4, 4], opacity: 0.5 },
        encoding: { x: { field: "from", type: "quantitative", scale: { type: "symlog", constant: 0.1 } }, y: { field: "from", type: "quantitative", scale: { type: "symlog", constant: 0.1 } }, x2: { field: "to" }, y2: { field: "to" } },
      },
      {
        mark: { type: "point", filled: true, size: 60 },
        encoding: {
          x: axisX,
          y: axisY,
          color: { field: "log_ratio", type: "quantitative", title: "log ratio", scale: { range: "diverging", domainMid: 0, reverse: true } },
          tooltip,
        },
      },
      {
        transform: [{ filter: "datum.label !== null" }],
        mark: { type: "text", align: "left", dx: 5, dy: -4 },
        encoding: { x: axisX, y: axisY, text: { field: "label", type: "nominal" } },
      },
    ],
    config: chartConfig(),
  };
}
