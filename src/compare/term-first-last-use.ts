import type { DispersionHitRow, DispersionOptions } from "../measure/dispersion-hits";
import { dispersionHitsIterate } from "../measure/dispersion-hits-iterate";
import { compareDates } from "../group/document-group";
import { normalizeTerm } from "../measure/normalize-term";
import type { Corpus } from "../types";

/** Columns of a first-and-last-use row, in output order. */
export const TERM_FIRST_LAST_USE_COLUMNS = [
  "term",
  "count",
  "n_docs",
  "first_date",
  "first_doc_id",
  "first_start",
  "first_end",
  "last_date",
  "last_doc_id",
  "last_start",
  "last_end",
  "undated_count",
] as const;

/**
 * When a term was first and last used in a dated corpus.
 * - `count`, `n_docs`: occurrences and documents containing the term, dated or not.
 * - `first_*`, `last_*`: the earliest and the latest dated occurrence: the document's
 *   date and id and the UTF-16 offsets of the occurrence in its text (null when the term
 *   never occurs in a dated document). Documents of the same date keep corpus order.
 * - `undated_count`: occurrences in documents without a date, which cannot be placed.
 */
export type TermFirstLastUseRow = {
  readonly term: string;
  readonly count: number;
  readonly n_docs: number;
  readonly first_date: string | null;
  readonly first_doc_id: string | null;
  readonly first_start: number | null;
  readonly first_end: number | null;
  readonly last_date: string | null;
  readonly last_doc_id: string | null;
  readonly last_start: number | null;
  readonly last_end: number | null;
  readonly undated_count: number;
};

/**
 * First and last use of each term across dates, with the document and the offsets of
 * both occurrences, so each date can be checked in the text. Dates at mixed precision
 * compare at their own precision (`1861` before `1861-03-04`).
 *
 * @param corpus The documents.
 * @param terms Words or space-separated phrases, matched as by {@link dispersionHits}.
 * @param options Token options (`lowercase` true, `hyphens` "split", `stopwords` none);
 *   `onWarning` receives terms never seen and a note when occurrences fall in undated documents.
 * @returns One row per term, in the order of `terms`, with the columns
 *   {@link TERM_FIRST_LAST_USE_COLUMNS}.
 * @example
 * const sotu = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * termFirstLastUse(sotu, ["terrorism"]);
 * // [{ term: "terrorism", count: ..., first_date: "...", first_doc_id: "...", last_date: "2024-03-07", ... }]
 */
export function termFirstLastUse(corpus: Corpus, terms: readonly string[], options: DispersionOptions = {}): TermFirstLastUseRow[] {
  const fn = "termFirstLastUse";
  // Hits one at a time: memory holds the tallies, not every occurrence.
  const hits = dispersionHitsIterate(corpus, terms, options);
  type Acc = { count: number; docs: Set<string>; undated: number; first: DispersionHitRow | null; last: DispersionHitRow | null };
  const byTerm = new Map<string, Acc>();
  for (const h of hits) {
    let a = byTerm.get(h.term);
    if (!a) byTerm.set(h.term, (a = { count: 0, docs: new Set(), undated: 0, first: null, last: null }));
    a.count++;
    a.docs.add(h.doc_id);
    if (h.date === null) {
      a.undated++;
      continue;
    }
    // Hits come in corpus order, then token order: keep the first of the earliest date and
    // the last of the latest date.
    if (a.first === null || compareDates(h.date, a.first.date as string) < 0) a.first = h;
    if (a.last === null || compareDates(h.date, a.last.date as string) >= 0) a.last = h;
  }
  const keys = [...new Set(terms.map((t) => normalizeTerm(t, { lowercase: options.lowercase ?? true, hyphens: options.hyphens, unicode: options.unicode })))];
  const rows = keys.map((term): TermFirstLastUseRow => {
    const a = byTerm.get(term);
    return {
      term,
      count: a?.count ?? 0,
      n_docs: a?.docs.size ?? 0,
      first_date: a?.first?.date ?? null,
      first_doc_id: a?.first?.doc_id ?? null,
      first_start: a?.first?.start ?? null,
      first_end: a?.first?.end ?? null,
      last_date: a?.last?.date ?? null,
      last_doc_id: a?.last?.doc_id ?? null,
      last_start: a?.last?.start ?? null,
      last_end: a?.last?.end ?? null,
      undated_count: a?.undated ?? 0,
    };
  });
  const undated = rows.filter((r) => r.undated_count > 0);
  if (undated.length > 0 && options.onWarning) {
    options.onWarning({
      code: "undated_occurrences",
      message: `${fn}: occurrences in documents without a date are counted but not placed in time: ${undated.map((r) => `"${r.term}" ${r.undated_count}`).join(", ")}`,
    });
  }
  return rows;
}
