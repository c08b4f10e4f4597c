import type { Dfm } from "./dfm-types";

/** Columns of {@link dfmLongRows}. */
export const DFM_LONG_COLUMNS = ["row", "group_start", "split", "feature", "value"] as const;

/** One non-zero cell of a dfm: its row's label, period start and split, the feature and the value. */
export type DfmLongRow = {
  readonly row: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly feature: string;
  readonly value: number;
};

/**
 * The non-zero cells of a matrix as long rows (one per row and feature), the shape of a
 * CSV export and of a tidy table: rows in matrix order, features in codepoint order.
 *
 * @param m A matrix.
 * @returns Rows {@link DFM_LONG_COLUMNS}.
 * @example
 * dfmLongRows(dfm([{ id: "a", text: "war and peace", meta: {} }]));
 * // [{ row: "a", feature: "and", value: 1, ... }, { row: "a", feature: "peace", ... }, { row: "a", feature: "war", ... }]
 */
export function dfmLongRows(m: Dfm): DfmLongRow[] {
  const out: DfmLongRow[] = [];
  m.rows.forEach((row, r) => {
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) out.push({ row: row.label, group_start: row.group_start, split: row.split, feature: m.features[m.colIdx[p]], value: m.values[p] });
  });
  return out;
}
