import { argumentError } from "../errors";
import { PANEL, PANEL_ORDER, PERIOD, PERIOD_START, PREVIOUS } from "./columns";
import { barMeasure, checkKeynessRows, keynessUnit, keynessValue, sideLabels, strongest, type KeynessBarMeasure, type KeynessChartRow } from "./keyness-bars";
import { checkOptionKeys, compareStrings, intOption, rowsError, sortByRank, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a period-keyness row {@link periodKeynessChart} reads (`keynessByPeriod` rows). */
export interface PeriodKeynessChartRow extends KeynessChartRow {
  /** The period (target of the comparison). */
  readonly period: string;
  /** ISO date where the period starts; orders the panels. */
  readonly period_start: string;
  /** The period it is compared with (reference), or "(rest)". */
  readonly previous: string;
}

/** Options of {@link periodKeynessChart}. */
export interface PeriodKeynessChartOptions {
  /** Terms shown per direction and period, an integer >= 1 (default 8). */
  top?: number;
  /** Bar length: "log_ratio" (default) or "g2" (signed: negative when it fell). */
  measure?: KeynessBarMeasure;
  /** Legend name of terms key in the period (default "rose"; "key in the period" against the rest). */
  targetLabel?: string;
  /** Legend name of terms key in the previous period (default "fell"; "key in the rest" against the rest). */
  referenceLabel?: string;
  /** Panels per row (default: 1 panel 1, up to 4 panels 2, more 3). */
  columns?: number;
  /** Width of each panel in pixels (default 260). */
  width?: number;
  /** Height of each bar slot in pixels (default 14). */
  barStep?: number;
  /** Chart title (default "What rose and fell from one period to the next"; against the rest "Key terms of each period against the rest"). */
  title?: string;
}

const FN = "periodKeynessChart";
const OPTION_KEYS = ["top", "measure", "targetLabel", "referenceLabel", "columns", "width", "barStep", "title"] as const;
const REST = "(rest)";
/** Joins period and previous in a panel label; the header breaks the line there. */
const VS = " vs ";
/** Header label expression: `<period>` over `vs <previous>` (one line without " vs "). */
const HEADER_LINES = "indexof(datum.value, ' vs ') < 0 ? datum.value : [slice(datum.value, 0, indexof(datum.value, ' vs ')), slice(datum.value, indexof(datum.value, ' vs ') + 1)]";

/**
 * Small multiples of keyness, one panel per period (ordered by `period_start`, then
 * label), each diverging bars like {@link keynessChart}: what rose against the previous
 * period (key in the period, to the right) and what fell (key in the previous period, to
 * the left). Panels are headed by the period over "vs <previous>" and wrapped in rows;
 * the term axis is independent per panel, the value axis shared so panels compare.
 *
 * Rows of `keynessByPeriod(..., { against: "rest" })` (previous "(rest)") are drawn the
 * same way, with the legend "key in the period" / "key in the rest".
 *
 * The inline data holds period, period_start, previous, the panel label and a keyness bar
 * (term, side, rank, value and the tooltip fields), sorted by panel then bar order. Empty
 * rows give a valid chart titled `... (no data)`.
 *
 * @param rows - period-keyness rows (fields of a keyness row plus period, period_start,
 *   previous), e.g. from `keynessByPeriod`.
 * @param options - see {@link PeriodKeynessChartOptions}.
 * @returns a faceted Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for malformed rows, an unknown measure, `top`
 *   or `columns` < 1, equal labels, unknown option keys; `invalid_input` when a period
 *   has a term twice or two starts.
 *
 * @example
 * ```ts
 * const rows = keynessByPeriod(sotuCorpus(), { by: "era", eras: [{ name: "to 1945", start: "1790", end: "1946" }, { name: "since 1946", start: "1946" }], stopwords: "en" });
 * await show(periodKeynessChart(rows, { top: 6, columns: 2 }));
 * ```
 */
export function periodKeynessChart(rows: readonly PeriodKeynessChartRow[], options?: PeriodKeynessChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  checkKeynessRows(FN, rows);
  rows.forEach((r, i) => {
    if (typeof r[PERIOD] !== "string" || typeof r[PERIOD_START] !== "string" || typeof r[PREVIOUS] !== "string") {
      throw argumentError(FN, `rows[${i}]`, "a row with string period, period_start and previous (from keynessByPeriod)", r);
    }
  });
  const againstRest = rows.length > 0 && rows.every((r) => r.previous === REST);
  const [target, reference] = sideLabels(FN, o, againstRest ? "key in the period" : "rose", againstRest ? "key in the rest" : "fell");
  const top = intOption(FN, "top", o.top, 8);
  const measure = barMeasure(FN, o.measure);
  const width = intOption(FN, "width", o.width, CHART_SIZES.panelWidth);
  const barStep = intOption(FN, "barStep", o.barStep, CHART_SIZES.barStep - 4, 200);
  const title = stringOption(FN, "title", o.title) ?? (againstRest ? "Key terms of each period against the rest" : "What rose and fell from one period to the next");

  const byPeriod = new Map<string, PeriodKeynessChartRow[]>();
  for (const r of rows) {
    const list = byPeriod.get(r.period);
    if (!list) byPeriod.set(r.period, [r]);
    else {
      const first = list[0];
      if (first.period_start !== r.period_start || first.previous !== r.previous) {
        throw rowsError(FN, `period ${JSON.stringify(r.period)} has two period_start or previous values`);
      }
      list.push(r);
    }
  }
  const periods = [...byPeriod.values()]
    .map((list) => list[0])
    .sort((a, b) => compareStrings(a.period_start, b.period_start) || compareStrings(a.period, b.period));
  const panelOf = (p: PeriodKeynessChartRow): string => (p.previous === REST ? p.period : `${p.period}${VS}${p.previous}`);
  const values: DataRow[] = [];
  for (const [k, p] of periods.entries()) {
    const picked = strongest(FN, byPeriod.get(p.period)!, measure, top, ` in period ${JSON.stringify(p.period)}`);
    picked.forEach((r, i) => {
      values.push({ [PANEL]: panelOf(p), [PANEL_ORDER]: k + 1, [PERIOD]: p.period, [PERIOD_START]: p.period_start, [PREVIOUS]: p.previous, ...keynessValue(r, i + 1, measure, target, reference) });
    });
  }
  const panels = periods.map(panelOf);
  const columns = intOption(FN, "columns", o.columns, Math.min(3, Math.max(1, Math.ceil(Math.sqrt(panels.length)))), 50);
  const unit = keynessUnit(measure, { target, reference, targetName: "period", referenceName: againstRest ? "rest" : "previous" }, [
    { field: PERIOD, type: "nominal", title: PERIOD },
    { field: PREVIOUS, type: "nominal", title: "against" },
  ]);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: againstRest ? "each period against the rest of the corpus" : "each period against the one before it" },
    data: { values },
    facet: { field: PANEL, type: "nominal", title: null, sort: sortByRank(PANEL_ORDER), header: { labelLimit: width + 100, labelExpr: HEADER_LINES } },
    columns,
    spec: { width, height: { step: barStep }, ...unit },
    resolve: { scale: { y: "independent" } },
    config: chartConfig(),
  };
}

