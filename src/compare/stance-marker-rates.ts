import { ratesOfFindings, type FindingsPerGroupOptions } from "../group/findings-per-group";
import type { GroupRateRow } from "../group/group-rates";
import { englishOnly, type EnglishOnly } from "../measure/english-only";
import { HYLAND_CATEGORIES, stanceMarkers, type StanceMarkerCategory } from "../measure/stance/stance-markers";
import type { Corpus } from "../types";

/** Columns of {@link stanceMarkerRates}: those of every per-group table (`findingsPerGroup`). */
export const STANCE_MARKER_RATE_COLUMNS = ["group", "group_start", "split", "category", "count", "n_words", "per_1k", "ci_low", "ci_high", "n_docs", "n_docs_with"] as const;

/** The rate of one marker category in one group. */
export type StanceMarkerRateRow = GroupRateRow & {
  readonly category: StanceMarkerCategory;
};

/** Options of {@link stanceMarkerRates}. */
export interface StanceMarkerRatesOptions extends Omit<FindingsPerGroupOptions, "categories"> {
  /** Categories (default the five Hyland categories). */
  readonly categories?: readonly StanceMarkerCategory[];
}

/**
 * Stance markers per 1,000 words in each group (`by`: "document" by default, or
 * "speaker", "year", "decade", "period" + `breaks`, any field), with Wilson intervals,
 * zeros included: the stance profile of speakers or periods. Words are those of every
 * other table (`wordCounts`); counts, rates, intervals, the group order and the
 * empty-group rule are those of `findingsPerGroup`. Reads English only: documents in other
 * languages add nothing to their group, a group of them only has count, rate and
 * interval null (never 0), and one `not_english` warning names the languages.
 *
 * @param corpus Documents.
 * @param options Grouping (`by` "document", `split`, `breaks`, `eras`), `categories`, `confidence` (0.95), `onWarning`.
 * @returns Rows {@link STANCE_MARKER_RATE_COLUMNS}: groups in date order (a period's start, else the earliest document; undated groups last, then by name), categories in the order given.
 * @example
 * stanceMarkerRates(sotuCorpus(), { by: "speaker" }).filter((r) => r.category === "hedge");
 * // [{ group: "George Washington", category: "hedge", count: 334, n_words: 15551, per_1k: 21.48, ci_low: 19.31, ci_high: 23.88, n_docs: 7, n_docs_with: 7, ... }, ...]
 * @see Hyland, K. (2005). Metadiscourse. Continuum. Wilson, E. B. (1927). JASA 22, 209-212.
 */
export function stanceMarkerRates(corpus: Corpus, options: StanceMarkerRatesOptions = {}): StanceMarkerRateRow[] {
  const FN = "stanceMarkerRates";
  const categories = options.categories ?? HYLAND_CATEGORIES;
  let english: EnglishOnly | undefined; // after the options are checked, before any document is tallied
  const findings = () => stanceMarkers((english = englishOnly(FN, corpus, options.onWarning)).corpus, { categories });
  return ratesOfFindings(FN, corpus, findings, { by: "document", ...options, categories, isRead: (doc) => english!.isRead(doc) }) as StanceMarkerRateRow[];
}
