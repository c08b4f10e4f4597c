import { checkInteger } from "../errors";
import type { Dictionary } from "../ingest/dictionary-types";
import { ratesOfFindings, type FindingsPerGroupOptions } from "../group/findings-per-group";
import type { GroupRateRow } from "../group/group-rates";
import type { DictionaryMatchRow } from "../measure/dictionary-matches";
import type { Corpus } from "../types";

/** Columns of {@link dictionaryRates}, in order. */
export const DICTIONARY_RATE_COLUMNS = ["group", "group_start", "split", "category", "count", "n_words", "per_1k", "ci_low", "ci_high", "n_docs", "n_docs_with"] as const;

/** One dictionary category in one group: hits, per 1,000 words, Wilson interval (the one per-group step's row). */
export type DictionaryRateRow = GroupRateRow;

/** Options of {@link dictionaryRates}. */
export interface DictionaryRatesOptions extends Omit<FindingsPerGroupOptions, "categories"> {
  /** Count nested categories at this depth ("economy.growth" at level 1 counts as "economy"). Default: the full name. */
  readonly level?: number;
}

/**
 * Dictionary hits per document, group or period, as rates per 1,000 words with Wilson
 * confidence intervals, computed by the one findings-per-group step from the hit rows of
 * `dictionaryMatches` (so every count can be traced to its rows). Every category of the
 * dictionary is listed in every group, zeros included.
 *
 * @param corpus The documents the matches come from.
 * @param matches Rows of `dictionaryMatches(corpus, dictionary)`.
 * @param dictionary The dictionary (its categories give the rows, in order).
 * @param options Grouping (`by`: a field, "document", "year", "decade", "period" + `breaks`,
 *   "era" + `eras`; `split`), `level`, `confidence` (0.95), `onWarning`.
 * @returns Rows {@link DICTIONARY_RATE_COLUMNS}, groups in date order.
 * @example
 * const dict = readDictionary("data/dictionaries/diplomacy.yml");
 * dictionaryRates(corpus, dictionaryMatches(corpus, dict), dict, { by: "decade" });
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA 22, 209-212.
 */
export function dictionaryRates(corpus: Corpus, matches: readonly DictionaryMatchRow[], dictionary: Dictionary, options: DictionaryRatesOptions = {}): DictionaryRateRow[] {
  const { categories, findings } = dictionaryFindings("dictionaryRates", matches, dictionary, options.level);
  const { level: _l, ...rest } = options;
  return ratesOfFindings("dictionaryRates", corpus, findings, { ...rest, categories, rowsName: "matches" });
}

/**
 * The categories (at `level`, in dictionary order) and finding rows of dictionary hits:
 * what {@link dictionaryRates} counts per group (and a shard's partial table, counted apart).
 * @internal
 */
export function dictionaryFindings(fn: string, matches: readonly DictionaryMatchRow[], dictionary: Dictionary, level: number | undefined): { categories: string[]; findings: { doc_id: string; category: string }[] } {
  const depth = level === undefined ? undefined : checkInteger(fn, 'option "level"', level, 1, 100);
  const at = (c: string) => (depth === undefined ? c : c.split(".").slice(0, depth).join("."));
  return { categories: [...new Set(dictionary.categories.map((c) => at(c.category)))], findings: matches.map((m) => ({ doc_id: m.doc_id, category: at(m.category) })) };
}
