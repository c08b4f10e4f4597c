import { argumentError } from "../../errors";

/** Options of {@link stanceFolds}. */
export interface StanceFoldsOptions {
  /** Number of folds (default 5). */
  readonly folds?: number;
  /** "target" (default): rows of one target share a fold, so test targets are unseen; "row": row i goes to fold i mod k. */
  readonly by?: "target" | "row";
}

/**
 * Deterministic cross-validation folds. Grouped by target (leave-topics-out), groups are
 * dealt largest first to the fold with the fewest rows (ties: lower fold), groups of equal
 * size in code-unit order of their target.
 *
 * @param rows Rows with a `target`.
 * @param options `folds` (5), `by` ("target").
 * @returns The fold (0..folds-1) of each row, in row order.
 * @example
 * stanceFolds([{ target: "a" }, { target: "b" }, { target: "a" }], { folds: 2 }); // [0, 1, 0]
 */
export function stanceFolds(rows: readonly { readonly target: string }[], options: StanceFoldsOptions = {}): number[] {
  const FN = "stanceFolds";
  const k = options.folds ?? 5;
  const by = options.by ?? "target";
  if (!Array.isArray(rows)) throw argumentError(FN, 'argument "rows"', "an array of rows with a target", rows);
  if (typeof k !== "number" || !Number.isInteger(k) || k < 2) throw argumentError(FN, 'option "folds"', "an integer >= 2", k);
  if (by !== "target" && by !== "row") throw argumentError(FN, 'option "by"', "target or row", by);
  if (by === "row") return rows.map((_, i) => i % k);
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.target, (size.get(r.target) ?? 0) + 1);
  if (size.size < k) throw argumentError(FN, 'option "folds"', `at most the number of targets (${size.size})`, k);
  const groups = [...size.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [t, n] of groups) {
    let f = 0;
    for (let j = 1; j < k; j++) if (load[j] < load[f]) f = j;
    foldOf.set(t, f);
    load[f] += n;
  }
  return rows.map((r) => foldOf.get(r.target)!);
}
