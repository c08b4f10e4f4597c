import { tokenStream } from "../../segment/token-stream";
import { GroupTally, groupKey } from "../../group/group-tally";
import type { GroupOptions } from "../../group/document-group";
import type { Corpus, OnWarning } from "../../types";
import type { TokenOptions } from "../../segment/token-filter";
import { TermCounter, type CounterState } from "../term-counter";
import { compressRows, type Dfm, type DfmRow, type RowEntries } from "./dfm-types";

/** Options of {@link dfm}. */
export interface DfmOptions extends TokenOptions, GroupOptions {
  /** Features are n-grams of this length (1 to 3). Default 1. */
  readonly ngram?: number;
  /** Receives warnings (documents lacking the grouping field). */
  readonly onWarning?: OnWarning;
}

/**
 * A document-feature matrix: one row per document (default) or per group (`by` a field,
 * "year", "decade", "period" with `breaks`, ...), one column per feature: words, stems
 * (`stem`), lemmas (`lemma`) or n-grams (`ngram`), counted on the corpus's one
 * tokenization (punctuation removed, numbers kept unless `removeNumbers`). For dictionary
 * categories as features see `dictionaryDfm`.
 *
 * The counts are those of `termFrequency` with the same options (the same counting
 * engine), stored as compressed sparse rows in typed arrays. Every count is a sum over
 * documents, so shards of a corpus give partial matrices that `dfmMerge` adds up.
 *
 * @param corpus The documents.
 * @param options `by` ("document"), `breaks`, `eras`, `split`, `ngram` (1), token options
 *   (`lowercase`, `hyphens`, `removePunct` (true), `removeNumbers`, `stopwords`, `stem`,
 *   `lemma`), `onWarning`.
 * @returns A {@link Dfm}: rows in the one order of per-group tables (date, then label),
 *   features in codepoint order.
 * @example
 * const m = dfm([{ id: "a", text: "We talk. We listen.", meta: {} }, { id: "b", text: "They talk.", meta: {} }]);
 * m.features;       // ["listen", "talk", "they", "we"]
 * m.rows[0].label;  // "a"
 * Array.from(m.values); // [1, 1, 2, 1, 1]
 * @see Benoit et al. (2018), quanteda: An R package for the quantitative analysis of textual data. JOSS 3(30), 774.
 */
export function dfm(corpus: Corpus, options: DfmOptions = {}): Dfm {
  const counter = new TermCounter("dfm", dfmCounting(options));
  countDfmDocuments(counter, corpus);
  return dfmOfCounts(counter.state(), options);
}

/** The term-counter options of a dfm (`by` "document" by default). @internal */
export function dfmCounting(options: DfmOptions): DfmOptions {
  return { ...options, by: options.by ?? "document" };
}

/** Counts the documents of `corpus` into a dfm's counter, on the corpus's one tokenization. @internal */
export function countDfmDocuments(counter: TermCounter, corpus: Corpus): void {
  const tk = tokenStream(corpus, counter.scan);
  corpus.forEach((doc, d) => counter.addTokens(tk, d, counter.groupOf(doc), doc.date ?? null));
}

/** The matrix of a counter's counts (of one corpus, or merged from its shards): rows in the one per-group order. @internal */
export function dfmOfCounts(state: CounterState, options: DfmOptions): Dfm {
  const tally = new GroupTally("dfm", dfmCounting(options));
  tally.absorb(state.tally);
  const byKey = new Map(state.groups.map((g) => [groupKey(g.key), g]));
  const rows: DfmRow[] = [];
  const entries: RowEntries[] = [];
  for (const g of tally.groups()) {
    rows.push({ label: g.group, group_start: g.group_start, split: g.split, n_docs: g.n_docs, n_words: g.n_words, first_date: g.first_date });
    const acc = byKey.get(groupKey(g));
    const e: RowEntries = new Map();
    if (acc) for (let k = 0; k < acc.termIdx.length; k++) e.set(acc.termIdx[k], acc.counts[k]);
    entries.push(e);
  }
  return compressRows(rows, entries, state.terms, state.df, state.docs);
}
