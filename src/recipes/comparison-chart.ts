import { dispersionChart } from "../chart/dispersion-chart";
import { keynessChart } from "../chart/keyness-chart";
import { periodKeynessChart } from "../chart/period-keyness-chart";
import type { ChartSpec } from "../chart/spec";
import { termRateBandChart } from "../chart/term-rate-band-chart";
import { termScatterChart } from "../chart/term-scatter-chart";
import { keynessByPeriod, type KeynessByPeriodOptions } from "../compare/keyness-by-period";
import { termRates, type TermRatesOptions } from "../compare/term-rates";
import { termScatterRows, type TermScatterRowsOptions } from "../compare/term-scatter-rows";
import { dispersionHits } from "../measure/dispersion-hits";
import { keyness, type KeynessCorpusOptions } from "../measure/keyness";
import type { Corpus, OnWarning } from "../types";
import { selectionPair } from "./selection-pair";

/** Which comparison chart, with what it needs. */
export type ComparisonChartRequest =
  | { readonly chart: "keyness"; readonly target: string; readonly reference?: string; readonly options: KeynessCorpusOptions & { readonly top: number } }
  | { readonly chart: "compare"; readonly options: KeynessByPeriodOptions & { readonly top: number } }
  | { readonly chart: "dispersion"; readonly terms: readonly string[]; readonly onWarning?: OnWarning }
  | { readonly chart: "trend-ci"; readonly terms: readonly string[]; readonly options: TermRatesOptions }
  | { readonly chart: "scatter"; readonly target: string; readonly reference: string; readonly options: TermScatterRowsOptions };

/**
 * A comparison chart of a corpus, rows and drawing in one call (what `discourse-lab chart
 * keyness|compare|dispersion|trend-ci|scatter` writes): key terms of a selection against
 * another (diverging bars), each period against the one before (small multiples), where
 * terms fall in each document (x-ray), term rates with Wilson bands, two selections side
 * by side (scatter with concordance tooltips).
 *
 * @param corpus The documents.
 * @param request The chart and its options (selections are `FIELD OP VALUE[,...]`).
 * @returns A Vega-Lite spec.
 * @example
 * comparisonChart(sotuCorpus(), { chart: "keyness", target: "date>=2001", options: { stopwords: "en", top: 15 } });
 */
export function comparisonChart(corpus: Corpus, request: ComparisonChartRequest): ChartSpec {
  switch (request.chart) {
    case "keyness": {
      const [target, reference] = selectionPair(corpus, request.target, request.reference);
      const rows = keyness(target, reference, request.options);
      return keynessChart(rows, { top: request.options.top, targetLabel: request.target, referenceLabel: request.reference ?? "the rest" });
    }
    case "compare":
      return periodKeynessChart(keynessByPeriod(corpus, request.options), { top: request.options.top });
    case "dispersion":
      return dispersionChart(dispersionHits(corpus, request.terms, { onWarning: request.onWarning }));
    case "trend-ci":
      return termRateBandChart(termRates(corpus, request.terms, request.options));
    case "scatter": {
      const [target, reference] = selectionPair(corpus, request.target, request.reference);
      return termScatterChart(termScatterRows(target, reference, request.options), { targetLabel: request.target, referenceLabel: request.reference });
    }
  }
}
