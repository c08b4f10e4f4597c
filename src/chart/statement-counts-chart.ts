import { argumentError } from "../errors";
import { checkOptionKeys, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** One bar segment of {@link statementCountsChart}: statements of one kind in one group. */
export interface StatementCountRow {
  /** The bar: a speaker, or a speech event ("report · date"). */
  readonly group: string;
  /** quote, mixed or paraphrase. */
  readonly kind: string;
  /** Statements of that kind. */
  readonly n: number;
  /** Shown in the tooltip: an example statement, or the event's speakers and place. */
  readonly detail: string;
}

/** Options of {@link statementCountsChart}. */
export interface StatementCountsChartOptions {
  /** Chart title (default "Statements by kind"). */
  title?: string;
  /** Title of the group axis (default none). */
  groupTitle?: string;
  /** Width in pixels (default 480). */
  width?: number;
}

const FN = "statementCountsChart";
/** Kinds in stacking and legend order. */
const KINDS = ["quote", "mixed", "paraphrase"];

/**
 * Who is given voice in news reports, and where: one horizontal bar per group (a speaker or
 * a speech event, in the order of the rows), stacked by kind of statement (quote, mixed
 * quote, paraphrase), with the counts and an example or the event's speakers in the
 * tooltip.
 *
 * @param rows See {@link StatementCountRow}.
 * @param options See {@link StatementCountsChartOptions}.
 * @returns A Vega-Lite spec ({@link ChartSpec}).
 * @example
 * await show(statementCountsChart([{ group: "Hana Vos", kind: "quote", n: 3, detail: "We will not sell." }]));
 */
export function statementCountsChart(rows: readonly StatementCountRow[], options?: StatementCountsChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["title", "groupTitle", "width"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of statement-count rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.group !== "string" || typeof r.kind !== "string") throw argumentError(FN, `rows[${i}]`, "a row with string group and kind", r);
  });
  const title = stringOption(FN, "title", o.title) ?? "Statements by kind";
  const groupTitle = stringOption(FN, "groupTitle", o.groupTitle) ?? null;
  const groups = [...new Set(rows.map((r) => r.group))];
  const kinds = [...KINDS.filter((k) => rows.some((r) => r.kind === k)), ...new Set(rows.map((r) => r.kind).filter((k) => !KINDS.includes(k)))];
  const values: DataRow[] = rows.filter((r) => num(r.n) !== null && r.n > 0).map((r) => ({ group: r.group, kind: r.kind, n: num(r.n), order: kinds.indexOf(r.kind), detail: r.detail }));
  const tooltip: JsonValue = [
    { field: "group", type: "nominal", title: groupTitle ?? "group" },
    { field: "kind", type: "nominal", title: "kind" },
    { field: "n", type: "quantitative", title: "statements", format: "d" },
    { field: "detail", type: "nominal", title: "detail" },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleText(title, values.length === 0),
    data: { values },
    width: intOption(FN, "width", o.width, CHART_SIZES.width),
    height: { step: CHART_SIZES.barStep },
    mark: { type: "bar" },
    encoding: {
      y: { field: "group", type: "nominal", sort: groups, title: groupTitle },
      x: { field: "n", type: "quantitative", title: "statements", axis: { format: "d", tickMinStep: 1 } },
      color: { field: "kind", type: "nominal", sort: kinds, scale: { domain: kinds }, title: "kind" },
      order: { field: "order", type: "quantitative" },
      tooltip,
    },
    config: chartConfig(),
  };
}
