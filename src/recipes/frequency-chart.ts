import type { ChartSpec } from "../chart/spec";
import { termTrendByGroupChart } from "../chart/term-trend-by-group-chart";
import { termTrendChart } from "../chart/term-trend-chart";
import { topTermsChart } from "../chart/top-terms-chart";
import type { TermFrequencyRow } from "../measure/term-frequency";

/** Which term-frequency chart, with its options. */
export type FrequencyChartRequest =
  | { readonly chart: "top-terms"; readonly top: number; readonly measure?: "count" | "per_1k" | "tfidf" }
  | { readonly chart: "trend"; readonly terms: readonly string[]; readonly split?: boolean; readonly measure?: "count" | "per_1k" | "tfidf" };

/**
 * A chart of term-frequency rows (from `termFrequency`, `termFrequencyStream` or
 * `termFrequencyFile`): the top terms as bars (small multiples when grouped), or the rates
 * of given terms across dates as lines (small multiples by the split field with `split`).
 * What `discourse-lab chart top-terms` and `chart trend` draw.
 *
 * @param rows Term-frequency rows.
 * @param request `{ chart: "top-terms", top, measure? }` or `{ chart: "trend", terms, split?, measure? }`.
 * @returns A Vega-Lite spec.
 * @example
 * const rows = termFrequency(sotuCorpus(), { by: "decade", terms: ["war", "peace"] });
 * frequencyChart(rows, { chart: "trend", terms: ["war", "peace"] });
 */
export function frequencyChart(rows: readonly TermFrequencyRow[], request: FrequencyChartRequest): ChartSpec {
  if (request.chart === "top-terms") return topTermsChart(rows, { top: request.top, measure: request.measure });
  const options = { terms: request.terms, measure: request.measure };
  return request.split ? termTrendByGroupChart(rows, options) : termTrendChart(rows, options);
}
