import type { Corpus } from "../../types";
import { corpusInfo } from "../corpus-info";

/** A field a report can group documents by. */
export interface GroupField {
  /** "speaker" or a metadata key ("party", "outlet", ...). */
  readonly field: string;
  /** Distinct values. */
  readonly distinct: number;
  /** Documents with a value. */
  readonly documents: number;
}

/** Fields that describe a document's file or text, not a group of documents. */
const NOT_GROUPS = new Set(["title", "source", "lang", "date_original", "published", "url", "file", "path", "id", "text", "date", "era", "period"]);

/**
 * The fields of a corpus worth grouping its documents by: `speaker` and metadata keys (party,
 * outlet, ...) that at least half of the documents have, with 2 or more distinct values and
 * (but for speaker) fewer distinct values than documents (a value per document is an id, not a group).
 * `speaker` first, then the others in order of first appearance. Pure; remembered per corpus.
 * @example
 * groupFields(sotuCorpus()); // [{ field: "speaker", distinct: 43, documents: 233 }, { field: "party", distinct: 8, documents: 233 }]
 */
export function groupFields(corpus: Corpus): GroupField[] {
  if (corpus.length === 0) return [];
  const known = memo.get(corpus);
  if (known) return [...known];
  const fields = corpusInfo(corpus, { maxValues: 0 })
    .fields.filter((f) => !NOT_GROUPS.has(f.field) && f.documents * 2 >= corpus.length && f.distinct >= 2 && (f.field === "speaker" || f.distinct < f.documents))
    .map((f) => ({ field: f.field, distinct: f.distinct, documents: f.documents }));
  memo.set(corpus, fields);
  return [...fields];
}

const memo = new WeakMap<Corpus, readonly GroupField[]>();
