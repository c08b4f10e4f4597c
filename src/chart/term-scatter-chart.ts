import { argumentError } from "../errors";
import type { OnWarning } from "../types";
import { COLUMN_FORMAT, G2, KWIC_REFERENCE, KWIC_TARGET, LABEL, LABEL_ALIGN, LABEL_DX, LABEL_DY, LOG_RATIO, N_REFERENCE, N_TARGET, PER_1K_REFERENCE, PER_1K_TARGET, TERM } from "./columns";
import { checkOptionKeys, compareStrings, intOption, num, rowsError, stringOption, titleText, VEGA_LITE_SCHEMA, warningOption, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIDES, CHART_SIZES, chartConfig } from "./theme";

/** The fields of a two-group term row {@link termScatterChart} reads (`termScatterRows` rows). */
export interface TermScatterChartRow {
  readonly term: string;
  /** Occurrences in group A (target) and group B (reference). */
  readonly n_target: number;
  readonly n_reference: number;
  /** Rates per 1,000 tokens in A (x) and B (y). */
  readonly per_1k_target: number;
  readonly per_1k_reference: number;
  /** Log-likelihood G2 (tooltip). */
  readonly g2: number;
  /** Binary log of the A rate over the B rate: the colour (> 0 more in A). */
  readonly log_ratio: number;
  /** Concordance lines of the term in A and in B (the first 3 of each go to the tooltip). */
  readonly kwic_target?: readonly string[];
  readonly kwic_reference?: readonly string[];
}

/** Options of {@link termScatterChart}. */
export interface TermScatterChartOptions {
  /** Name of group A, titling the x axis and tooltips (default "target"). */
  targetLabel?: string;
  /** Name of group B, titling the y axis and tooltips (default "reference"). */
  referenceLabel?: string;
  /** Write the term next to the N points with the largest |log_ratio|, an integer >= 0 (default 15). */
  labelTop?: number;
  /** Side of the square plot in pixels (default 420). */
  size?: number;
  /** Chart title (default `<targetLabel> against <referenceLabel>`). */
  title?: string;
  /** Receives a `no_rate` warning when rows without finite rates are left out. */
  onWarning?: OnWarning;
}

const FN = "termScatterChart";
const OPTION_KEYS = ["targetLabel", "referenceLabel", "labelTop", "size", "title", "onWarning"] as const;
/** Concordance lines per side carried into the tooltip. */
const LINES = 3;
/**
 * Linear region of the symlog axes, per 1,000 tokens: rates well above it are spaced
 * logarithmically, 0 (a term absent from one group) stays on the axis.
 */
const SYMLOG_CONSTANT = 0.1;
const TICKS = [0, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * Two groups side by side: each term a point at its rate per 1,000 tokens in A (x,
 * `per_1k_target`) and in B (y, `per_1k_reference`). Both axes are symmetric-log
 * (`symlog`, linear below about 0.1 per 1,000, logarithmic above) with the same domain,
 * so a term absent from one group sits on that axis (a log scale could not show 0) and
 * the dashed diagonal is where both rates are equal: terms below it are more frequent in
 * A, above it in B. Colour is the log ratio on the theme's diverging ramp (target colour
 * for more in A, reference colour for more in B, grey for equal), symmetric around 0;
 * the `labelTop` terms with the largest |log_ratio| (ties by G2, then term) are written
 * next to their points.
 *
 * Tooltips show the term, both counts and rates, G2, the log ratio and up to three
 * concordance lines from each group: the arrays `kwic_target` / `kwic_reference` are
 * flattened to the string fields `kwic_target_1..3` / `kwic_reference_1..3` of the
 * inline data ("" where a group has fewer lines). Rows without finite rates are left out
 * (`no_rate` warning). Data is sorted by |log_ratio| descending, then term.
 *
 * @param rows - two-group term rows (fields read: term, n_target, n_reference,
 *   per_1k_target, per_1k_reference, g2, log_ratio, kwic_target, kwic_reference), e.g.
 *   from `termScatterRows`.
 * @param options - see {@link TermScatterChartOptions}.
 * @returns a layered Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for rows without a string term, `labelTop` < 0,
 *   `size` < 1, unknown option keys; `invalid_input` when a term appears twice.
 *
 * @example
 * ```ts
 * const rows = termScatterRows(selectDocuments(c, "id=sotu-2002-george-w-bush"), selectDocuments(c, "id=sotu-2015-barack-obama"));
 * await show(termScatterChart(rows, { targetLabel: "Bush 2002", referenceLabel: "Obama 2015", labelTop: 10 }));
 * ```
 */
