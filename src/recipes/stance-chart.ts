import type { ChartSpec } from "../chart/spec";
import { stanceOverTimeChart } from "../chart/stance-over-time-chart";
import { targetStanceByPeriod, type TargetStanceByPeriodOptions } from "../compare/stance-by-period";
import type { StanceMarkerRatesOptions } from "../compare/stance-marker-rates";
import type { StanceTarget } from "../measure/stance/target-stance";
import type { Corpus } from "../types";
import { stanceProfileTable } from "./stance-profile-table";

/** Which stance chart, with what it needs. */
export type StanceChartRequest =
  | { readonly chart: "stance-over-time"; readonly target: StanceTarget; readonly options: TargetStanceByPeriodOptions }
  | { readonly chart: "stance-profile"; readonly options: StanceMarkerRatesOptions };

/**
 * A stance chart of a corpus (what `discourse-lab chart stance-over-time|stance-profile`
 * writes): the stance toward a target per period with its band and evidence tooltips, or
 * the stance-marker profile per group (a heat map of rates per 1,000 words).
 *
 * @param corpus The documents.
 * @param request The chart and its options.
 * @returns A Vega-Lite spec.
 * @example
 * stanceChart(sotuCorpus(), { chart: "stance-profile", options: { by: "speaker" } });
 */
export function stanceChart(corpus: Corpus, request: StanceChartRequest): ChartSpec {
  if (request.chart === "stance-profile") return stanceProfileTable(corpus, request.options).chart();
  return stanceOverTimeChart(targetStanceByPeriod(corpus, request.target, request.options), { onWarning: request.options.onWarning });
}
