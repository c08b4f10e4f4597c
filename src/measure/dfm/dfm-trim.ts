import { checkInteger } from "../../errors";
import { checkCounts, compressRows, denseEntries, type Dfm } from "./dfm-types";

/** Options of {@link dfmTrim}. */
export interface DfmTrimOptions {
  /** Keep features counted at least this often over all rows. Default 1. */
  readonly minCount?: number;
  /** Keep features found in at least this many documents. Default 1. */
  readonly minDocFreq?: number;
  /** Keep features found in at most this many documents. Default: no limit. */
  readonly maxDocFreq?: number;
}

/**
 * Drops rare (or ubiquitous) features: those counted fewer than `minCount` times in the
 * whole matrix, or found in fewer than `minDocFreq` or more than `maxDocFreq` documents
 * (documents, not rows, also when rows are groups).
 *
 * @param m A matrix of counts.
 * @param options `minCount` (1), `minDocFreq` (1), `maxDocFreq` (none).
 * @returns A {@link Dfm} with the kept features (rows unchanged, empty rows kept).
 * @example
 * dfmTrim(dfm(sotuCorpus()), { minCount: 10, minDocFreq: 5 }).features.length;
 */
export function dfmTrim(m: Dfm, options: DfmTrimOptions = {}): Dfm {
  const fn = "dfmTrim";
  checkCounts(fn, m);
  const minCount = checkInteger(fn, 'option "minCount"', options.minCount ?? 1, 0, Number.MAX_SAFE_INTEGER);
  const minDf = checkInteger(fn, 'option "minDocFreq"', options.minDocFreq ?? 1, 0, Number.MAX_SAFE_INTEGER);
  const maxDf = checkInteger(fn, 'option "maxDocFreq"', options.maxDocFreq ?? Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER);
  const totals = new Float64Array(m.features.length);
  for (let p = 0; p < m.values.length; p++) totals[m.colIdx[p]] += m.values[p];
  const keep = m.features.map((_, j) => totals[j] >= minCount && m.docFreq[j] >= minDf && m.docFreq[j] <= maxDf);
  return compressRows(m.rows, denseEntries(m, keep), m.features, m.docFreq, m.nDocs);
}
