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
/** Derived field of the faceted charts: 1-based order of a panel (sorts the facet; never an explicit list). */
export const PANEL_ORDER = "panel_order";
/** Derived field of `dispersionChart`: 1-based order of a document's band. */
export const DOCUMENT_ORDER = "document_order";

/**
 * Fields of the comparison rows (keyness, period keyness, dispersion hits, term rates,
 * two-group scatter) the comparison charts read. Spelled here, not imported from the
 * measure/compare modules, so chart/ depends only on the row shapes.
 */
export const N_TARGET = "n_target";
export const N_REFERENCE = "n_reference";
export const PER_1K_TARGET = "per_1k_target";
export const PER_1K_REFERENCE = "per_1k_reference";
export const G2 = "g2";
export const P = "p";
export const LOG_RATIO = "log_ratio";
export const DIRECTION = "direction";
export const PERIOD = "period";
export const PERIOD_START = "period_start";
export const PREVIOUS = "previous";
export const DOC_ID = "doc_id";
export const DATE = "date";
export const POSITION = "position";
export const TOKEN_INDEX = "token_index";
export const START = "start";
export const TOTAL_TOKENS = "total_tokens";
export const CI_LOW = "ci_low";
export const CI_HIGH = "ci_high";
export const KWIC_TARGET = "kwic_target";
export const KWIC_REFERENCE = "kwic_reference";

/** Derived field of the keyness charts: the side a term is key in (a target or reference label). */
export const SIDE = "side";
/** Derived field of the keyness charts: the signed bar length. */
export const VALUE = "value";
/** Derived field of `dispersionChart`: the band label of a document. */
export const DOCUMENT = "document";
/** Derived field of `termScatterChart`: the text label of a point (absent when unlabelled). */
export const LABEL = "label";

/** Derived fields of `termScatterChart`: where a point's label goes (pixels from the point, text alignment). */
export const LABEL_DX = "label_dx";
export const LABEL_DY = "label_dy";
export const LABEL_ALIGN = "label_align";

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
  n_target: ",d",
  n_reference: ",d",
  per_1k_target: ".3f",
  per_1k_reference: ".3f",
  g2: ".2f",
  p: ".2e",
  log_ratio: ".2f",
  position: ".3f",
  token_index: ",d",
  start: ",d",
  total_tokens: ",d",
  ci_low: ".3f",
  ci_high: ".3f",
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
