/**
 * A per-group tally (`GroupTally.state`, the partial table of the one per-group step) as
 * partial-table sections and back: the counts behind stance markers and the rhetoric
 * summary.
 * @internal
 */
import type { GroupOptions } from "../group/document-group";
import { GroupTally, type TallyState } from "../group/group-tally";
import type { PartialRow, SectionSpec } from "./partial-table";

/** Sections of a tally: groups [group, split, group_start, n_docs, n_words, first_date]; cells [group, split, category, count, n_docs_with, sum, sum_sq]. @internal */
export const TALLY_SECTIONS: Readonly<Record<string, SectionSpec>> = {
  groups: { keys: 2, ops: ["same", "sum", "sum", "min-date"] },
  cells: { keys: 3, ops: ["sum"] },
};

/** The sections of a tally's state. @internal */
export function tallySections(state: TallyState): Record<string, PartialRow[]> {
  return {
    groups: state.groups.map((g) => [g.group, g.split, g.group_start, g.n_docs, g.n_words, g.first_date]),
    cells: state.cells.map(([k, category, count, withDocs, sum, sumSq]) => [state.groups[k].group, state.groups[k].split, category, count, withDocs, sum, sumSq]),
  };
}

/** A tally holding the counts of merged sections, ready for `groupRates`. @internal */
export function tallyOfSections(fn: string, options: GroupOptions, sections: { readonly [name: string]: readonly PartialRow[] }): GroupTally {
  const groupRows = sections.groups ?? [];
  const index = new Map<string, number>(groupRows.map((r, k) => [JSON.stringify([r[0], r[1]]), k]));
  const state: TallyState = {
    groups: groupRows.map((r) => ({ group: r[0] as string, split: r[1] as string | null, group_start: r[2] as string | null, n_docs: r[3] as number, n_words: r[4] as number, first_date: r[5] as string | null })),
    cells: (sections.cells ?? []).map((r) => [index.get(JSON.stringify([r[0], r[1]]))!, r[2] as string, r[3] as number, r[4] as number, r[5] as number, r[6] as number] as const),
  };
  const tally = new GroupTally(fn, options);
  tally.absorb(state);
  return tally;
}
