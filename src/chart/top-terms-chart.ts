import { checkOneOf } from "../errors";
import {
  CHART_MEASURES,
  COLUMN_FORMAT,
  COUNT,
  DOC_FREQ,
  MEASURE_TITLE,
  PANEL,
  PANEL_ORDER,
  PER_1K,
  RANK,
  TERM,
  TFIDF,
  type ChartMeasure,
  type TermMeasureRow,
} from "./columns";
import {
  checkOptionKeys,
  checkRows,
  compareStrings,
  groupOrder,
  intOption,
  num,
  rowsError,
  sortByRank,
  stringOption,
  titleText,
  VEGA_LITE_SCHEMA,
  type ChartSpec,
  type DataRow,
} from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a term-frequency row {@link topTermsChart} reads. */
export interface TopTermsRow extends TermMeasureRow {
  readonly doc_freq: number;
}

/** Options of {@link topTermsChart}. */
export interface TopTermsChartOptions {
  /** Column the bars measure: "count" (default), "per_1k" or "tfidf". */
  measure?: ChartMeasure;
  /** Number of terms per panel, an integer >= 1 (default 10). */
  top?: number;
  /** Panels per row when there are several groups (default 3). */
  columns?: number;
  /** Width of the chart, or of each panel, in pixels (default 480 alone, 260 per panel). */
  width?: number;
  /** Height of each bar slot in pixels (default 18). */
  barStep?: number;
  /** Chart title (default `Top <top> terms by <measure>`). */
  title?: string;
}

const FN = "topTermsChart";
const OPTION_KEYS = ["measure", "top", "columns", "width", "barStep", "title"] as const;

/**
 * Horizontal bar chart of the top terms by a measure, one panel per group (small
 * multiples wrapped in `columns` per row) when the rows have several groups.
 *
 * Within each panel the bars are sorted by the measure, descending (ties by term); the
 * y scale is independent per panel so each panel keeps its own order, the x scale is
 * shared so panels compare. Panels follow the groups' `group_start` (dated groups in
 * time order, then the others by label); rows with a `split` get one panel per
 * group and split, labelled `group / split`. Tooltips show term, count, per_1k,
 * doc_freq and tfidf.
 *
 * The spec is self-contained: `$schema`, inline data (only the plotted rows, with the
 * derived fields `panel` and `rank`, sorted by panel then rank), the shared theme as
 * `config`. Empty `rows` give a valid chart with no bars titled `... (no data)`.
 *
 * @param rows - term-frequency rows (fields read: group, group_start, split, term,
 *   count, per_1k, doc_freq, tfidf), e.g. from `termFrequency`.
 * @param options - see {@link TopTermsChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for an unknown measure, `top` < 1, unknown
 *   option keys; `invalid_input` when a group has the same term twice.
 *
 * @example
 * ```ts
 * const spec = topTermsChart(termFrequency(tokens, { groupBy: "party" }), { measure: "per_1k", top: 15 });
 * await show(spec); // in a notebook; or writeChart(spec, "out", "top-terms")
 * ```
 */
export function topTermsChart(rows: readonly TopTermsRow[], options?: TopTermsChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  checkRows(FN, rows);
  const measure = o.measure === undefined ? "count" : checkOneOf(FN, 'option "measure"', o.measure, CHART_MEASURES);
  const top = intOption(FN, "top", o.top, 10);
  const columns = intOption(FN, "columns", o.columns, 3);
  const barStep = intOption(FN, "barStep", o.barStep, CHART_SIZES.barStep, 200);
  const title = stringOption(FN, "title", o.title) ?? `Top ${top} terms by ${MEASURE_TITLE[measure]}`;

  // Panel label: the group, plus the split when there is one.
  const panelOf = (r: TopTermsRow): string => (r.split == null ? r.group : `${r.group} / ${r.split}`);
  const byPanel = new Map<string, TopTermsRow[]>();
  for (const r of rows) {
    const p = panelOf(r);
    const list = byPanel.get(p);
    if (list) list.push(r);
    else byPanel.set(p, [r]);
  }
  const panels = groupOrder(rows.map((r) => ({ group: panelOf(r), group_start: r.group_start })));

  const values: DataRow[] = [];
  const faceted = panels.length > 1;
  for (const [k, panel] of panels.entries()) {
    const list = [...(byPanel.get(panel) ?? [])].sort(
      (a, b) => (num(b[measure]) ?? -Infinity) - (num(a[measure]) ?? -Infinity) || compareStrings(a.term, b.term),
    );
    for (let i = 1; i < list.length; i++) {
      if (list[i].term === list[i - 1].term) throw rowsError(FN, `group ${JSON.stringify(panel)} has term ${JSON.stringify(list[i].term)} twice`);
    }
    list.slice(0, top).forEach((r, i) => {
      values.push({
        [PANEL]: panel,
        ...(faceted ? { [PANEL_ORDER]: k + 1 } : {}),
        [TERM]: r.term,
        [RANK]: i + 1,
        [COUNT]: num(r.count),
        [PER_1K]: num(r.per_1k),
        [DOC_FREQ]: num(r.doc_freq),
        [TFIDF]: num(r.tfidf),
      });
    });
  }

  const tooltip = [
    ...(faceted ? [{ field: PANEL, type: "nominal", title: "group" }] : []),
    { field: TERM, type: "nominal", title: TERM },
    ...[COUNT, PER_1K, DOC_FREQ, TFIDF].map((f) => ({ field: f, type: "quantitative", title: f, format: COLUMN_FORMAT[f] })),
  ];
  const unit = {
    mark: { type: "bar" },
    encoding: {
      y: { field: TERM, type: "nominal", title: null, sort: { field: RANK, op: "min", order: "ascending" } },
      x: { field: measure, type: "quantitative", title: MEASURE_TITLE[measure] },
      tooltip,
    },
  };
  const text = titleText(title, values.length === 0);
  const height = { step: barStep };

  if (!faceted) {
    return {
      $schema: VEGA_LITE_SCHEMA,
      title: text,
      data: { values },
      width: intOption(FN, "width", o.width, CHART_SIZES.width),
      height,
      ...unit,
      config: chartConfig(),
    };
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: text,
    data: { values },
    facet: { field: PANEL, type: "nominal", title: null, sort: sortByRank(PANEL_ORDER) },
    columns,
    spec: { width: intOption(FN, "width", o.width, CHART_SIZES.panelWidth), height, ...unit },
    resolve: { scale: { y: "independent" } },
    config: chartConfig(),
  };
}
