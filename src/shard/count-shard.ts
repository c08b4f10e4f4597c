import type { Document, OnWarning } from "../types";
import { PARTIAL_VERSION, type PartialKind, type PartialTable } from "./partial-table";
import { countKind } from "./count-kind";
import { tableKind } from "./table-kinds";

/**
 * Counts one shard of a corpus into a partial table: the additive counts of a table
 * (term counts per group, the target/reference tables of keyness, window counts, tallies
 * of findings per group, the cells of a document-feature matrix), no statistics. Partial tables of the shards of a corpus merge
 * ({@link mergePartials}) in any order and grouping, and {@link partialRows} of the merge
 * gives exactly the rows the table's function gives on the whole corpus.
 *
 * Kinds and their options (plain JSON, as the table's function takes them):
 * - "freq": `termFrequency` (grouping `by`/`breaks`/`eras`/`split`, `ngram`, `terms`,
 *   `top`, `minCount`, token options).
 * - "trend": `termRates` (`terms` required; `by` "decade", `confidence` 0.95, ...).
 * - "keyness": `keyness` of the documents matching selection `target` against those
 *   matching `reference` (default: the others), as `selectionPair` chooses them.
 * - "collocates": `collocates` of word `node`.
 * - "dispersion": `dispersionMeasures` over documents (`terms`); documents are summed in
 *   id order, and a document id in two shards is an error at the merge.
 * - "stance-markers": `stanceMarkerRates` (`by` "document", `categories`, `confidence`).
 * - "rhetoric-summary": `rhetoricSummary` of `rhetoricMatches` with built-in `rules` (ids;
 *   `by` "none").
 * - "dictionary": `dictionaryRates` of `dictionaryMatches` (`dictionary` required: a
 *   dictionary from `readDictionary`/`parseDictionary`, kept as its categories and patterns;
 *   `by` "none", `level`, `caseSensitive`, `confidence`).
 * - "dfm": `dfmLongRows` of `dfm` (`by` "document", `ngram`, token options, `stem`, `lemma`)
 *   or, with `dictionary`, of `dictionaryDfm`; `minCount`, `minDocFreq`, `maxDocFreq`
 *   (`dfmTrim`), `select`, `remove` (`dfmSelect`) and `weight` (`dfmWeight`) apply after
 *   the merge.
 *
 * Documents are read one at a time (batches of about 2 million characters for the kinds
 * that tokenize whole corpora), so memory is bounded by the counts, not the shard. A
 * grouping field no document of the shard has is not an error here (another shard may
 * have it): its documents go to "(missing)" with a `missing_group` warning.
 *
 * @param documents The shard: any (async) iterable of documents, e.g. `jsonlDocuments(file)`.
 * @param kind One of {@link PartialKind}.
 * @param options The kind's options; checked before any document is read.
 * @param onWarning Receives the shard's warnings (documents lacking the grouping field, ...),
 *   each said once for the shard however it is counted.
 * @param threads Worker threads counting batches of documents in parallel (1, the default,
 *   counts in this thread); the partial table is the same bytes whatever the number.
 * @returns The partial table (plain JSON data; see `writePartial`).
 * @throws DiscourseError `invalid_argument` for an unknown kind, option or bad option value.
 * @example
 * const a = await countShard(corpus.slice(0, 100), "freq", { by: "decade", stopwords: "en" });
 * const b = await countShard(corpus.slice(100), "freq", { by: "decade", stopwords: "en" });
 * partialRows(mergePartials([a, b])).rows; // = termFrequency(corpus, { by: "decade", stopwords: "en" })
 */
export async function countShard(
  documents: AsyncIterable<Document> | Iterable<Document>,
  kind: PartialKind,
  options: Readonly<Record<string, unknown>> = {},
  onWarning?: OnWarning,
  threads = 1,
): Promise<PartialTable> {
  const k = tableKind("countShard", kind);
  const normalized = k.options(options);
  const { sections, notes } = await countKind(kind, k, documents, normalized, onWarning, threads);
  notes.report(false, onWarning); // a shard may lack a field other shards have
  return { kind, version: PARTIAL_VERSION, options: normalized, sections };
}