export function termScatterChart(rows: readonly TermScatterChartRow[], options?: TermScatterChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of two-group term rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r[TERM] !== "string") throw argumentError(FN, `rows[${i}]`, "a row with a string term", r);
    for (const f of [KWIC_TARGET, KWIC_REFERENCE] as const) {
      const lines = r[f];
      if (lines !== undefined && lines !== null && !(Array.isArray(lines) && lines.every((l) => typeof l === "string"))) {
        throw argumentError(FN, `rows[${i}].${f}`, "an array of strings", lines);
      }
    }
  });
  const a = stringOption(FN, "targetLabel", o.targetLabel) ?? "target";
  const b = stringOption(FN, "referenceLabel", o.referenceLabel) ?? "reference";
  const labelTop = o.labelTop === 0 ? 0 : intOption(FN, "labelTop", o.labelTop, 15);
  const size = intOption(FN, "size", o.size, CHART_SIZES.scatter);
  const warn = warningOption(FN, o.onWarning);
  const title = stringOption(FN, "title", o.title) ?? `${a} against ${b}`;

  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.term)) throw rowsError(FN, `term ${JSON.stringify(r.term)} appears twice`);
    seen.add(r.term);
  }
  const plotted = rows.filter((r) => num(r.per_1k_target) !== null && num(r.per_1k_reference) !== null);
  if (plotted.length < rows.length) warn?.({ code: "no_rate", message: `${FN}: ${rows.length - plotted.length} row(s) without finite rates left out` });
  const strength = (r: TermScatterChartRow): number => Math.abs(num(r.log_ratio) ?? 0);
  const sorted = [...plotted].sort((x, y) => strength(y) - strength(x) || (num(y.g2) ?? 0) - (num(x.g2) ?? 0) || compareStrings(x.term, y.term));
  // One domain for both axes, so the diagonal is y = x; ticks at 0 and 1-2-5 steps.
  const max = Math.max(1, ...sorted.map((r) => Math.max(r.per_1k_target, r.per_1k_reference)));
  const top = TICKS.find((t) => t >= max) ?? max;
  const places = placeLabels(sorted.slice(0, labelTop), size, top);
  const values: DataRow[] = sorted.map((r) => {
    const place = places.get(r.term);
    const row: DataRow = {
      [TERM]: r.term,
      [LABEL]: place ? r.term : null,
      [LABEL_DX]: place ? place.dx : null,
      [LABEL_DY]: place ? place.dy : null,
      [LABEL_ALIGN]: place ? place.align : null,
      [N_TARGET]: num(r.n_target),
      [N_REFERENCE]: num(r.n_reference),
      [PER_1K_TARGET]: num(r.per_1k_target),
      [PER_1K_REFERENCE]: num(r.per_1k_reference),
      [G2]: num(r.g2),
      [LOG_RATIO]: num(r.log_ratio),
    };
    for (let k = 1; k <= LINES; k++) row[`${KWIC_TARGET}_${k}`] = r.kwic_target?.[k - 1] ?? "";
    for (let k = 1; k <= LINES; k++) row[`${KWIC_REFERENCE}_${k}`] = r.kwic_reference?.[k - 1] ?? "";
    return row;
  });

  const scale: JsonValue = { type: "symlog", constant: SYMLOG_CONSTANT, domain: [0, top], nice: false };
  const ticks = TICKS.filter((t) => t <= top);
  const axis = (name: string): JsonValue => ({ values: ticks, format: "~g", title: `${name}: per 1,000 tokens` });
  const x: JsonValue = { field: PER_1K_TARGET, type: "quantitative", scale, axis: axis(a) };
  const y: JsonValue = { field: PER_1K_REFERENCE, type: "quantitative", scale, axis: axis(b) };
  const m = Math.max(0, ...values.map((v) => Math.abs((v[LOG_RATIO] as number | null) ?? 0))) || 1;
  const q = (field: string, title: string): JsonValue => ({ field, type: "quantitative", title, format: COLUMN_FORMAT[field] });
  const tooltip: JsonValue[] = [
    { field: TERM, type: "nominal", title: TERM },
    q(N_TARGET, `n ${a}`),
    q(N_REFERENCE, `n ${b}`),
    q(PER_1K_TARGET, `per 1k ${a}`),
    q(PER_1K_REFERENCE, `per 1k ${b}`),
    q(G2, "G2"),
    q(LOG_RATIO, "log ratio"),
    ...Array.from({ length: LINES }, (_, k) => ({ field: `${KWIC_TARGET}_${k + 1}`, type: "nominal", title: `${a} (${k + 1})` })),
    ...Array.from({ length: LINES }, (_, k) => ({ field: `${KWIC_REFERENCE}_${k + 1}`, type: "nominal", title: `${b} (${k + 1})` })),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleText(title, values.length === 0), subtitle: `below the diagonal: more frequent in ${a}; above: in ${b}` },
    data: { values },
    width: size,
    height: size,
    layer: [
      {
        mark: { type: "rule" },
        encoding: { x: { datum: 0, type: "quantitative", scale, axis: axis(a) }, y: { datum: 0, type: "quantitative", scale, axis: axis(b) }, x2: { datum: top }, y2: { datum: top } },
      },
      {
        mark: { type: "point", size: 50, opacity: 0.9 },
        encoding: {
          x,
          y,
          color: {
            field: LOG_RATIO,
            type: "quantitative",
            title: ["log ratio", `+ more in ${a}`, `− more in ${b}`],
            scale: { domain: [-m, 0, m], range: [CHART_SIDES.reference, CHART_SIDES.neutral, CHART_SIDES.target] },
            legend: { orient: "right", direction: "vertical", titleLimit: 220 },
          },
          tooltip,
        },
      },
      {
        transform: [{ filter: `datum.${LABEL} !== null` }],
        mark: { type: "text", baseline: "middle", align: { expr: `datum.${LABEL_ALIGN}` }, dx: { expr: `datum.${LABEL_DX}` }, dy: { expr: `datum.${LABEL_DY}` } },
        encoding: { x, y, text: { field: LABEL, type: "nominal" } },
      },
    ],
    config: chartConfig(),
  };
}

