import type { ChartSpec } from "../chart/spec";

/** A table of the report: rows with their column order. */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** One figure of a report: a chart and the table behind it. */
export interface ReportItem {
  /** File-name stem: `<id>.vl.json`, `<id>.svg`, `<id>.png`, `<id>.csv`. */
  readonly id: string;
  readonly title: string;
  /** What the chart shows and how it was computed. */
  readonly caption: string;
  readonly chart: ChartSpec;
  readonly table: ReportTable;
}

/** A report: a title, a summary line and its items, in order. */
export interface Report {
  readonly title: string;
  readonly summary: string;
  readonly items: readonly ReportItem[];
}
