import { rhetoricHeatmapChart } from "../chart/rhetoric-heatmap-chart";
import { rhetoricTrendChart } from "../chart/rhetoric-trend-chart";
import type { Era } from "../group/document-group";
import { RHETORIC_MATCH_COLUMNS, rhetoricMatches } from "../measure/rhetoric-matches";
import { RHETORIC_SUMMARY_COLUMNS, rhetoricSummary } from "../measure/rhetoric-summary";
import { RHETORIC_US_THEM_COLUMNS, rhetoricUsThem } from "../measure/rhetoric-us-them";
import type { Report, ReportItem } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { reportPeriods } from "./report/report-periods";
import { grainWords, timeGrouping } from "./report/time-grouping";
import { trendGrain, type TrendGrain } from "./report/trend-grain";
import { rhetoricBiggestChange } from "./rhetoric-biggest-change";

/** Parameters of the rhetorical profile (the notebook's parameters cell shows them); each optional. */
export interface RhetoricParams {
  /** Periods: the heatmap's columns and the pairs compared for the biggest change (default: {@link reportPeriods} of the corpus). */
  readonly eras?: readonly Era[];
  /** Grouping of the trend lines (default: {@link trendGrain} of the corpus). */
  readonly trendBy?: TrendGrain;
  /** Rules drawn in the trend, the biggest change's rule added (default: the 4 rules matched most, in-group and out-group aside). */
  readonly trendRules?: readonly string[];
}

/** The defaults that do not depend on the corpus (none). */
export const RHETORIC_PARAMS: RhetoricParams = {};

/**
 * The rhetorical profile of a corpus over time: a heatmap of every rule's rate per period,
 * the trend of chosen rules over time, the biggest change from one period to the next with
 * the spans behind it, and us-versus-them references by period (parameters left out are
 * read from the corpus; without dates, the whole corpus is one column and the trend and
 * the biggest change are left out). Pure: the notebook
 * `04-rhetoric.ipynb` and the CLI draw the same charts from it.
 *
 * @returns A {@link Report} with items `rhetoric-heatmap`, `rhetoric-trend`,
 *   `rhetoric-biggest-change` (its table holds the spans of the most affected document)
 *   and `rhetoric-us-them`.
 * @example
 * const report = rhetoricProfile(sotuCorpus());
 * await show(report.items[0].chart);
 */
export function rhetoricProfile(corpus: Corpus, params: RhetoricParams = {}, onWarning?: OnWarning): Report {
  const eras = params.eras ?? reportPeriods(corpus, {}, onWarning).eras;
  const by = params.trendBy ?? trendGrain(corpus);
  const matches = rhetoricMatches(corpus, { onWarning });
  const periods = eras.length > 0 ? { by: "era", eras } : { by: "none" };
  const byEra = rhetoricSummary(corpus, matches, { ...periods, onWarning });
  const byTrend = eras.length > 0 ? rhetoricSummary(corpus, matches, { ...timeGrouping(by, eras), onWarning }) : [];
  const change = eras.length >= 2 ? rhetoricBiggestChange(corpus, { eras, matches, onWarning }) : null;
  const usThem = rhetoricUsThem(byEra);
  const chosen = params.trendRules ?? mostMatched(matches, 4);
  const trendRules = change && !chosen.includes(change.rule) ? [...chosen, change.rule] : [...chosen];
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
  const items: ReportItem[] = [
    {
      id: "rhetoric-heatmap",
      title: eras.length > 0 ? "Rhetorical patterns per 1,000 words, by period" : "Rhetorical patterns per 1,000 words",
      caption: `${matches.length} matches of ${new Set(byEra.map((r) => r.rule)).size} rules in ${corpus.length} documents (in-group and out-group are drawn apart below); colours on a square-root scale; every count is a list of spans (rhetoricMatches).`,
      chart: rhetoricHeatmapChart(byEra, { cellWidth: 60, rules: [...new Set(byEra.map((r) => r.rule))].filter((r) => r !== "in-group" && r !== "out-group") }),
      table: { columns: RHETORIC_SUMMARY_COLUMNS, rows: byEra },
    },
  ];
  if (byTrend.length > 0) {
    items.push({
      id: "rhetoric-trend",
      title: `Rhetorical patterns ${grainWords(by)}`,
      caption: `Matches per 1,000 words of ${trendRules.join(", ")}.`,
      chart: rhetoricTrendChart(byTrend, { rules: trendRules }),
      table: { columns: RHETORIC_SUMMARY_COLUMNS, rows: byTrend.filter((r) => trendRules.includes(r.rule)) },
    });
  }
  if (change) {
    items.push({
      id: "rhetoric-biggest-change",
      title: `Biggest change: ${change.rule}, ${change.from} to ${change.to}`,
      caption: `${fmt(change.per_1k_from)} to ${fmt(change.per_1k_to)} per 1,000 words; the table lists its ${change.matches.length} spans in ${change.document?.id ?? "no document"}, the later period's document using it most.`,
      chart: rhetoricTrendChart(byTrend, { rules: [change.rule], title: `${change.rule} over time` }),
      table: { columns: RHETORIC_MATCH_COLUMNS, rows: change.matches },
    });
  }
  items.push({
    id: "rhetoric-us-them",
    title: `Us and them: in-group and out-group references${eras.length > 0 ? " by period" : ""}`,
    caption: "We/us/our against they/them/their (and the enemy, the other side), per 1,000 words; the table adds their ratio.",
    chart: rhetoricHeatmapChart(byEra, { rules: ["in-group", "out-group"], cellWidth: 60, title: "In-group and out-group references per 1,000 words" }),
    table: { columns: RHETORIC_US_THEM_COLUMNS, rows: usThem },
  });
  return { title: "Rhetorical profile", summary: `${matches.length} rhetorical matches.`, items };
}

/** The `n` rules with the most matches (in-group and out-group aside), ties by name. */
function mostMatched(matches: readonly { rule: string }[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const m of matches) if (m.rule !== "in-group" && m.rule !== "out-group") counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([r]) => r);
}
