import { checkInteger } from "../errors";
import type { Dfm } from "../measure/dfm/dfm-types";
import { dfmSimilarity, SimilarityMethod, type SimilarityRow } from "./dfm-similarity";

/** Options of {@link nearestDocuments}. */
export interface NearestDocumentsOptions {
  /** "cosine" (default), "correlation", "jaccard" or "euclidean". */
  readonly method?: SimilarityMethod;
  /** How many neighbours. Default 10. */
  readonly top?: number;
}

/**
 * The rows of a dfm most similar to one row (least distant, for "euclidean"), itself
 * excluded: the nearest speeches to an address, the closest speakers to a speaker.
 *
 * @param m The matrix.
 * @param row The label of the row to query (a document id, a group label; "label | split" with a split).
 * @param options `method` ("cosine"), `top` (10).
 * @returns Rows of {@link dfmSimilarity} (row_a is the query), nearest first; ties in matrix order.
 * @example
 * const m = dfmWeight(dfm(sotuCorpus(), { stopwords: "en" }), "tfidf");
 * nearestDocuments(m, "sotu-1941-franklin-d-roosevelt", { top: 5 }).map((r) => r.row_b);
 */
export function nearestDocuments(m: Dfm, row: string, options: NearestDocumentsOptions = {}): SimilarityRow[] {
  const top = checkInteger("nearestDocuments", 'option "top"', options.top ?? 10, 1, Number.MAX_SAFE_INTEGER);
  const method = options.method ?? SimilarityMethod.cosine;
  const rows = dfmSimilarity(m, { method, rows: [row] }).filter((r) => r.order_b !== r.order_a && !Number.isNaN(r.value));
  const sign = method === SimilarityMethod.euclidean ? 1 : -1;
  return rows.sort((a, b) => sign * (a.value - b.value) || a.order_b - b.order_b).slice(0, top);
}
