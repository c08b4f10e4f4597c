import { argumentError, checkOneOf } from "../errors";
import { denseRow, type Dfm } from "../measure/dfm/dfm-types";

/** Similarity and distance measures between rows of a dfm. */
export const SimilarityMethod = {
  /** Cosine of the angle between the rows (1 identical direction, 0 no shared feature). */
  cosine: "cosine",
  /** Pearson correlation over all features. */
  correlation: "correlation",
  /** Shared features over features of either row (presence only). */
  jaccard: "jaccard",
  /** Euclidean distance (a distance: 0 is identical). */
  euclidean: "euclidean",
} as const;
export type SimilarityMethod = (typeof SimilarityMethod)[keyof typeof SimilarityMethod];

/** Columns of {@link dfmSimilarity}, in order. */
export const SIMILARITY_COLUMNS = ["row_a", "row_b", "order_a", "order_b", "method", "value"] as const;

/**
 * The similarity (or distance) of two rows. `order_a` / `order_b` are the rows' positions in
 * the matrix (its date order), to sort charts by a field rather than by a list of labels.
 */
export type SimilarityRow = {
  readonly row_a: string;
  readonly row_b: string;
  readonly order_a: number;
  readonly order_b: number;
  readonly method: SimilarityMethod;
  /** NaN when undefined (cosine or correlation of a row without variance). */
  readonly value: number;
};

/** Options of {@link dfmSimilarity}. */
export interface DfmSimilarityOptions {
  /** "cosine" (default), "correlation", "jaccard" or "euclidean". */
  readonly method?: SimilarityMethod;
  /** Only pairs whose first row is one of these labels. Default: every row. */
  readonly rows?: readonly string[];
}

/**
 * Similarity or distance between every pair of rows of a document-feature matrix (any
 * weighting: counts, proportions, tf-idf): cosine Σab/(‖a‖‖b‖); Pearson correlation over
 * all F features; Jaccard |A∩B|/|A∪B| on the features present; Euclidean distance
 * √Σ(a−b)². One row per ordered pair, the diagonal included (a full matrix for a heat map).
 * Rows are compared in one pass per row: the row is scattered into a dense vector, every
 * other row's non-zero cells read against it.
 *
 * @param m The matrix (rows: documents or groups).
 * @param options `method` ("cosine"), `rows` (all).
 * @returns Rows {@link SIMILARITY_COLUMNS}, by row_a then row_b in matrix order.
 * @example
 * const m = dfmWeight(dfm(corpus, { by: "speaker", stopwords: "en" }), "prop");
 * dfmSimilarity(m, { method: "cosine" });
 * @see Manning, Raghavan & Schütze (2008), Introduction to Information Retrieval, ch. 6;
 *   quanteda.textstats' textstat_simil / textstat_dist.
 */
export function dfmSimilarity(m: Dfm, options: DfmSimilarityOptions = {}): SimilarityRow[] {
  const fn = "dfmSimilarity";
  const method = checkOneOf(fn, 'option "method"', options.method ?? SimilarityMethod.cosine, Object.values(SimilarityMethod));
  const from = rowsOption(fn, m, options.rows);
  const stats = rowStats(m);
  const F = m.features.length;
  const out: SimilarityRow[] = [];
  for (const a of from) {
    const dense = denseRow(m, a);
    for (let b = 0; b < m.rows.length; b++) {
      let dot = 0;
      let shared = 0;
      for (let p = m.rowPtr[b]; p < m.rowPtr[b + 1]; p++) {
        const x = dense[m.colIdx[p]];
        if (x !== 0) {
          dot += x * m.values[p];
          shared++;
        }
      }
      const A = stats[a];
      const B = stats[b];
      let value: number;
      if (method === "cosine") value = dot / Math.sqrt(A.sumSq * B.sumSq);
      else if (method === "correlation") value = (dot - (A.sum * B.sum) / F) / Math.sqrt((A.sumSq - (A.sum * A.sum) / F) * (B.sumSq - (B.sum * B.sum) / F));
      else if (method === "jaccard") value = A.nnz + B.nnz - shared === 0 ? NaN : shared / (A.nnz + B.nnz - shared);
      else value = a === b ? 0 : Math.sqrt(Math.max(0, A.sumSq + B.sumSq - 2 * dot));
      out.push({ row_a: label(m, a), row_b: label(m, b), order_a: a, order_b: b, method, value });
    }
  }
  return out;
}

/** A row's label (with its split). @internal */
export function label(m: Dfm, r: number): string {
  const row = m.rows[r];
  return row.split === null ? row.label : `${row.label} | ${row.split}`;
}

function rowsOption(fn: string, m: Dfm, rows: readonly string[] | undefined): number[] {
  if (rows === undefined) return m.rows.map((_, r) => r);
  if (!Array.isArray(rows)) throw argumentError(fn, 'option "rows"', "a list of row labels", rows);
  return rows.map((name) => {
    const r = m.rows.findIndex((_, k) => label(m, k) === name);
    if (r < 0) throw argumentError(fn, 'option "rows"', `labels of the matrix's rows (${m.rows.slice(0, 5).map((_, k) => label(m, k)).join(", ")}, ...)`, name);
    return r;
  });
}

function rowStats(m: Dfm): { sum: number; sumSq: number; nnz: number }[] {
  return m.rows.map((_, r) => {
    let sum = 0;
    let sumSq = 0;
    let nnz = 0;
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) {
      const v = m.values[p];
      sum += v;
      sumSq += v * v;
      if (v !== 0) nnz++;
    }
    return { sum, sumSq, nnz };
  });
}
