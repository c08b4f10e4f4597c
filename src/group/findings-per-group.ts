import { argumentError } from "../errors";
import { wordCounts } from "../segment/word-counts";
import type { Corpus, Document, OnWarning } from "../types";
import type { DocumentGroup, GroupOptions } from "./document-group";
import { confidenceZ, groupRates, type GroupRateRow } from "./group-rates";
import { GroupTally, type TallyFinding } from "./group-tally";

/** A finding row as the step reads it: the document it is in and what kind of finding it is. */
export interface FindingOfDocument {
  readonly doc_id: string;
  readonly category: string;
  /** A value to average per group (a stance score); optional. */
  readonly value?: number;
}

/** Options of {@link findingsPerGroup}. */
export interface FindingsPerGroupOptions extends GroupOptions {
  /** Categories listed in every group, zeros included, in this order; categories of other findings follow in the order met. Default: the categories found. */
  readonly categories?: readonly string[];
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number;
  /** Receives `missing_group` warnings (one per reason, with a count) for documents lacking the grouping field or date. */
  readonly onWarning?: OnWarning;
  /**
   * The documents the measure read (default: all). The others (an English-only measure's
   * documents in other languages) add no document, word or finding to their group; a group
   * of such documents only is listed with count and n_docs_with NaN (null once written),
   * n_docs and n_words 0: no score, rather than a 0 that was never measured.
   */
  readonly isRead?: (doc: Document) => boolean;
}

/** Options of the internal functions: how the calling table names its finding rows in errors ("matches"). @internal */
interface TableOptions extends FindingsPerGroupOptions {
  readonly rowsName?: string;
}

/**
 * The one "findings per group" step behind every per-group table of discourse-lab
 * (stance-marker rates, rhetoric summaries, term rates, stance by period): documents are
 * grouped (`by` a field, "year", "decade", "century", "period" with `breaks`, "era" with
 * `eras`, "document", "none"; `split` by a second field), their words totalled with the
 * shared tokenization (`wordCounts`), the finding rows turned into counts, rates per
 * 1,000 words and Wilson intervals.
 *
 * - Order: groups by date (the period start, else the group's earliest document), undated
 *   groups last, then by label and split; categories as given, then as met.
 * - Empty groups: only groups holding a document are listed; a group without words has
 *   NaN rate and interval (written null); an absent category has count 0 and rate 0.
 * - Counts are sums over documents (`GroupTally`), so shards can be counted apart and
 *   merged before the statistics.
 *
 * @param corpus The documents the findings come from.
 * @param findings Rows with `doc_id` and `category` (a stance marker's category, a
 *   rhetoric match's rule, ...).
 * @param options Grouping, `categories`, `confidence` (0.95), `onWarning`.
 * @returns Rows {@link GROUP_RATE_COLUMNS}.
 * @throws DiscourseError `invalid_argument` for a finding of a document not in the corpus,
 *   bad grouping options or confidence.
 * @example
 * const corpus = [{ id: "a", text: "We will never talk. Never!", meta: {}, date: "2019" }];
 * findingsPerGroup(corpus, [{ doc_id: "a", category: "absolutes" }, { doc_id: "a", category: "absolutes" }], { by: "year" });
 * // [{ group: "2019", category: "absolutes", count: 2, n_words: 5, per_1k: 400, ci_low: 117.6, ci_high: 769.3, n_docs: 1, n_docs_with: 1, ... }]
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA 22, 209-212.
 */
export function findingsPerGroup(corpus: Corpus, findings: readonly FindingOfDocument[], options: FindingsPerGroupOptions = {}): GroupRateRow[] {
  return ratesOfFindings("findingsPerGroup", corpus, findings, options);
}

/** {@link findingsPerGroup} for a table built on it: `fn` names that table's function in errors and warnings. @internal */
export function ratesOfFindings(fn: string, corpus: Corpus, findings: Findings, options: TableOptions): GroupRateRow[] {
  const z = confidenceZ(fn, options.confidence ?? 0.95);
  const { tally, categories } = tallyFindings(fn, corpus, findings, options);
  return groupRates(tally, categories, z);
}

/** Finding rows, or a function computing them once the options are checked (so a bad option fails before the work). @internal */
export type Findings = readonly FindingOfDocument[] | (() => readonly FindingOfDocument[]);

/** What {@link tallyFindings} returns. @internal */
export interface FindingsTally {
  readonly tally: GroupTally;
  /** The categories given, then those met in the findings, in order. */
  readonly categories: string[];
  /** Each document's group. */
  readonly groupOf: ReadonlyMap<string, DocumentGroup>;
}

/**
 * The counting half of {@link findingsPerGroup}, for tables that add columns of their own
 * (a rule's technique, a stance target's evidence): the merged tally and each document's
 * group. `fn` names the public function in errors and warnings.
 * @internal
 */
export function tallyFindings(fn: string, corpus: Corpus, findings: Findings, options: TableOptions): FindingsTally {
  const tally = new GroupTally(fn, options, options.onWarning); // checks the grouping options first
  const groups = corpus.map((doc) => tally.groupOf(doc));
  tally.report(); // an unknown field fails before the findings are computed
  const rows = typeof findings === "function" ? findings() : findings;
  const byDoc = new Map<string, TallyFinding[]>(corpus.map((d) => [d.id, []]));
  const categories = [...(options.categories ?? [])];
  const known = new Set(categories);
  for (const f of rows) {
    const list = byDoc.get(f.doc_id);
    if (!list) throw argumentError(fn, options.rowsName ?? "findings", "rows of documents in the corpus", f.doc_id);
    list.push(f);
    if (!known.has(f.category)) {
      known.add(f.category);
      categories.push(f.category);
    }
  }
  const words = wordCounts(corpus);
  const groupOf = new Map<string, DocumentGroup>();
  const isRead = options.isRead;
  corpus.forEach((doc, d) => {
    const g = groups[d];
    groupOf.set(doc.id, g);
    if (isRead && !isRead(doc)) tally.addUnread(g, doc.date ?? null);
    else tally.addGrouped(g, doc.date ?? null, words[d], byDoc.get(doc.id));
  });
  return { tally, categories, groupOf };
}
