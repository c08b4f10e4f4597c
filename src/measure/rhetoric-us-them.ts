import type { RhetoricSummaryRow } from "./rhetoric-summary";

/** Columns of {@link rhetoricUsThem}, in order. */
export const RHETORIC_US_THEM_COLUMNS = ["group", "group_start", "split", "in_group", "out_group", "n_words", "in_group_per_1k", "out_group_per_1k", "us_them_ratio"] as const;

/** In-group and out-group references of one group, their rates and ratio. */
export type RhetoricUsThemRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly in_group: number;
  readonly out_group: number;
  readonly n_words: number;
  readonly in_group_per_1k: number;
  readonly out_group_per_1k: number;
  /** in_group / out_group: above 1 the speaker talks more of "us", below 1 more of "them" (Infinity without out-group references, NaN without either). */
  readonly us_them_ratio: number;
};

/**
 * Us-versus-them framing per group: the counts and rates of the `in-group` (we, us, our,
 * our nation) and `out-group` (they, them, their, the enemy) rules, and their ratio,
 * read off {@link rhetoricSummary} rows (which must include both rules; a rule missing
 * from them gives count 0 and rate NaN).
 * @param summary Rows of {@link rhetoricSummary}.
 * @returns Rows with the columns {@link RHETORIC_US_THEM_COLUMNS}, in the summary's group order.
 * @example
 * const corpus = sotuCorpus();
 * const rules = ["in-group", "out-group"];
 * const s = rhetoricSummary(corpus, rhetoricMatches(corpus, { rules }), { by: "decade", rules });
 * rhetoricUsThem(s)[0];
 * // { group: "1790s", in_group: 284, out_group: 263, n_words: 21334, in_group_per_1k: 13.31,
 * //   out_group_per_1k: 12.33, us_them_ratio: 1.08, ... }
 * @see van Dijk, T. A. (1998). Ideology: A Multidisciplinary Approach. Sage (the ideological square).
 */
export function rhetoricUsThem(summary: readonly RhetoricSummaryRow[]): RhetoricUsThemRow[] {
  const order: string[] = [];
  const acc = new Map<string, { g: RhetoricSummaryRow; inn: number; out: number; innRate: number; outRate: number }>();
  for (const r of summary) {
    if (r.rule !== "in-group" && r.rule !== "out-group") continue;
    const key = JSON.stringify([r.group, r.split]);
    let a = acc.get(key);
    if (!a) {
      acc.set(key, (a = { g: r, inn: 0, out: 0, innRate: NaN, outRate: NaN }));
      order.push(key);
    }
    // Rates come from the summary rows (the one per-group step), never recomputed here.
    if (r.rule === "in-group") [a.inn, a.innRate] = [r.count, r.per_1k];
    else [a.out, a.outRate] = [r.count, r.per_1k];
  }
  return order.map((k) => {
    const { g, inn, out, innRate, outRate } = acc.get(k)!;
    return {
      group: g.group,
      group_start: g.group_start,
      split: g.split,
      in_group: inn,
      out_group: out,
      n_words: g.n_words,
      in_group_per_1k: innRate,
      out_group_per_1k: outRate,
      us_them_ratio: out === 0 ? (inn === 0 ? NaN : Infinity) : inn / out,
    };
  });
}
