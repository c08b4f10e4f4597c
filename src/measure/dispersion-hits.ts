import { tokenPolicy, type TokenOptions } from "../segment/token-filter";
import { tokens } from "../segment/tokens";
import type { Corpus, OnWarning } from "../types";
import { termMatcher, termMatches } from "./match-terms";

/** Columns of a dispersion hit row, in output order. */
export const DISPERSION_HIT_COLUMNS = ["doc_id", "date", "term", "token_index", "n_tokens_doc", "position", "start", "end"] as const;

/**
 * One occurrence of a term, placed in its document.
 * - `date`: the document's date, or null.
 * - `term`: the normalized term.
 * - `token_index`: index of the (first) token within the document, from 0, counting
 *   the tokens kept by the token options.
 * - `n_tokens_doc`: tokens of the document; `position` = token_index / n_tokens_doc, in [0, 1).
 * - `start`, `end`: UTF-16 offsets of the occurrence in the document text.
 */
export type DispersionHitRow = {
  readonly doc_id: string;
  readonly date: string | null;
  readonly term: string;
  readonly token_index: number;
  readonly n_tokens_doc: number;
  readonly position: number;
  readonly start: number;
  readonly end: number;
};

/** Options of dispersionHits and dispersionMeasures. */
export interface DispersionOptions extends TokenOptions {
  /** Receives a warning for terms never seen. */
  readonly onWarning?: OnWarning;
}

/**
 * Where each term falls in each document: one row per occurrence, with its token index
 * and relative position, for x-ray (barcode) plots of dispersion.
 *
 * @param corpus The documents.
 * @param terms Words or space-separated phrases (a phrase matches adjacent kept tokens
 *   within a sentence), matched against normalized forms (lowercased by default).
 * @param options Token options: `lowercase` (true), `hyphens` ("split"), `removePunct`
 *   (true), `removeNumbers` (false), `stopwords` (none); `onWarning`: terms never seen.
 * @returns Rows with the columns {@link DISPERSION_HIT_COLUMNS} (see {@link DispersionHitRow})
 *   in document order, then token order, then the order of `terms`.
 * @example
 * const sotu = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * const hits = dispersionHits(sotu, ["terror", "economy"]);
 * hits[0]; // { doc_id: "sotu-1790-01-08", date: "1790-01-08", term: "economy", token_index: ..., position: ..., ... }
 * // the same rows one at a time: dispersionHitsIterate(sotu, ["terror", "economy"])
 * @see Gries, S. Th. (2008). Dispersions and adjusted frequencies in corpora. International Journal of Corpus Linguistics 13(4), 403–437.
 */
export function dispersionHits(corpus: Corpus, terms: readonly string[], options: DispersionOptions = {}): DispersionHitRow[] {
  return Array.from(dispersionHitSearch("dispersionHits", corpus, terms, options));
}

/**
 * Tokenizes and matches the terms now (errors and `unseen_term` warnings before any row),
 * then builds the rows lazily: what {@link dispersionHits} collects and
 * `dispersionHitsIterate` hands out one at a time.
 * @internal
 */
export function dispersionHitSearch(fn: string, corpus: Corpus, terms: readonly string[], options: DispersionOptions): IterableIterator<DispersionHitRow> {
  const policy = tokenPolicy(fn, options, true);
  const tk = tokens(corpus, { ...options, removePunct: options.removePunct ?? true });
  const m = termMatcher(fn, tk, terms, policy.scan, options.onWarning);
  return (function* (): Generator<DispersionHitRow> {
    let d = 0;
    for (const { term, start, end } of termMatches(tk, m)) {
      while (tk.docStart[d + 1] <= start) d++;
      const first = tk.docStart[d];
      const size = tk.docStart[d + 1] - first;
      yield {
        doc_id: tk.docIds[d],
        date: corpus[d].date ?? null,
        term: m.forms[term],
        token_index: start - first,
        n_tokens_doc: size,
        position: (start - first) / size,
        start: tk.charStart[start],
        end: tk.charEnd[end - 1],
      };
    }
  })();
}
