import { argumentError } from "../errors";
import { checkOptionKeys, intOption, num, stringOption, termsOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow } from "./spec";
import { chartConfig } from "./theme";

/** A word's Wordfish parameters (rows of `wordfish(...).words`). */
export type WordWeightRow = { readonly feature: string; readonly beta: number; readonly psi: number; readonly count?: number };

/** Options of {@link wordWeightsChart}. */
export interface WordWeightsChartOptions {
  /** Words to label. Default: the `label` words with the largest |β| (half on each side). */
  words?: readonly string[];
  /** How many words to label when `words` is not given. Default 20. */
  label?: number;
  width?: number;
  height?: number;
  title?: string;
}

const FN = "wordWeightsChart";

/**
 * The "Eiffel tower" of a Wordfish fit: every word as a point at its weight β (x: which end
 * of the dimension it marks) and fixed effect ψ (y: how frequent it is), frequent words
 * forming the tower's base near β = 0 and rare discriminating words its sides; chosen words
 * labelled.
 *
 * @param rows `wordfish(...).words`.
 * @param options `words`, `label` (20), `width` (600), `height` (420), `title`.
 * @returns A Vega-Lite spec.
 * @example
 * await show(wordWeightsChart(fit.words, { words: ["slavery", "tariff", "jobs", "terror"] }));
 * @see Slapin & Proksch (2008), figure 2; Proksch & Slapin (2009), "How to avoid pitfalls in statistical analysis of political texts".
 */
export function wordWeightsChart(rows: readonly WordWeightRow[], options?: WordWeightsChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["words", "label", "width", "height", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of rows", rows);
  const chosen = termsOption(FN, o.words);
  const k = intOption(FN, "label", o.label, 20, 1000);
  let labelled: Set<string>;
  if (chosen) labelled = new Set(chosen);
  else {
    const byBeta = rows.slice().sort((a, b) => a.beta - b.beta || (a.feature < b.feature ? -1 : 1));
    labelled = new Set([...byBeta.slice(0, Math.ceil(k / 2)), ...byBeta.slice(Math.max(0, byBeta.length - Math.floor(k / 2)))].map((r) => r.feature));
  }
  const values: DataRow[] = rows.map((r) => ({ feature: r.feature, beta: num(r.beta), psi: num(r.psi), count: num(r.count ?? null), label: labelled.has(r.feature) ? r.feature : null }));
  const x = { field: "beta", type: "quantitative", title: "word weight β" };
  const y = { field: "psi", type: "quantitative", title: "word fixed effect ψ" };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(stringOption(FN, "title", o.title) ?? "Word weights and fixed effects", values.length === 0),
    data: { values },
    width: intOption(FN, "width", o.width, 600, 4000),
    height: intOption(FN, "height", o.height, 420, 4000),
    layer: [
      { mark: { type: "point", size: 8, opacity: 0.35 }, encoding: { x, y, tooltip: [{ field: "feature", type: "nominal" }, { field: "beta", type: "quantitative", format: ".3f" }, { field: "psi", type: "quantitative", format: ".3f" }, { field: "count", type: "quantitative" }] } },
      { transform: [{ filter: "datum.label !== null" }], mark: { type: "text", dy: -6 }, encoding: { x, y, text: { field: "label", type: "nominal" } } },
    ],
    config: chartConfig(),
  } as ChartSpec;
}
