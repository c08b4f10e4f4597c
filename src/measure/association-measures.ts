import { logLikelihood } from "../stats/log-likelihood";

/** Association measures collocations can be ranked by. */
export const AssociationMeasure = {
  /** Log-likelihood G² (default). */
  g2: "g2",
  /** Pointwise mutual information, log2(O11 / E11). */
  mi: "mi",
  /** t-score, (O11 - E11) / √O11. */
  t_score: "t_score",
  /** Dice coefficient, 2·O11 / (R1 + C1). */
  dice: "dice",
  /** Raw co-occurrence frequency O11. */
  o11: "o11",
} as const;
export type AssociationMeasure = (typeof AssociationMeasure)[keyof typeof AssociationMeasure];

/** The measures of one pair. @internal */
export interface Association {
  readonly e11: number;
  readonly mi: number;
  readonly t_score: number;
  readonly g2: number;
  readonly dice: number;
}

/**
 * Association of a pair from its contingency table (Evert 2008): O11 co-occurrences, R1
 * the first margin (node window tokens, or prefix frequency), C1 the second margin
 * (collocate frequency), N the sample size. E11 = R1·C1/N; MI = log2(O11/E11);
 * t = (O11 - E11)/√O11; G² over [[O11, R1 - O11], [C1 - O11, N - R1 - C1 + O11]];
 * Dice = 2·O11/(R1 + C1).
 * @see Evert, S. (2008). Corpora and collocations. In Lüdeling & Kytö (eds.), Corpus
 *   Linguistics: An International Handbook, article 58. De Gruyter.
 * @internal
 */
export function association(o11: number, r1: number, c1: number, n: number): Association {
  const e11 = (r1 * c1) / n;
  return {
    e11,
    mi: Math.log2(o11 / e11),
    t_score: (o11 - e11) / Math.sqrt(o11),
    g2: logLikelihood(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11),
    dice: (2 * o11) / (r1 + c1),
  };
}

/** Sorts rows by `measure` descending, ties by `key` in codepoint order, and keeps `top`. @internal */
export function rankByMeasure<T extends Record<AssociationMeasure, number>>(rows: T[], measure: AssociationMeasure, key: (row: T) => string, top: number): T[] {
  rows.sort((x, y) => {
    const d = y[measure] - x[measure];
    if (d !== 0 && !Number.isNaN(d)) return d;
    const a = key(x);
    const b = key(y);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return rows.length > top ? rows.slice(0, top) : rows;
}
