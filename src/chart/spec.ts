/**
 * The spec type the chart builders return and helpers they share (internal to chart/,
 * except {@link ChartSpec}, {@link VEGA_LITE_SCHEMA} and {@link specJson}).
 */
import { finiteOrNull } from "../stats/finite-or-null";
import { argumentError, checkInteger, checkString, DiscourseError, ErrorCode } from "../errors";
import type { OnWarning } from "../types";

/**
 * `$schema` of every spec: the major version of the installed vega-lite (6.x). A major
 * URL keeps goldens stable across patch releases; test/chart checks the installed major.
 */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** A plain JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One inline data row of a spec. */
export type DataRow = Record<string, string | number | null>;

/**
 * A self-contained Vega-Lite spec as plain JSON: `$schema`, a title, inline
 * `data.values` and the shared theme `config`; the rest is Vega-Lite's top-level syntax.
 */
export interface ChartSpec {
  $schema: string;
  title: string | { text: string; [key: string]: unknown };
  data: { values: DataRow[] };
  config: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Stable text of a spec: 2-space indented JSON with a trailing newline (goldens, .vl.json).
 * @example
 * fs.writeFileSync("top.vl.json", specJson(topTermsChart(rows)));
 */
export function specJson(spec: ChartSpec): string {
  return JSON.stringify(spec, null, 2) + "\n";
}

/** Code-unit order: the same on every machine and locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Throws unless `rows` is an array of objects with a string `term` and `group`. */
export function checkRows(fn: string, rows: unknown): void {
  if (!Array.isArray(rows)) throw argumentError(fn, "rows", "an array of term-frequency rows", rows);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown> | null;
    if (r === null || typeof r !== "object" || typeof r.term !== "string" || typeof r.group !== "string") {
      throw argumentError(fn, `rows[${i}]`, "an object with string fields group and term", r);
    }
  }
}

/** Throws when `options` has a key outside `known` (catches typos such as `measures`). */
export function checkOptionKeys(fn: string, options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw argumentError(fn, "options", "an object", options);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw argumentError(fn, "options", `an object with keys among ${known.join(", ")}`, key);
  }
  return options as Record<string, unknown>;
}

/** Optional positive integer option with a default. */
export function intOption(fn: string, name: string, value: unknown, fallback: number, max = 10_000): number {
  return value === undefined ? fallback : checkInteger(fn, `option "${name}"`, value, 1, max);
}

/** Optional non-empty string option. */
export function stringOption(fn: string, name: string, value: unknown): string | undefined {
  return value === undefined ? undefined : checkString(fn, `option "${name}"`, value);
}

/** Optional onWarning callback option. */
export function warningOption(fn: string, value: unknown): OnWarning | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "function") throw argumentError(fn, 'option "onWarning"', "a function", value);
  return value as OnWarning;
}

/** Optional list of distinct non-empty terms; an empty list is an error. */
export function termsOption(fn: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    throw argumentError(fn, 'option "terms"', "a non-empty array of terms", value);
  }
  const seen = new Set<string>();
  for (const t of value) {
    if (typeof t !== "string" || t.length === 0) throw argumentError(fn, 'option "terms"', "an array of non-empty strings", t);
    if (seen.has(t)) throw argumentError(fn, 'option "terms"', "an array of distinct terms", t);
    seen.add(t);
  }
  return [...seen];
}

/** Title text, marked when the chart has no data. */
export function titleText(title: string, empty: boolean): string {
  return empty ? `${title} (no data)` : title;
}

/** A finite number, or null (JSON has no NaN): inline data never carries NaN (`finiteOrNull`, the one NaN/null rule). */
export function num(value: unknown): number | null {
  return typeof value === "number" ? finiteOrNull(value) : null;
}

/** Orders group labels by period start (nulls last), then label. */
export function groupOrder(rows: readonly { group: string; group_start?: string | null }[]): string[] {
  const start = new Map<string, string | null>();
  for (const r of rows) {
    const s = r.group_start ?? null;
    const prev = start.get(r.group);
    if (prev === undefined || (s !== null && (prev === null || s < prev))) start.set(r.group, s);
  }
  return [...start.keys()].sort((a, b) => {
    const sa = start.get(a) ?? null;
    const sb = start.get(b) ?? null;
    if (sa !== sb) {
      if (sa === null) return 1;
      if (sb === null) return -1;
      return compareStrings(sa, sb);
    }
    return compareStrings(a, b);
  });
}

/** Input error naming the builder (rows that break a builder's contract). */
export function rowsError(fn: string, message: string): DiscourseError {
  return new DiscourseError(ErrorCode.invalidInput, `${fn}: ${message}`);
}

const NICE_YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * Axis settings for a temporal x of ISO period starts. For year-precision starts, ticks
 * fall on whole years (every 1, 2, 5, 10, ... years, at most ~8 ticks) labelled "%Y";
 * other precisions keep Vega's default multi-scale labels.
 */
export function yearAxis(starts: readonly string[]): Record<string, JsonValue> {
  const axis: Record<string, JsonValue> = { title: null, labelOverlap: true };
  if (starts.length === 0 || !starts.every((s) => /^\d{4}$/.test(s))) return axis;
  const years = starts.map(Number);
  const span = Math.max(...years) - Math.min(...years);
  const step = NICE_YEAR_STEPS.find((s) => span / s <= 8) ?? 1000;
  axis.format = "%Y";
  axis.tickCount = { interval: "year", step };
  return axis;
}

/**
 * A sort by a rank field of the data (`{ field, op: "min" }`): the order of a nominal
 * axis, legend or facet given as a number on each row rather than as an explicit list of
 * values, which Vega-Lite compiles into one nested conditional expression per value and
 * which overflows Vega's expression compiler from about 1,800 values.
 */
export function sortByRank(field: string): JsonValue {
  return { field, op: "min", order: "ascending" };
}

/**
 * The groups a chart draws when it cannot draw them all legibly: at most `max` of `groups`
 * (in their order), those with the most words (`n_words` of their rows; ties: earlier
 * first), and the subtitle line saying so, or null when every group fits.
 */
export function groupsWithMostWords(
  rows: readonly { group: string; n_words?: number | null }[],
  groups: readonly string[],
  max: number,
  what: string,
): { kept: string[]; note: string | null } {
  if (groups.length <= max) return { kept: [...groups], note: null };
  const words = new Map<string, number>();
  for (const r of rows) {
    const n = typeof r.n_words === "number" && Number.isFinite(r.n_words) ? r.n_words : 0;
    words.set(r.group, Math.max(words.get(r.group) ?? 0, n));
  }
  const rank = new Map(groups.map((g, i) => [g, i]));
  const chosen = new Set(
    [...groups].sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0) || rank.get(a)! - rank.get(b)!).slice(0, max),
  );
  const kept = groups.filter((g) => chosen.has(g));
  const n = (x: number) => x.toLocaleString("en-US");
  return { kept, note: `${n(kept.length)} of ${n(groups.length)} ${what} shown: those with the most words (every ${what.replace(/s$/, "")} is in the table)` };
}

/** The largest `maxGroups` a chart accepts (drawing more would not be legible, nor quick). */
export const MAX_CHART_GROUPS = 5_000;
