import { stanceProfileChart } from "../chart/stance-profile-chart";
import type { ChartSpec } from "../chart/spec";
import { STANCE_MARKER_RATE_COLUMNS, stanceMarkerRates, type StanceMarkerRateRow, type StanceMarkerRatesOptions } from "../compare/stance-marker-rates";
import type { Corpus } from "../types";

/** What {@link stanceProfileTable} returns: the marker rates per group and the heat map drawn from them. */
export interface StanceProfileTable {
  readonly columns: readonly string[];
  readonly rows: readonly StanceMarkerRateRow[];
  /** The heat map of the rows (at most 100 groups drawn: those with the most words; the rows hold them all). */
  readonly chart: () => ChartSpec;
}

/**
 * The stance profile of a corpus as `discourse-lab chart stance-profile` writes it: stance
 * markers per 1,000 words in each group (`stanceMarkerRates`) and the heat map of them
 * (`stanceProfileChart`). The CLI writes the rows as a CSV beside the chart, so a chart that
 * draws only some of thousands of groups still has every group beside it.
 *
 * @param corpus Documents.
 * @param options Grouping (`by` "document", `breaks`, ...), `categories`, `onWarning`, as for `stanceMarkerRates`.
 * @returns Columns, rows and a function drawing the chart.
 * @example
 * const t = stanceProfileTable(corpus, { by: "speaker" });
 * await show(t.chart());
 * formatRows(t.rows, t.columns, "csv");
 */
export function stanceProfileTable(corpus: Corpus, options: StanceMarkerRatesOptions): StanceProfileTable {
  const rows = stanceMarkerRates(corpus, options);
  return { columns: STANCE_MARKER_RATE_COLUMNS, rows, chart: () => stanceProfileChart(rows) };
}
