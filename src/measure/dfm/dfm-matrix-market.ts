import type { Dfm } from "./dfm-types";

/** A dfm in Matrix Market form, with its row and feature names. */
export interface MatrixMarketFiles {
  /** The `.mtx` text: coordinate format, 1-based indices, rows x features. */
  readonly mtx: string;
  /** One row label per line, in row order (the `.rows.txt` file). */
  readonly rows: string;
  /** One feature per line, in column order (the `.features.txt` file). */
  readonly features: string;
}

/**
 * The matrix in NIST Matrix Market coordinate format (`%%MatrixMarket matrix coordinate
 * real general` for weighted values, `integer` for counts), readable by scipy's `mmread`,
 * R's `Matrix::readMM` and Julia; row labels and features go in two text files beside it
 * (as 10x Genomics and quanteda exports do).
 *
 * @param m A matrix.
 * @returns The three texts (`mtx`, `rows`, `features`), each ending in a newline.
 * @example
 * const { mtx } = dfmMatrixMarket(dfm([{ id: "a", text: "war war peace", meta: {} }]));
 * // "%%MatrixMarket matrix coordinate integer general\n1 2 2\n1 1 1\n1 2 2\n"
 * @see Boisvert, Pozo & Remington (1996), The Matrix Market Exchange Formats: Initial Design. NISTIR 5935.
 */
export function dfmMatrixMarket(m: Dfm): MatrixMarketFiles {
  const integer = m.weighting === "count" || m.weighting === "boolean";
  const lines = [`%%MatrixMarket matrix coordinate ${integer ? "integer" : "real"} general`, `% discourse-lab dfm, weighting ${m.weighting}`, `${m.rows.length} ${m.features.length} ${m.values.length}`];
  for (let r = 0; r < m.rows.length; r++) {
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) lines.push(`${r + 1} ${m.colIdx[p] + 1} ${integer ? m.values[p] : m.values[p].toPrecision(17).replace(/\.?0+(e|$)/, "$1")}`);
  }
  const names = (xs: readonly string[]) => xs.map((x) => x.replace(/[\r\n]+/g, " ")).join("\n") + "\n";
  return { mtx: lines.join("\n") + "\n", rows: names(m.rows.map((r) => (r.split === null ? r.label : `${r.label}\t${r.split}`))), features: names(m.features) };
}
