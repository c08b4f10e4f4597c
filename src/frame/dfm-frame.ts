import type * as dfd from "danfojs";
import { argumentError } from "../errors";
import { denseRow, type Dfm } from "../measure/dfm/dfm-types";
import { loadDanfo } from "./load-danfo";

/** Options of {@link dfmFrame}. */
export interface DfmFrameOptions {
  /** Refuse matrices with more cells (rows x features) than this. Default 1,000,000. */
  readonly maxCells?: number;
}

/**
 * A small document-feature matrix as a wide danfo.js DataFrame: a `row` column with the
 * row labels, then one column per feature (zeros filled in). For large matrices use
 * `dfmLongRows` (long table) or `dfmMatrixMarket`; trim or select features first.
 *
 * @param m The matrix.
 * @param options `maxCells` (1,000,000).
 * @returns A `dfd.DataFrame` with columns `row`, then the features in codepoint order.
 * @throws DiscourseError `invalid_argument` when the matrix has more than `maxCells` cells;
 *   `missing_dependency` when danfojs is not installed.
 * @example
 * dfmFrame(dfmSelect(dfm(corpus, { by: "decade" }), ["war", "peace"])).print();
 */
export function dfmFrame(m: Dfm, options: DfmFrameOptions = {}): dfd.DataFrame {
  const max = options.maxCells ?? 1_000_000;
  const cells = m.rows.length * m.features.length;
  if (cells > max) throw argumentError("dfmFrame", "the dfm", `at most ${max} cells (trim or select features first, or use dfmLongRows)`, `${m.rows.length} rows x ${m.features.length} features`);
  const danfo = loadDanfo("dfmFrame");
  const data: Record<string, unknown[]> = { row: m.rows.map((r) => (r.split === null ? r.label : `${r.label} | ${r.split}`)) };
  const columns = m.features.map(() => new Array<number>(m.rows.length));
  for (let r = 0; r < m.rows.length; r++) {
    const dense = denseRow(m, r);
    for (let j = 0; j < m.features.length; j++) columns[j][r] = dense[j];
  }
  m.features.forEach((f, j) => (data[f === "row" ? "row_" : f] = columns[j]));
  if (m.rows.length === 0) return new danfo.DataFrame([], { columns: ["row", ...m.features] });
  return new danfo.DataFrame(data as never);
}
