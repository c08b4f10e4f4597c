import type { OnWarning } from "../types";
import type { PartialTable } from "./partial-table";
import { tableKind } from "./table-kinds";

/** What {@link partialRows} returns: the table's rows and their columns. */
export interface PartialTableRows {
  /** Rows of the table's function (`TermFrequencyRow`, `KeynessRow`, ...). */
  readonly rows: readonly object[];
  /** Its column constant (`TERM_FREQUENCY_COLUMNS`, `KEYNESS_COLUMNS`, ...). */
  readonly columns: readonly string[];
}

/**
 * The table of a (merged) partial table: the statistics (rates, tf-idf, G2, MI, Wilson
 * intervals, Juilland's D) computed once, after the merge, from the summed counts, with
 * the table's own code. On the partial of a whole corpus, or the merge of its shards'
 * partials, gives exactly the rows of the table's function on that corpus.
 *
 * @param partial From {@link countShard} or {@link mergePartials}.
 * @param onWarning Receives the table's warnings (terms never seen, an empty target, ...).
 * @returns Rows and columns; `formatRows(rows, columns, "csv")` prints them.
 * @example
 * const { rows, columns } = partialRows(mergePartials([a, b]));
 */
export function partialRows(partial: PartialTable, onWarning?: OnWarning): PartialTableRows {
  const k = tableKind("partialRows", partial.kind);
  return k.finish(partial.sections, partial.options, onWarning);
}
