import type { Document, OnWarning } from "../types";
import { compareDates, MISSING_GROUP, type DocumentGroup, type GroupOptions } from "./document-group";
import { groupingOf, type Placement } from "./grouping-of";

/** One group of a {@link GroupTally}: where its documents fall, how many, how many words. */
export interface GroupTotals extends DocumentGroup {
  readonly n_docs: number;
  /** Words (tokens other than punctuation and symbols, see `wordCounts`) of the group's documents. */
  readonly n_words: number;
  /** Earliest date of the group's documents, or null when none is dated. */
  readonly first_date: string | null;
}

/** What a tally knows of one category in one group: sums over the group's documents. */
export interface CellTotals {
  /** Findings of the category. */
  readonly count: number;
  /** Documents with at least one finding of the category. */
  readonly n_docs_with: number;
  /** Sum and sum of squares of the findings' values (for means and their intervals). */
  readonly sum: number;
  readonly sum_sq: number;
}

/** A finding as the tally counts it: its category and an optional value (a score). */
export interface TallyFinding {
  readonly category: string;
  readonly value?: number;
}

/** A tally as plain data: what a shard sends to be merged (see {@link GroupTally.absorb}). */
export interface TallyState {
  readonly groups: readonly GroupTotals[];
  /** [group index, category, count, n_docs_with, sum, sum_sq] */
  readonly cells: readonly (readonly [number, string, number, number, number, number])[];
}

interface Acc {
  group: string;
  group_start: string | null;
  split: string | null;
  n_docs: number;
  n_words: number;
  first_date: string | null;
  cells: Map<string, { count: number; n_docs_with: number; sum: number; sum_sq: number }>;
}

/**
 * The partial table of the "findings per group" step: documents placed in groups (field,
 * period, breaks, eras, split), their words totalled, their findings counted per category.
 * Everything it holds is a sum over documents (or a minimum, for the first date), so a
 * shard of the corpus can be counted anywhere, its {@link state} sent, and the shards
 * {@link absorb}ed in any order before the statistics are computed (`groupRates`).
 * @internal
 */
export class GroupTally {
  private readonly placement: Placement;
  private readonly accs = new Map<string, Acc>();

  constructor(fn: string, options: GroupOptions, onWarning?: OnWarning) {
    this.placement = groupingOf(fn, options, onWarning);
  }

  /** The group of a document (documents lacking the field or date are reported by {@link report}, or when the groups are read). */
  groupOf(doc: Document): DocumentGroup {
    return this.placement.place(doc);
  }

  /**
   * Reports the documents placed so far that lacked what the grouping needs: one
   * `missing_group` warning per reason, with the count; an `invalid_argument` error when
   * `by` or `split` names a field no document has (listing those they have and the nearest).
   * Called by {@link groups}; call it earlier to fail before counting.
   */
  report(): void {
    this.placement.report();
  }

  /** Adds a document with its word total and its findings. */
  add(doc: Document, nWords: number, findings: Iterable<TallyFinding> = []): void {
    this.addGrouped(this.placement.place(doc), doc.date ?? null, nWords, findings);
  }

  /**
   * Adds a document the measure did not read (an English-only measure on a document in
   * another language): its group is listed, in its place in the order, but it adds no
   * document, word or finding to it. A group of such documents only has no count (NaN).
   */
  addUnread(g: DocumentGroup, date: string | null): void {
    const acc = this.accFor(g);
    if (date !== null && (acc.first_date === null || compareDates(date, acc.first_date) < 0)) acc.first_date = date;
  }

  /** Adds a document already placed by {@link groupOf} (e.g. in another thread). */
  addGrouped(g: DocumentGroup, date: string | null, nWords: number, findings: Iterable<TallyFinding> = []): void {
    const acc = this.accFor(g);
    acc.n_docs++;
    acc.n_words += nWords;
    if (date !== null && (acc.first_date === null || compareDates(date, acc.first_date) < 0)) acc.first_date = date;
    const seen = new Set<string>();
    for (const f of findings) {
      const c = this.cellFor(acc, f.category);
      const v = f.value ?? 0;
      c.count++;
      c.sum += v;
      c.sum_sq += v * v;
      if (!seen.has(f.category)) {
        seen.add(f.category);
        c.n_docs_with++;
      }
    }
  }

