import { argumentError } from "../errors";
import { compareDates, groupingOf, type GroupOptions } from "../measure/document-group";
import { normalQuantile } from "../stats/normal-quantile";
import { HYLAND_CATEGORIES, stanceMarkers, type StanceMarkerCategory } from "../measure/stance/stance-markers";
import { wordsOf } from "../measure/stance/stance-words";
import type { Corpus, OnWarning } from "../types";
import { wilsonInterval as wilson } from "../stats/wilson-interval";

/** Columns of {@link stanceMarkerRates}. */
export const STANCE_MARKER_RATE_COLUMNS = ["group", "group_start", "split", "category", "count", "n_words", "per_1k", "ci_low", "ci_high", "n_docs"] as const;

/** The rate of one marker category in one group. */
export type StanceMarkerRateRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly category: StanceMarkerCategory;
  readonly count: number;
  /** Words in the group's documents (the same word split as the markers). */
  readonly n_words: number;
  /** Markers per 1,000 words (NaN for a group without words). */
  readonly per_1k: number;
  /** Wilson score interval of the rate, per 1,000 words. */
  readonly ci_low: number;
  readonly ci_high: number;
  readonly n_docs: number;
};

/** Options of {@link stanceMarkerRates}. */
export interface StanceMarkerRatesOptions extends GroupOptions {
  /** Categories (default the five Hyland categories). */
  readonly categories?: readonly StanceMarkerCategory[];
  /** Confidence level of the interval (default 0.95). */
  readonly confidence?: number;
  /** Receives documents without the grouping field or date. */
  readonly onWarning?: OnWarning;
}

/**
 * Stance markers per 1,000 words in each group (`by`: "document" by default, or
 * "speaker", "year", "decade", "period" + `breaks`, any field), with Wilson intervals,
 * zeros included: the stance profile of speakers or periods.
 *
 * @param corpus Documents.
 * @param options Grouping (`by` "document", `split`, `breaks`, `eras`), `categories`, `confidence` (0.95).
 * @returns Rows {@link STANCE_MARKER_RATE_COLUMNS}: groups in order of their earliest dated document (then name), categories in the order given.
 * @example
 * stanceMarkerRates(sotuCorpus(), { by: "speaker" }).filter((r) => r.category === "hedge");
 * // [{ group: "George Washington", category: "hedge", count: 334, n_words: 15537, per_1k: 21.5, ci_low: 19.3, ci_high: 23.9, n_docs: 7, ... }, ...]
 * @see Hyland, K. (2005). Metadiscourse. Continuum. Wilson, E. B. (1927). JASA 22, 209-212.
 */
export function stanceMarkerRates(corpus: Corpus, options: StanceMarkerRatesOptions = {}): StanceMarkerRateRow[] {
  const FN = "stanceMarkerRates";
  const confidence = options.confidence ?? 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) throw argumentError(FN, 'option "confidence"', "a number between 0 and 1 (exclusive)", confidence);
  const categories = options.categories ?? HYLAND_CATEGORIES;
  const group = groupingOf(FN, { by: "document", ...options }, options.onWarning);
  const hits = stanceMarkers(corpus, { categories });
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const key = (g: { group: string; split: string | null }) => `${g.group}\u0000${g.split ?? ""}`;
  const groups = new Map<string, { group: string; group_start: string | null; split: string | null; first: string | null; words: number; docs: number; counts: Map<string, number> }>();
  const docKey = new Map<string, string>();
  for (const doc of corpus) {
    const g = group(doc);
    const k = key(g);
    let acc = groups.get(k);
    if (!acc) groups.set(k, (acc = { ...g, first: null, words: 0, docs: 0, counts: new Map() }));
    if (doc.date && (acc.first === null || compareDates(doc.date, acc.first) < 0)) acc.first = doc.date;
    acc.words += wordsOf(doc.text).length;
    acc.docs++;
    docKey.set(doc.id, k);
  }
  for (const h of hits) {
    const c = groups.get(docKey.get(h.doc_id)!)!.counts;
    c.set(h.category, (c.get(h.category) ?? 0) + 1);
  }
  // Groups in order of their earliest document (speakers in order of appearance), then name.
  const ordered = [...groups.values()].sort(
    (a, b) => (a.first && b.first ? compareDates(a.first, b.first) : a.first ? -1 : b.first ? 1 : 0) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || ((a.split ?? "") < (b.split ?? "") ? -1 : (a.split ?? "") > (b.split ?? "") ? 1 : 0),
  );
  const out: StanceMarkerRateRow[] = [];
  for (const g of ordered) {
    for (const category of categories) {
      const count = g.counts.get(category) ?? 0;
      const [lo, hi] = wilson(count, g.words, z);
      out.push({ group: g.group, group_start: g.group_start, split: g.split, category, count, n_words: g.words, per_1k: g.words === 0 ? NaN : (1000 * count) / g.words, ci_low: lo * 1000, ci_high: hi * 1000, n_docs: g.docs });
    }
  }
  return out;
}
