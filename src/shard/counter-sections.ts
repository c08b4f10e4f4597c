/**
 * A term counter's counts (`TermCounter.state`) as partial-table sections and back: the
 * counts behind freq, trend and each side of keyness.
 * @internal
 */
import type { DocumentGroup } from "../group/document-group";
import { groupKey, type GroupTotals } from "../group/group-tally";
import { TermCounter, type CounterGroupState, type CounterState, type TermFrequencyOptions } from "../measure/term-counter";
import type { PartialRow, SectionSpec } from "./partial-table";

/** Sections of a term counter: documents; groups [group, split, group_start, n_docs, n_words, first_date, ...totals]; terms [term, df]; cells [group, split, term, count, df]. @internal */
export const COUNTER_SECTIONS: Readonly<Record<string, SectionSpec>> = {
  docs: { keys: 0, ops: ["sum"] },
  groups: { keys: 2, ops: ["same", "sum", "sum", "min-date", "sum"] },
  terms: { keys: 1, ops: ["sum"] },
  cells: { keys: 3, ops: ["sum"] },
};

/** The sections of `spec` under a prefix ("target:docs", ...). @internal */
export function prefixed(prefix: string, spec: Readonly<Record<string, SectionSpec>>): Record<string, SectionSpec> {
  return Object.fromEntries(Object.entries(spec).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** The sections of a counter's state (names under `prefix`). @internal */
export function counterSections(state: CounterState, prefix = ""): Record<string, PartialRow[]> {
  const totals = new Map<string, GroupTotals>(state.tally.groups.map((g) => [groupKey(g), g]));
  const groups: PartialRow[] = [];
  const cells: PartialRow[] = [];
  for (const g of state.groups) {
    const t = totals.get(groupKey(g.key));
    groups.push([g.key.group, g.key.split, g.key.group_start, t?.n_docs ?? 0, t?.n_words ?? 0, t?.first_date ?? null, ...g.totals]);
    for (let j = 0; j < g.termIdx.length; j++) cells.push([g.key.group, g.key.split, state.terms[g.termIdx[j]], g.counts[j], g.dfs[j]]);
  }
  return {
    [`${prefix}docs`]: [[state.docs]],
    [`${prefix}groups`]: groups,
    [`${prefix}terms`]: state.terms.map((term, k) => [term, state.df[k]]),
    [`${prefix}cells`]: cells,
  };
}

/** A counter holding the counts of merged sections (names under `prefix`), ready for `rows()`. @internal */
export function counterOfSections(fn: string, options: TermFrequencyOptions, sections: { readonly [name: string]: readonly PartialRow[] }, prefix = ""): TermCounter {
  const termRows = sections[`${prefix}terms`] ?? [];
  const terms = termRows.map((r) => r[0] as string);
  const index = new Map<string, number>(terms.map((t, k) => [t, k]));
  const groupRows = sections[`${prefix}groups`] ?? [];
  const cellsOf = new Map<string, { termIdx: number[]; counts: number[]; dfs: number[] }>();
  const keyOf = (group: string, split: string | null) => groupKey({ group, split });
  for (const r of sections[`${prefix}cells`] ?? []) {
    const k = keyOf(r[0] as string, r[1] as string | null);
    let c = cellsOf.get(k);
    if (!c) cellsOf.set(k, (c = { termIdx: [], counts: [], dfs: [] }));
    c.termIdx.push(index.get(r[2] as string)!);
    c.counts.push(r[3] as number);
    c.dfs.push(r[4] as number);
  }
  const groups: CounterGroupState[] = [];
  const tallyGroups: GroupTotals[] = [];
  for (const r of groupRows) {
    const key: DocumentGroup = { group: r[0] as string, split: r[1] as string | null, group_start: r[2] as string | null };
    tallyGroups.push({ ...key, n_docs: r[3] as number, n_words: r[4] as number, first_date: r[5] as string | null });
    const c = cellsOf.get(keyOf(key.group, key.split)) ?? { termIdx: [], counts: [], dfs: [] };
    groups.push({ key, totals: r.slice(6) as number[], termIdx: Uint32Array.from(c.termIdx), counts: Uint32Array.from(c.counts), dfs: Uint32Array.from(c.dfs) });
  }
  const docs = (sections[`${prefix}docs`] ?? [])[0]?.[0] as number | undefined;
  const state: CounterState = { docs: docs ?? 0, terms, df: Uint32Array.from(termRows, (r) => r[1] as number), groups, tally: { groups: tallyGroups, cells: [] } };
  const counter = new TermCounter(fn, options);
  counter.absorb(state);
  return counter;
}