  /** The tally as plain, transferable data. */
  state(): TallyState {
    const groups: GroupTotals[] = [];
    const cells: [number, string, number, number, number, number][] = [];
    for (const a of this.accs.values()) {
      const k = groups.length;
      groups.push({ group: a.group, group_start: a.group_start, split: a.split, n_docs: a.n_docs, n_words: a.n_words, first_date: a.first_date });
      for (const [category, c] of a.cells) cells.push([k, category, c.count, c.n_docs_with, c.sum, c.sum_sq]);
    }
    return { groups, cells };
  }

  /** Adds the sums of another tally made with the same grouping. */
  absorb(state: TallyState): void {
    const accs = state.groups.map((g) => {
      const acc = this.accFor(g);
      acc.n_docs += g.n_docs;
      acc.n_words += g.n_words;
      if (g.first_date !== null && (acc.first_date === null || compareDates(g.first_date, acc.first_date) < 0)) acc.first_date = g.first_date;
      return acc;
    });
    for (const [k, category, count, withDocs, sum, sumSq] of state.cells) {
      const c = this.cellFor(accs[k], category);
      c.count += count;
      c.n_docs_with += withDocs;
      c.sum += sum;
      c.sum_sq += sumSq;
    }
  }

  /** The groups in the one order of every per-group table (see {@link compareGroupTotals}), after {@link report}ing what could not be placed. */
  groups(): GroupTotals[] {
    this.report();
    return [...this.accs.values()].map(({ cells: _c, ...g }) => g).sort(compareGroupTotals);
  }

  /** The sums of one category in one group (zeros when it has no finding). */
  cell(g: DocumentGroup, category: string): CellTotals {
    return this.accs.get(groupKey(g))?.cells.get(category) ?? { count: 0, n_docs_with: 0, sum: 0, sum_sq: 0 };
  }

  /** Categories found, in the order first met. */
  categories(): string[] {
    const out = new Set<string>();
    for (const a of this.accs.values()) for (const c of a.cells.keys()) out.add(c);
    return [...out];
  }

  private accFor(g: DocumentGroup): Acc {
    const key = groupKey(g);
    let acc = this.accs.get(key);
    if (!acc) this.accs.set(key, (acc = { group: g.group, group_start: g.group_start, split: g.split, n_docs: 0, n_words: 0, first_date: null, cells: new Map() }));
    return acc;
  }

  private cellFor(acc: Acc, category: string) {
    let c = acc.cells.get(category);
    if (!c) acc.cells.set(category, (c = { count: 0, n_docs_with: 0, sum: 0, sum_sq: 0 }));
    return c;
  }
}

/** Identity of a group: its label and split. @internal */
export function groupKey(g: Pick<DocumentGroup, "group" | "split">): string {
  return g.split === null ? g.group : `${g.group}\u0000${g.split}`;
}

/**
 * The one order of groups in every per-group table: by date, where a group's date is the
 * start of its period (`group_start`) or else its earliest dated document (so speakers
 * and parties come in order of first appearance, and "before 1861" before "1861 to ...");
 * groups without any date last; then by label and split label in code-unit order. The
 * group "(missing)" (documents lacking the field, or a date fine enough for the bin) comes
 * after every other group, whatever the dates of its documents.
 * @internal
 */
export function compareGroupTotals(a: Pick<GroupTotals, "group" | "group_start" | "split" | "first_date">, b: Pick<GroupTotals, "group" | "group_start" | "split" | "first_date">): number {
  const ma = a.group === MISSING_GROUP;
  if (ma !== (b.group === MISSING_GROUP)) return ma ? 1 : -1;
  const x = a.group_start ?? a.first_date;
  const y = b.group_start ?? b.first_date;
  if (x !== null && y !== null) {
    const c = compareDates(x, y);
    if (c !== 0) return c;
  } else if (x !== null || y !== null) return x === null ? 1 : -1;
  return cmp(a.group, b.group) || cmp(a.split ?? "", b.split ?? "");
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