/** Estimated size of a label in pixels (the theme's 10 px text) and its gap to the point. */
const LABEL_CHAR = 6.2;
const LABEL_LINE = 11;
const LABEL_GAP = 5;
const LABEL_SHIFTS = [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6];

/**
 * Greedy label placement in pixel space: each term (strongest first) goes right of its
 * point, else left, at the first vertical shift (0, -1, +1, -2, ... up to 6 lines) where its box
 * stays inside the plot and overlaps no label placed before; if none fits, right at 0.
 */
function placeLabels(rows: readonly TermScatterChartRow[], size: number, top: number): Map<string, { dx: number; dy: number; align: string }> {
  const unit = Math.log1p(top / SYMLOG_CONSTANT);
  const px = (v: number): number => (Math.log1p(Math.max(0, v) / SYMLOG_CONSTANT) / unit) * size;
  const boxes: [number, number, number, number][] = [];
  const out = new Map<string, { dx: number; dy: number; align: string }>();
  for (const r of rows) {
    const x = px(r.per_1k_target);
    const y = size - px(r.per_1k_reference);
    const w = r.term.length * LABEL_CHAR;
    let chosen: { dx: number; dy: number; align: string; box: [number, number, number, number] } | undefined;
    search: for (const shift of LABEL_SHIFTS) {
      const dy = shift * LABEL_LINE;
      for (const align of ["left", "right"]) {
        const x0 = align === "left" ? x + LABEL_GAP : x - LABEL_GAP - w;
        const box: [number, number, number, number] = [x0, y + dy - LABEL_LINE / 2, x0 + w, y + dy + LABEL_LINE / 2];
        if (box[0] < 0 || box[2] > size || box[1] < 0 || box[3] > size) continue;
        if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
        chosen = { dx: align === "left" ? LABEL_GAP : -LABEL_GAP, dy, align, box };
        break search;
      }
    }
    chosen ??= { dx: LABEL_GAP, dy: 0, align: "left", box: [x + LABEL_GAP, y - LABEL_LINE / 2, x + LABEL_GAP + w, y + LABEL_LINE / 2] };
    boxes.push(chosen.box);
    out.set(r.term, { dx: chosen.dx, dy: chosen.dy, align: chosen.align });
  }
  return out;
}
