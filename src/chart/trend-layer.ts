/**
 * Shared internals of termTrendChart and termTrendByGroupChart: term selection, dated
 * rows, inline data and the line + point unit spec.
 */
import { checkOneOf } from "../errors";
import type { OnWarning } from "../types";
import {
  CHART_MEASURES,
  COLUMN_FORMAT,
  COUNT,
  GROUP,
  GROUP_START,
  MEASURE_TITLE,
  PER_1K,
  SPLIT,
  TERM,
  type ChartMeasure,
  type TermMeasureRow,
} from "./columns";
import {
  checkOptionKeys,
  checkRows,
  compareStrings,
  intOption,
  num,
  rowsError,
  stringOption,
  termsOption,
  warningOption,
  yearAxis,
  type DataRow,
  type JsonValue,
} from "./spec";

/** Options common to the trend charts. */
export interface TrendOptions {
  /** Terms to draw, one line each, in legend order (default: the `top` terms by total count). */
  terms?: readonly string[];
  /** Number of terms drawn when `terms` is not given, an integer >= 1 (default 5). */
  top?: number;
  /** Column on the y axis: "per_1k" (default), "count" or "tfidf". */
  measure?: ChartMeasure;
  /** Chart title (default `Terms over time (<measure>)`). */
  title?: string;
  /** Width of the chart (or of each panel) in pixels. */
  width?: number;
  /** Height of the chart (or of each panel) in pixels. */
  height?: number;
  /** Receives warnings: rows without group_start dropped, requested terms not in rows. */
  onWarning?: OnWarning;
}

export interface TrendParts {
  measure: ChartMeasure;
  title: string;
  options: Record<string, unknown>;
  values: DataRow[];
  unit: Record<string, JsonValue>;
}

const TREND_KEYS = ["terms", "top", "measure", "title", "width", "height", "onWarning"];

/**
 * Validates options, selects terms and dated rows, builds the sorted inline data and the
 * unit spec (line per term with points, temporal UTC x). `bySplit` keeps the split field
 * and requires it; otherwise rows must not repeat (group, term).
 */
export function trendParts(fn: string, rows: readonly TermMeasureRow[], options: unknown, bySplit: boolean, extraKeys: readonly string[] = []): TrendParts {
  const o = checkOptionKeys(fn, options, [...TREND_KEYS, ...extraKeys]);
  checkRows(fn, rows);
  const measure = o.measure === undefined ? "per_1k" : checkOneOf(fn, 'option "measure"', o.measure, CHART_MEASURES);
  const requested = termsOption(fn, o.terms);
  const top = intOption(fn, "top", o.top, 5);
  const warn = warningOption(fn, o.onWarning);
  const title = stringOption(fn, "title", o.title) ?? `Terms over time (${MEASURE_TITLE[measure]})`;

  const terms = requested ?? topTermsByCount(rows, top);
  if (requested && warn) {
    const present = new Set(rows.map((r) => r.term));
    for (const t of requested) {
      if (!present.has(t)) warn({ code: "term_not_found", message: `${fn}: term ${JSON.stringify(t)} is not in the rows; it gets no line` });
    }
  }
  const keep = new Set(terms);
  let undated = 0;
  let unsplit = 0;
  const picked: TermMeasureRow[] = [];
  for (const r of rows) {
    if (!keep.has(r.term)) continue;
    if (r.group_start == null) {
      undated++;
      continue;
    }
    if (bySplit && r.split == null) {
      unsplit++;
      continue;
    }
    picked.push(r);
  }
  if (undated > 0 && warn) {
    warn({ code: "no_group_start", message: `${fn}: ${undated} row(s) without group_start (not grouped by period) left out` });
  }
  if (unsplit > 0 && warn) {
    warn({ code: "no_split", message: `${fn}: ${unsplit} row(s) without split left out` });
  }

  const termRank = new Map(terms.map((t, i) => [t, i]));
  picked.sort(
    (a, b) =>
      compareStrings(bySplit ? (a.split as string) : "", bySplit ? (b.split as string) : "") ||
      (termRank.get(a.term) as number) - (termRank.get(b.term) as number) ||
      compareStrings(a.group_start as string, b.group_start as string) ||
      compareStrings(a.group, b.group),
  );
  for (let i = 1; i < picked.length; i++) {
    const a = picked[i - 1];
    const b = picked[i];
    if (a.term === b.term && a.group === b.group && (!bySplit || a.split === b.split)) {
      throw rowsError(
        fn,
        `group ${JSON.stringify(b.group)} has term ${JSON.stringify(b.term)} twice` + (bySplit ? ` in split ${JSON.stringify(b.split)}` : " (rows with a split: use termTrendByGroupChart)"),
      );
    }
  }

  const values: DataRow[] = picked.map((r) => {
    const row: DataRow = { [GROUP]: r.group, [GROUP_START]: r.group_start as string };
    if (bySplit) row[SPLIT] = r.split as string;
    row[TERM] = r.term;
    row[COUNT] = num(r.count);
    row[PER_1K] = num(r.per_1k);
    if (measure !== COUNT && measure !== PER_1K) row[measure] = num(r[measure]);
    return row;
  });

  const tooltip: JsonValue[] = [
    { field: GROUP, type: "nominal", title: "group" },
    ...(bySplit ? [{ field: SPLIT, type: "nominal", title: SPLIT }] : []),
    { field: TERM, type: "nominal", title: TERM },
    { field: COUNT, type: "quantitative", title: COUNT, format: COLUMN_FORMAT[COUNT] },
    { field: PER_1K, type: "quantitative", title: PER_1K, format: COLUMN_FORMAT[PER_1K] },
    ...(measure === "tfidf" ? [{ field: measure, type: "quantitative", title: measure, format: COLUMN_FORMAT[measure] }] : []),
  ];
  const unit: Record<string, JsonValue> = {
    mark: { type: "line", point: true },
    encoding: {
      x: { field: GROUP_START, type: "temporal", scale: { type: "utc" }, axis: yearAxis([...new Set(values.map((v) => v[GROUP_START] as string))]) },
      y: { field: measure, type: "quantitative", title: MEASURE_TITLE[measure] },
      color: { field: TERM, type: "nominal", title: TERM, sort: terms },
      tooltip,
    },
  };
  return { measure, title, options: o, values, unit };
}

/** The `top` terms by summed count over all rows (ties by term). */
function topTermsByCount(rows: readonly TermMeasureRow[], top: number): string[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.term, (total.get(r.term) ?? 0) + (num(r.count) ?? 0));
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, top)
    .map(([t]) => t);
}
