import { argumentError } from "../errors";
import { documentBatches } from "../ingest/document-batches";
import type { Document } from "../types";
import { KwicSort, kwicSearch, unseenPatternWarning, type KwicOptions, type KwicRow } from "./kwic";

/** Characters of text searched at a time. */
const BATCH_CHARS = 2_000_000;

/**
 * {@link kwicIterate} over documents that arrive one at a time (a corpus streamed from
 * disk): they are searched in batches of about 2 million characters, so memory is bounded
 * by a batch and the rows kept, not by the corpus. The rows, their order and the
 * `unseen_term` warning are those of `kwicIterate` on the whole corpus; a concordance line
 * never leaves its document, so batches change nothing. Only `sort` "position" streams (a
 * sort by context needs every line first); `limit` stops the reading once the rows are found.
 *
 * @param documents Any (async) iterable of documents, e.g. `jsonlDocuments(file)`.
 * @param pattern A word, glob, phrase or `/regex/flags` (see `kwic`).
 * @param options As for `kwic`, `sort` "position" only.
 * @returns The rows, as they are found.
 * @throws DiscourseError `invalid_argument` for a `sort` other than "position", an empty pattern, an invalid regex or bad options (checked when called).
 * @example
 * for await (const row of kwicStream(jsonlDocuments("archive.jsonl"), "sanction*", { limit: 100 })) console.log(row.left, row.match, row.right);
 */
export function kwicStream(documents: AsyncIterable<Document> | Iterable<Document>, pattern: string, options: KwicOptions = {}): AsyncGenerator<KwicRow> {
  const fn = "kwicStream";
  if ((options.sort ?? KwicSort.position) !== KwicSort.position) throw argumentError(fn, 'option "sort"', '"position" (a sort by context needs the whole corpus: use kwic)', options.sort);
  kwicSearch(fn, [], pattern, { ...options, batch: true }); // checks the options and the pattern now
  const limit = options.limit ?? Infinity;
  return (async function* () {
    let seen: boolean[] | undefined;
    let n = 0;
    if (limit > 0) {
      for await (const batch of documentBatches(documents, BATCH_CHARS)) {
        const rows = kwicSearch(fn, batch, pattern, {
          ...options,
          limit: Number.isFinite(limit) ? limit - n : undefined,
          batch: true,
          onSeen: (s) => (seen = seen === undefined ? s : seen.map((x, i) => x || s[i])),
        });
        for (const row of rows) {
          n++;
          yield row;
        }
        if (n >= limit) return;
      }
    }
    if (n === 0 && limit > 0) unseenPatternWarning(fn, pattern, seen!, options.onWarning);
  })();
}
