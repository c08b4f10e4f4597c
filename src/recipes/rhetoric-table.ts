import { rhetoricHeatmapChart } from "../chart/rhetoric-heatmap-chart";
import type { ChartSpec } from "../chart/spec";
import { rhetoricMatches, type RhetoricMatchRow } from "../measure/rhetoric-matches";
import { RHETORIC_SUMMARY_COLUMNS, rhetoricSummary, type RhetoricSummaryOptions, type RhetoricSummaryRow } from "../measure/rhetoric-summary";
import type { Corpus } from "../types";

/** Columns of the match rows `discourse-lab rhetoric` prints. */
export const RHETORIC_TABLE_MATCH_COLUMNS = ["doc_id", "rule", "technique", "start", "end", "text"] as const;

/** What {@link rhetoricTable} returns: rows with their columns, and the heat map of the summary. */
export interface RhetoricTable {
  readonly columns: readonly string[];
  readonly rows: readonly (RhetoricMatchRow | RhetoricSummaryRow)[];
  /** Rates per group drawn as a heat map (the summary, also when the rows are matches). */
  readonly chart: () => ChartSpec;
}

/**
 * The rhetoric of a corpus as `discourse-lab rhetoric` prints it: one row per match
 * (`summary` false), or counts and rates per group from the one per-group step (`summary`
 * true), and the heat map `chart rhetoric` draws from the summary.
 *
 * @param corpus The documents.
 * @param options `summary` (false), the grouping and `rules` of `rhetoricSummary` (rules also choose the matches), `onWarning`.
 * @returns Columns, rows and a function drawing the chart.
 * @example
 * const t = rhetoricTable(corpus, { summary: true, by: "decade", rules: ["absolutes"] });
 * formatRows(t.rows, t.columns, "csv");
 */
export function rhetoricTable(corpus: Corpus, options: RhetoricSummaryOptions & { readonly summary?: boolean }): RhetoricTable {
  const { summary = false, ...grouping } = options;
  const matches = rhetoricMatches(corpus, { rules: grouping.rules, onWarning: grouping.onWarning });
  let rates: RhetoricSummaryRow[] | undefined;
  const summaryRows = () => (rates ??= rhetoricSummary(corpus, matches, grouping));
  return {
    columns: summary ? RHETORIC_SUMMARY_COLUMNS : RHETORIC_TABLE_MATCH_COLUMNS,
    rows: summary ? summaryRows() : matches,
    chart: () => rhetoricHeatmapChart(summaryRows()),
  };
}
