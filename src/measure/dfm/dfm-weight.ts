import { checkOneOf } from "../../errors";
import { checkCounts, DfmWeighting, type Dfm } from "./dfm-types";

/**
 * Weights a matrix of counts: "count" (unchanged), "prop" (count / row total), "tfidf"
 * (count x log10(N / df), N documents counted, df documents containing the feature, as
 * quanteda's dfm_tfidf and this toolkit's termFrequency), "boolean" (1 if present) or
 * "log" (1 + log10(count) where present, quanteda's "logcount"). Zeros stay zeros, so the
 * matrix stays sparse.
 *
 * @param m A matrix of counts (from `dfm`, trimmed or selected).
 * @param scheme One of {@link DfmWeighting}.
 * @returns A new {@link Dfm} with `weighting` set.
 * @example
 * const m = dfm([{ id: "a", text: "war war peace", meta: {} }, { id: "b", text: "peace", meta: {} }]);
 * Array.from(dfmWeight(m, "prop").values);  // [1/3, 2/3, 1]
 * Array.from(dfmWeight(m, "tfidf").values); // [0, 2 * Math.log10(2), 0]
 * @see Manning, Raghavan & Schütze (2008), Introduction to Information Retrieval, ch. 6.
 */
export function dfmWeight(m: Dfm, scheme: DfmWeighting): Dfm {
  const s = checkOneOf("dfmWeight", 'argument "scheme"', scheme, Object.values(DfmWeighting));
  checkCounts("dfmWeight", m);
  const values = new Float64Array(m.values.length);
  for (let r = 0; r < m.rows.length; r++) {
    let total = 0;
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) total += m.values[p];
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) {
      const x = m.values[p];
      values[p] =
        s === "count" ? x
        : s === "prop" ? x / total
        : s === "tfidf" ? x * Math.log10(m.nDocs / m.docFreq[m.colIdx[p]])
        : s === "boolean" ? (x > 0 ? 1 : 0)
        : x > 0 ? 1 + Math.log10(x) : 0;
    }
  }
  return { ...m, values, weighting: s };
}
