import { argumentError } from "../errors";
import { normalQuantile } from "../stats/normal-quantile";
import { wilsonInterval } from "../stats/wilson-interval";
import type { CellTotals, GroupTally } from "./group-tally";

/** Columns of the per-group tables made by the one per-group step (`findingsPerGroup`); `category` is renamed by each table (`rule`, ...). */
export const GROUP_RATE_COLUMNS = ["group", "group_start", "split", "category", "count", "n_words", "per_1k", "ci_low", "ci_high", "n_docs", "n_docs_with"] as const;

/**
 * One category in one group: how often it was found, per 1,000 words, with a Wilson
 * interval. The empty-group rule: a group whose documents have no words has `per_1k`,
 * `ci_low` and `ci_high` NaN (null once written out); a category never found in a group
 * has count 0, rate 0 and a real interval. A group none of whose documents the measure
 * could read (an English-only measure on documents in other languages) has `count` and
 * `n_docs_with` NaN too, and `n_docs` and `n_words` 0: `n_docs` and `n_words` count the
 * documents read.
 */
export type GroupRateRow = {
  readonly group: string;
  /** ISO start of the group's period (a document's own date when grouped by document), or null. */
  readonly group_start: string | null;
  readonly split: string | null;
  readonly category: string;
  readonly count: number;
  /** Words of the group's documents (the same n_words in every table). */
  readonly n_words: number;
  readonly per_1k: number;
  /** Wilson score interval of the rate (count / n_words), per 1,000 words. */
  readonly ci_low: number;
  readonly ci_high: number;
  readonly n_docs: number;
  /** Documents of the group with at least one finding of the category. */
  readonly n_docs_with: number;
};

/**
 * The statistics of a (merged) tally: one row per group and category, groups in the one
 * order (`compareGroupTotals`), categories in the order given, zeros included.
 * @internal
 */
export function groupRates(tally: GroupTally, categories: readonly string[], z: number): GroupRateRow[] {
  const rows: GroupRateRow[] = [];
  for (const g of tally.groups()) {
    for (const category of categories) {
      const c = tally.cell(g, category);
      const [ci_low, ci_high] = rateInterval(c.count, g.n_words, z);
      const read = g.n_docs > 0; // a group of unread documents only has no count
      rows.push({ group: g.group, group_start: g.group_start, split: g.split, category, count: read ? c.count : NaN, n_words: g.n_words, per_1k: ratePer1k(c.count, g.n_words), ci_low, ci_high, n_docs: g.n_docs, n_docs_with: read ? c.n_docs_with : NaN });
    }
  }
  return rows;
}

/** count per 1,000 of `total`; NaN when total is 0 (the empty-group rule). @internal */
export function ratePer1k(count: number, total: number): number {
  return total === 0 ? NaN : (count * 1000) / total;
}

/** Wilson interval of count / total, per 1,000; [NaN, NaN] when total is 0. @internal */
export function rateInterval(count: number, total: number, z: number): [number, number] {
  const [lo, hi] = wilsonInterval(count, total, z);
  return [lo * 1000, hi * 1000];
}

/** Wilson interval of a share k / n (not per 1,000); [NaN, NaN] when n is 0. @internal */
export function shareInterval(k: number, n: number, z: number): [number, number] {
  return wilsonInterval(k, n, z);
}

/**
 * Mean of a cell's values with a normal-approximation interval (mean ± z·sd/√n, sd with
 * n - 1): mean NaN without values, interval NaN with fewer than 2.
 * @internal
 */
export function meanInterval(c: CellTotals, z: number): { mean: number; low: number; high: number } {
  const n = c.count;
  const mean = n === 0 ? NaN : c.sum / n;
  if (n < 2) return { mean, low: NaN, high: NaN };
  const variance = Math.max(0, (c.sum_sq - n * mean * mean) / (n - 1));
  const half = (z * Math.sqrt(variance)) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

/**
 * The two-sided normal quantile of a confidence level (1.96 for 0.95), after checking
 * the level is a number strictly between 0 and 1.
 * @internal
 */
export function confidenceZ(fn: string, confidence: unknown): number {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) throw argumentError(fn, 'option "confidence"', "a number between 0 and 1 (exclusive)", confidence);
  return normalQuantile(1 - (1 - confidence) / 2);
}
