import { argumentError } from "../errors";
import { tokens } from "../segment/tokens";
import type { Corpus, OnWarning } from "../types";
import { compareDates, groupingOf, type GroupOptions } from "./document-group";
import { resolveRules, type RhetoricRuleInput } from "./rhetoric/resolve-rules";
import type { RhetoricMatchRow } from "./rhetoric-matches";

const FN = "rhetoricSummary";

/** Columns of {@link rhetoricSummary}, in order. */
export const RHETORIC_SUMMARY_COLUMNS = ["group", "group_start", "split", "rule", "technique", "count", "n_words", "per_1k", "n_documents", "n_documents_with"] as const;

/** Counts and rate of one rule in one group of documents. */
export type RhetoricSummaryRow = {
  readonly group: string;
  /** ISO start of the group's period, or null for non-date groups. */
  readonly group_start: string | null;
  readonly split: string | null;
  readonly rule: string;
  readonly technique: string | null;
  /** Match rows of the rule in the group's documents. */
  readonly count: number;
  /** Words (word and number tokens) of the group's documents. */
  readonly n_words: number;
  /** count per 1,000 words (NaN when the group has no words). */
  readonly per_1k: number;
  readonly n_documents: number;
  /** Documents of the group with at least one match of the rule. */
  readonly n_documents_with: number;
};

/** Options of {@link rhetoricSummary}. */
export interface RhetoricSummaryOptions extends GroupOptions {
  /** Rules listed (with zero counts where they found nothing); default every built-in rule. Rows of other rules are counted too. */
  readonly rules?: readonly RhetoricRuleInput[];
  /** Receives `missing_group` warnings for documents lacking the grouping field or date. */
  readonly onWarning?: OnWarning;
}

/**
 * Counts and rates per 1,000 words of each rule per document, speaker, period or any
 * field, derived from the match rows (so every count can be traced back to its spans).
 * Every (group, rule) pair is listed, zeros included, so charts and tables show absences.
 *
 * @param corpus The documents the matches came from (for word counts and groups).
 * @param matches Rows of {@link rhetoricMatches} on `corpus`.
 * @param options Grouping as in {@link GroupOptions}: `by` ("none"; "document", "year",
 *   "decade", "century", "period" with `breaks`, "era" with `eras`, or a field such as
 *   "speaker"), `split`; `rules` (every built-in rule), `onWarning`.
 * @returns Rows with the columns {@link RHETORIC_SUMMARY_COLUMNS} (see
 *   {@link RhetoricSummaryRow}), groups in date order (then code-unit order), rules in
 *   the order given, then any other rule of the rows.
 * @throws DiscourseError `invalid_argument` for a match whose doc_id is not in the corpus
 *   and for bad grouping options.
 * @example
 * const corpus = sotuCorpus();
 * const m = rhetoricMatches(corpus);
 * rhetoricSummary(corpus, m, { by: "decade" }).find((r) => r.rule === "absolutes");
 * // { group: "1790s", group_start: "1790", split: null, rule: "absolutes", technique: null,
 * //   count: 121, n_words: 21334, per_1k: 5.67, n_documents: 10, n_documents_with: 10 }
 */
export function rhetoricSummary(corpus: Corpus, matches: readonly RhetoricMatchRow[], options: RhetoricSummaryOptions = {}): RhetoricSummaryRow[] {
  const rules = resolveRules(FN, options.rules);
  const place = groupingOf(FN, options, options.onWarning);
  const tk = tokens(corpus, { removePunct: true });
  type Acc = { group: string; group_start: string | null; split: string | null; words: number; docs: number };
  const groups = new Map<string, Acc>();
  const groupOfDoc = new Map<string, string>();
  corpus.forEach((doc, d) => {
    const g = place(doc);
    const key = JSON.stringify([g.group, g.split]);
    let acc = groups.get(key);
    if (!acc) groups.set(key, (acc = { group: g.group, group_start: g.group_start, split: g.split, words: 0, docs: 0 }));
    acc.words += tk.docStart[d + 1] - tk.docStart[d];
    acc.docs++;
    // A dated group starts at its earliest document when the grouping gives the document's own date.
    if (g.group_start !== null && acc.group_start !== null && compareDates(g.group_start, acc.group_start) < 0) acc.group_start = g.group_start;
    groupOfDoc.set(doc.id, key);
  });
  const ruleIds = rules.map((r) => r.id);
  const technique = new Map<string, string | null>(rules.map((r) => [r.id, r.technique]));
  const counts = new Map<string, number>();
  const docsWith = new Map<string, Set<string>>();
  for (const m of matches) {
    const key = groupOfDoc.get(m.doc_id);
    if (key === undefined) throw argumentError(FN, "matches", "rows of documents in the corpus", m.doc_id);
    if (!technique.has(m.rule)) {
      technique.set(m.rule, m.technique);
      ruleIds.push(m.rule);
    }
    const k = `${key}\u0000${m.rule}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    let s = docsWith.get(k);
    if (!s) docsWith.set(k, (s = new Set()));
    s.add(m.doc_id);
  }
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => {
    if (a.group_start !== null && b.group_start !== null) {
      const c = compareDates(a.group_start, b.group_start);
      if (c !== 0) return c;
    } else if (a.group_start !== null || b.group_start !== null) return a.group_start === null ? 1 : -1;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const rows: RhetoricSummaryRow[] = [];
  for (const [key, g] of ordered) {
    for (const rule of ruleIds) {
      const k = `${key}\u0000${rule}`;
      const count = counts.get(k) ?? 0;
      rows.push({
        group: g.group,
        group_start: g.group_start,
        split: g.split,
        rule,
        technique: technique.get(rule) ?? null,
        count,
        n_words: g.words,
        per_1k: g.words === 0 ? NaN : (count * 1000) / g.words,
        n_documents: g.docs,
        n_documents_with: docsWith.get(k)?.size ?? 0,
      });
    }
  }
  return rows;
}
