import type { Corpus } from "../types";
import { kwicSearch, type KwicOptions, type KwicRow } from "./kwic";

/**
 * {@link kwic}, one row at a time: the same rows in the same order, found as they are
 * read, so a caller can write each line out at once and stop early (`limit`, or just
 * `break`) without the rest being searched. Memory stays bounded by the corpus and the
 * rows kept, never by matches x context. Options and errors are those of `kwic`, checked
 * when called (before the first row is asked for).
 *
 * @param corpus The documents.
 * @param pattern A word, glob, phrase or `/regex/flags` (see {@link kwic}).
 * @param options As for {@link kwic}: `window` (5), `sort` ("position"), `caseSensitive`
 *   (false), `removePunct` (false), `limit` (none), `contextChars` (300), `onWarning`
 *   (`unseen_term`, given once the search has ended without a row).
 * @returns An iterator of rows with the columns {@link KWIC_COLUMNS} (see {@link KwicRow}).
 * @throws DiscourseError `invalid_argument` for an empty pattern, an invalid regex, or bad options.
 * @example
 * for (const row of kwicIterate(corpus, "iran", { window: 8 })) {
 *   process.stdout.write(`${row.left} [${row.match}] ${row.right}\n`);
 *   if (row.date !== null && row.date >= "2001") break; // nothing after this is searched
 * }
 * await writeRows(process.stdout, kwicIterate(corpus, "negotiat*", { limit: 20 }), KWIC_COLUMNS, "csv");
 */
export function kwicIterate(corpus: Corpus, pattern: string, options: KwicOptions = {}): IterableIterator<KwicRow> {
  return kwicSearch("kwicIterate", corpus, pattern, options);
}
