import { rhetoricHeatmapChart } from "../chart/rhetoric-heatmap-chart";
import { rhetoricTrendChart } from "../chart/rhetoric-trend-chart";
import type { Era } from "../group/document-group";
import { RHETORIC_MATCH_COLUMNS, rhetoricMatches } from "../measure/rhetoric-matches";
import { RHETORIC_SUMMARY_COLUMNS, rhetoricSummary } from "../measure/rhetoric-summary";
import { RHETORIC_US_THEM_COLUMNS, rhetoricUsThem } from "../measure/rhetoric-us-them";
import type { Report, ReportItem } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { QUICKSTART_PARAMS } from "./quickstart";
import { rhetoricBiggestChange } from "./rhetoric-biggest-change";

/** Parameters of the rhetorical profile (the notebook's parameters cell shows them). */
export interface RhetoricParams {
  /** Named periods: the heatmap's columns and the pairs compared for the biggest change. */
  readonly eras: readonly Era[];
  /** Grouping of the trend lines ("decade", "year", ...). */
  readonly trendBy: string;
  /** Rules drawn in the trend (the biggest change's rule is added). */
  readonly trendRules: readonly string[];
}

/** Defaults for the bundled State of the Union corpus. */
export const RHETORIC_PARAMS: RhetoricParams = {
  eras: QUICKSTART_PARAMS.eras,
  trendBy: "decade",
  trendRules: ["absolutes", "necessity", "appeal-to-history", "appeal-to-fear"],
};

/**
 * The rhetorical profile of a corpus over time: a heatmap of every rule's rate per era,
 * the trend of chosen rules by decade, the biggest change from one era to the next with
 * the spans behind it, and us-versus-them references by era. Pure: the notebook
 * `04-rhetoric.ipynb` and the CLI draw the same charts from it.
 *
 * @returns A {@link Report} with items `rhetoric-heatmap`, `rhetoric-trend`,
 *   `rhetoric-biggest-change` (its table holds the spans of the most affected document)
 *   and `rhetoric-us-them`.
 * @example
 * const report = rhetoricProfile(sotuCorpus());
 * await show(report.items[0].chart);
 */
export function rhetoricProfile(corpus: Corpus, params: RhetoricParams = RHETORIC_PARAMS, onWarning?: OnWarning): Report {
  const matches = rhetoricMatches(corpus, { onWarning });
  const byEra = rhetoricSummary(corpus, matches, { by: "era", eras: params.eras, onWarning });
  const byTrend = rhetoricSummary(corpus, matches, { by: params.trendBy, onWarning });
  const change = rhetoricBiggestChange(corpus, { eras: params.eras, matches, onWarning });
  const usThem = rhetoricUsThem(byEra);
  const trendRules = change && !params.trendRules.includes(change.rule) ? [...params.trendRules, change.rule] : [...params.trendRules];
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
  const items: ReportItem[] = [
    {
      id: "rhetoric-heatmap",
      title: "Rhetorical patterns per 1,000 words, by era",
      caption: `${matches.length} matches of ${new Set(byEra.map((r) => r.rule)).size} rules in ${corpus.length} documents (in-group and out-group are drawn apart below); colours on a square-root scale; every count is a list of spans (rhetoricMatches).`,
      chart: rhetoricHeatmapChart(byEra, { cellWidth: 60, rules: [...new Set(byEra.map((r) => r.rule))].filter((r) => r !== "in-group" && r !== "out-group") }),
      table: { columns: RHETORIC_SUMMARY_COLUMNS, rows: byEra },
    },
    {
      id: "rhetoric-trend",
      title: `Rhetorical patterns by ${params.trendBy}`,
      caption: `Matches per 1,000 words of ${trendRules.join(", ")}.`,
      chart: rhetoricTrendChart(byTrend, { rules: trendRules }),
      table: { columns: RHETORIC_SUMMARY_COLUMNS, rows: byTrend.filter((r) => trendRules.includes(r.rule)) },
    },
  ];
  if (change) {
    items.push({
      id: "rhetoric-biggest-change",
      title: `Biggest change: ${change.rule}, ${change.from} to ${change.to}`,
      caption: `${fmt(change.per_1k_from)} to ${fmt(change.per_1k_to)} per 1,000 words; the table lists its ${change.matches.length} spans in ${change.document?.id ?? "no document"}, the later era's document using it most.`,
      chart: rhetoricTrendChart(byTrend, { rules: [change.rule], title: `${change.rule} over time` }),
      table: { columns: RHETORIC_MATCH_COLUMNS, rows: change.matches },
    });
  }
  items.push({
    id: "rhetoric-us-them",
    title: "Us and them: in-group and out-group references by era",
    caption: "We/us/our against they/them/their (and the enemy, the other side), per 1,000 words; the table adds their ratio.",
    chart: rhetoricHeatmapChart(byEra, { rules: ["in-group", "out-group"], cellWidth: 60, title: "In-group and out-group references per 1,000 words" }),
    table: { columns: RHETORIC_US_THEM_COLUMNS, rows: usThem },
  });
  return { title: "Rhetorical profile", summary: `${corpus.length} documents, ${matches.length} rhetorical matches.`, items };
}
