import type { Corpus } from "../types";
import { dispersionHitSearch, type DispersionHitRow, type DispersionOptions } from "./dispersion-hits";

/**
 * {@link dispersionHits}, one row at a time: the same rows in the same order, made as they
 * are read, so every occurrence of a frequent word can be written out (or counted) without
 * holding them all, and a reader that stops early stops the search. The corpus is
 * tokenized and the terms matched against its vocabulary when called (errors and
 * `unseen_term` warnings come then).
 *
 * @param corpus The documents.
 * @param terms Words or space-separated phrases, as for {@link dispersionHits}.
 * @param options Token options and `onWarning`, as for {@link dispersionHits}.
 * @returns An iterator of rows with the columns {@link DISPERSION_HIT_COLUMNS} (see {@link DispersionHitRow}).
 * @example
 * let n = 0;
 * for (const hit of dispersionHitsIterate(corpus, ["the"])) if (hit.position < 0.1) n++;
 * await writeRows(process.stdout, dispersionHitsIterate(corpus, ["iran"]), DISPERSION_HIT_COLUMNS, "csv");
 */
export function dispersionHitsIterate(corpus: Corpus, terms: readonly string[], options: DispersionOptions = {}): IterableIterator<DispersionHitRow> {
  return dispersionHitSearch("dispersionHitsIterate", corpus, terms, options);
}
