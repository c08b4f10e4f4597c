/**
 * The one NaN/null rule of discourse-lab. Rows in memory keep JavaScript numbers: a rate
 * of a group without words, a mean without observations or an interval that cannot be
 * computed is NaN, a ratio without a denominator ±Infinity. Wherever rows leave memory
 * (CSV, JSON Lines, the text table, report tables, chart data), a number that is not
 * finite is written as null (an empty CSV cell), because JSON has no NaN and a chart must
 * not draw it.
 *
 * @example
 * finiteOrNull(2.5);  // 2.5
 * finiteOrNull(NaN);  // null
 * finiteOrNull("a");  // "a" (only numbers are touched)
 */
export function finiteOrNull<T>(value: T): T | null {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}
