/** Input checks shared by the rhetoric charts (internal to chart/). */
import { argumentError } from "../errors";
import type { RhetoricHeatmapRow } from "./rhetoric-heatmap-chart";

/**
 * Checks the rows (each with a string group and rule) and the `rules` option (a non-empty
 * array of rule ids, or undefined) of a rhetoric chart, and returns the rules asked for.
 * @internal
 */
export function checkRhetoricRows(fn: string, rows: readonly RhetoricHeatmapRow[], wanted: unknown): readonly string[] | undefined {
  if (!Array.isArray(rows)) throw argumentError(fn, "rows", "an array of rhetoricSummary rows", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.group !== "string" || typeof r.rule !== "string") {
      throw argumentError(fn, `rows[${i}]`, "a row with string group and rule", r);
    }
  });
  if (wanted !== undefined && (!Array.isArray(wanted) || wanted.length === 0 || !wanted.every((x) => typeof x === "string"))) {
    throw argumentError(fn, 'option "rules"', "a non-empty array of rule ids", wanted);
  }
  return wanted as readonly string[] | undefined;
}
