/**
 * Field names the chart builders read, taken from termFrequency's column tuple so tables
 * and charts cannot drift apart, plus the minimal row shapes and the measure list.
 * Internal to chart/: not exported from the package index.
 */
import { TERM_FREQUENCY_COLUMNS } from "../measure/term-frequency";

export const [GROUP, GROUP_START, SPLIT, TERM, COUNT, PER_1K, DOC_FREQ, TFIDF] = TERM_FREQUENCY_COLUMNS;

/** Derived field added by {@link topTermsChart}: the panel a bar belongs to. */
export const PANEL = "panel";
/** Derived field added by {@link topTermsChart}: 1-based rank of a term within its panel. */
export const RANK = "rank";

/** Numeric measures a chart can plot, one list serving type, validation and docs. */
export const ChartMeasure = {
  count: "count",
  per_1k: "per_1k",
  tfidf: "tfidf",
} as const;
export type ChartMeasure = (typeof ChartMeasure)[keyof typeof ChartMeasure];
export const CHART_MEASURES: readonly ChartMeasure[] = Object.values(ChartMeasure);

/** Axis and legend titles of the measures. */
export const MEASURE_TITLE: Readonly<Record<ChartMeasure, string>> = {
  count: "count",
  per_1k: "per 1,000 tokens",
  tfidf: "tf-idf",
};

/** Number formats (d3-format) of the numeric columns in tooltips. */
export const COLUMN_FORMAT: Readonly<Record<string, string>> = {
  count: ",d",
  per_1k: ".2f",
  doc_freq: ",d",
  tfidf: ".4f",
};

/** The fields of a term-frequency row every chart builder reads. */
export interface TermMeasureRow {
  readonly group: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) where the group's period starts; null otherwise. */
  readonly group_start?: string | null;
  /** Optional second grouping (party, speaker); null or absent when ungrouped. */
  readonly split?: string | null;
  readonly term: string;
  readonly count: number;
  readonly per_1k: number;
  readonly tfidf: number;
}
