import type { Corpus } from "../types";
import { rhetoricMatchSearch, type RhetoricMatchesOptions, type RhetoricMatchRow } from "./rhetoric-matches";

/**
 * {@link rhetoricMatches}, one row at a time: the same rows in the same order, the rules
 * run over a document when its first row is asked for, so the matches of a large corpus
 * can be written out without holding them all, and a reader that stops early stops the
 * search. Rules are resolved when called (unknown ids and malformed rules fail then).
 *
 * @param corpus The documents.
 * @param options `rules` (all built-in) and `onWarning`, as for {@link rhetoricMatches}.
 * @returns An iterator of rows with the columns {@link RHETORIC_MATCH_COLUMNS} (see {@link RhetoricMatchRow}).
 * @example
 * for (const m of rhetoricMatchesIterate(corpus, { rules: ["false-dilemma"] })) {
 *   console.log(m.doc_id, m.text);
 * }
 */
export function rhetoricMatchesIterate(corpus: Corpus, options: RhetoricMatchesOptions = {}): IterableIterator<RhetoricMatchRow> {
  return rhetoricMatchSearch("rhetoricMatchesIterate", corpus, options);
}
