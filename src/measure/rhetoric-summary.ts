import { ratesOfFindings, type FindingsPerGroupOptions } from "../group/findings-per-group";
import type { GroupRateRow } from "../group/group-rates";
import type { Corpus } from "../types";
import { englishOnly } from "./english-only";
import { builtInRhetoricRules } from "./rhetoric-rules";
import { resolveRules, type RhetoricRuleInput } from "./rhetoric/resolve-rules";
import type { RhetoricMatchRow } from "./rhetoric-matches";

const FN = "rhetoricSummary";

/** Columns of {@link rhetoricSummary}, in order. */
export const RHETORIC_SUMMARY_COLUMNS = ["group", "group_start", "split", "rule", "technique", "count", "n_words", "per_1k", "ci_low", "ci_high", "n_docs", "n_docs_with"] as const;

/**
 * Counts and rate of one rule in one group of documents: a row of the one per-group step
 * (`GroupRateRow`: count = match rows of the rule, n_words, per_1k, Wilson ci_low / ci_high,
 * n_docs, n_docs_with) whose category is the `rule`, with the rule's `technique`.
 */
export type RhetoricSummaryRow = Omit<GroupRateRow, "category"> & {
  readonly rule: string;
  /** SemEval-2021 Task 6 technique the rule maps to, or null. */
  readonly technique: string | null;
};

/** Options of {@link rhetoricSummary}. */
export interface RhetoricSummaryOptions extends Omit<FindingsPerGroupOptions, "categories"> {
  /** Rules listed (with zero counts where they found nothing); default every built-in rule. Rows of other rules are counted too. */
  readonly rules?: readonly RhetoricRuleInput[];
}

/**
 * Counts and rates per 1,000 words of each rule per document, speaker, period or any
 * field, derived from the match rows (so every count can be traced back to its spans).
 * Every (group, rule) pair is listed, zeros included, so charts and tables show absences.
 * Words, counts, rates, intervals, the group order and the empty-group rule are those of
 * every per-group table (`findingsPerGroup`). The built-in rules read English only (as in
 * `rhetoricMatches`, which warns): their rates count the words of English documents, and a
 * group of documents in other languages only has count, rate and interval null (never 0);
 * rules of your own count every document.
 *
 * @param corpus The documents the matches came from (for word counts and groups).
 * @param matches Rows of {@link rhetoricMatches} on `corpus`.
 * @param options Grouping as in `GroupOptions`: `by` ("none"; "document", "year",
 *   "decade", "century", "period" with `breaks`, "era" with `eras`, or a field such as
 *   "speaker"), `split`; `rules` (every built-in rule), `confidence` (0.95), `onWarning`.
 * @returns Rows with the columns {@link RHETORIC_SUMMARY_COLUMNS} (see
 *   {@link RhetoricSummaryRow}), groups in date order (a period's start, else the earliest
 *   document; undated groups last, then code-unit order), rules in
 *   the order given, then any other rule of the rows.
 * @throws DiscourseError `invalid_argument` for a match whose doc_id is not in the corpus
 *   and for bad grouping options.
 * @example
 * const corpus = sotuCorpus();
 * const m = rhetoricMatches(corpus);
 * rhetoricSummary(corpus, m, { by: "decade" }).find((r) => r.rule === "absolutes");
 * // { group: "1790s", group_start: "1790", split: null, rule: "absolutes", technique: null,
 * //   count: 150, n_words: 21334, per_1k: 7.03, ci_low: 6.00, ci_high: 8.24, n_docs: 10, n_docs_with: 10 }
 */
export function rhetoricSummary(corpus: Corpus, matches: readonly RhetoricMatchRow[], options: RhetoricSummaryOptions = {}): RhetoricSummaryRow[] {
  const rules = resolveRules(FN, options.rules);
  const technique = new Map<string, string | null>(rules.map((r) => [r.id, r.technique]));
  for (const m of matches) if (!technique.has(m.rule)) technique.set(m.rule, m.technique);
  const findings = matches.map((m) => ({ doc_id: m.doc_id, category: m.rule }));
  const rows = englishRates(corpus, findings, rules, options);
  return rows.map(({ category, ...r }) => ({
    group: r.group,
    group_start: r.group_start,
    split: r.split,
    rule: category,
    technique: technique.get(category) ?? null,
    count: r.count,
    n_words: r.n_words,
    per_1k: r.per_1k,
    ci_low: r.ci_low,
    ci_high: r.ci_high,
    n_docs: r.n_docs,
    n_docs_with: r.n_docs_with,
  }));
}

/**
 * The per-group rows of the findings: built-in rules over the English documents only,
 * rules of the caller's own over all (two tables of the one step, merged in its order).
 */
function englishRates(corpus: Corpus, findings: readonly { doc_id: string; category: string }[], rules: ReturnType<typeof resolveRules>, options: RhetoricSummaryOptions): GroupRateRow[] {
  const table = { ...options, rowsName: "matches" };
  const english = englishOnly(FN, corpus); // rhetoricMatches warns
  const builtIn = new Map(builtInRhetoricRules().map((r) => [r.id, r]));
  const given = new Map(rules.map((r) => [r.id, r]));
  const isBuiltIn = (id: string): boolean => builtIn.has(id) && (given.get(id) ?? builtIn.get(id)) === builtIn.get(id);
  const categories = [...rules.map((r) => r.id)];
  for (const f of findings) if (!categories.includes(f.category)) categories.push(f.category);
  const gated = categories.filter(isBuiltIn);
  if (english.left === 0 || gated.length === 0) return ratesOfFindings(FN, corpus, findings, { ...table, categories });
  const gatedRows = ratesOfFindings(FN, corpus, findings.filter((f) => isBuiltIn(f.category)), { ...table, categories: gated, isRead: english.isRead });
  if (gated.length === categories.length) return gatedRows;
  const own = categories.filter((c) => !isBuiltIn(c));
  const ownRows = ratesOfFindings(FN, corpus, findings.filter((f) => !isBuiltIn(f.category)), { ...table, categories: own, onWarning: undefined });
  // Both tables list the same groups in the one order: interleave them, categories as given.
  const key = (r: GroupRateRow) => `${r.group}\u0000${r.split ?? ""}`;
  const byKey = new Map<string, GroupRateRow>();
  for (const r of [...gatedRows, ...ownRows]) byKey.set(`${key(r)}\u0000${r.category}`, r);
  const groups = [...new Set(gatedRows.map(key))];
  return groups.flatMap((g) => categories.map((c) => byKey.get(`${g}\u0000${c}`)!));
}
