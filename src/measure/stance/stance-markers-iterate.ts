import type { Corpus } from "../../types";
import { stanceMarkerSearch, type StanceMarkerRow, type StanceMarkersOptions } from "./stance-markers";

/**
 * {@link stanceMarkers}, one row at a time: the same rows in the same order, found as they
 * are read, so every marker of a large corpus can be written out without holding them
 * all, and a reader that stops early stops the search. Arguments are checked when called.
 *
 * @param corpus Documents.
 * @param options `categories` (the five Hyland categories), as for {@link stanceMarkers}.
 * @returns An iterator of rows with the columns {@link STANCE_MARKER_COLUMNS} (see {@link StanceMarkerRow}).
 * @example
 * for (const m of stanceMarkersIterate(corpus, { categories: ["hedge"] })) {
 *   if (m.marker.toLowerCase() === "perhaps") { console.log(m.sentence); break; }
 * }
 */
export function stanceMarkersIterate(corpus: Corpus, options: StanceMarkersOptions = {}): IterableIterator<StanceMarkerRow> {
  return stanceMarkerSearch("stanceMarkersIterate", corpus, options);
}
