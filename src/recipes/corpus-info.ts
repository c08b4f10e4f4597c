import type { Corpus, MetaValue } from "../types";
import { argumentError, checkInteger } from "../errors";
import { checkCorpus } from "../ingest/check-corpus";
import { tokens } from "../segment/tokens";

/** One value of a field and the documents that have it. */
export interface FieldValueCount {
  readonly value: string;
  readonly documents: number;
}

/** A document field or metadata key, its distinct values and how many documents have each. */
export interface FieldInfo {
  /** "speaker", "title", "source" or a metadata key ("party", "author", ...). */
  readonly field: string;
  /** Documents with a value (not absent, null or ""). */
  readonly documents: number;
  /** Distinct values. */
  readonly distinct: number;
  /** The most frequent values, most documents first (ties by value, code point order), at most `maxValues`. */
  readonly values: readonly FieldValueCount[];
  /** Distinct values left out of `values`. */
  readonly more: number;
}

/** What {@link corpusInfo} returns. */
export interface CorpusInfo {
  readonly documents: number;
  /** Word and number tokens (punctuation left out): the denominator of per_1k in term frequency. */
  readonly tokens: number;
  /** Distinct lowercased forms of the words (tokens other than punctuation and symbols). */
  readonly types: number;
  readonly sentences: number;
  /** Earliest and latest date (mixed precision compared by first day); null when no document is dated. */
  readonly date_min: string | null;
  readonly date_max: string | null;
  readonly undated: number;
  /** Documents per language (`meta.lang`; "none" when absent), most first. */
  readonly languages: readonly FieldValueCount[];
  /** speaker, title, source, then metadata keys in order of first appearance (lang and text left out). */
  readonly fields: readonly FieldInfo[];
}

/** Options of {@link corpusInfo}. */
export interface CorpusInfoOptions {
  /** Values listed per field (the rest are counted in `more`). Default 8. */
  readonly maxValues?: number;
}

/**
 * What a corpus holds: documents, tokens, types and sentences (the library's one
 * tokenization, `tokens`), its date range and undated documents, its languages, and each
 * field with its distinct values and how many documents have each (the most frequent
 * `maxValues` listed). What `discourse-lab corpus info` prints.
 *
 * @param corpus - the documents
 * @param options - `maxValues` (8)
 * @example
 * ```ts
 * const info = corpusInfo(await loadCorpus("corpus.jsonl"));
 * info.documents; // 6
 * info.languages; // [{ value: "en", documents: 5 }, { value: "fa", documents: 1 }]
 * ```
 */
export function corpusInfo(corpus: Corpus, options: CorpusInfoOptions = {}): CorpusInfo {
  const fn = "corpusInfo";
  const docs = checkCorpus(corpus, fn);
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const maxValues = options.maxValues === undefined ? 8 : checkInteger(fn, 'option "maxValues"', options.maxValues, 0, Number.MAX_SAFE_INTEGER);
  const t = tokens(docs, { removePunct: true });
  // ISO dates at mixed precision compare by their first day ("1861" = "1861-01-01"), coarser first.
  const firstDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is string => d !== undefined)
    .sort((a, b) => (firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : a.length - b.length));

  const counts = new Map<string, Map<string, number>>();
  const count = (field: string, value: MetaValue | undefined): void => {
    if (value === undefined || value === null || value === "") return;
    let values = counts.get(field);
    if (values === undefined) counts.set(field, (values = new Map()));
    const key = String(value);
    values.set(key, (values.get(key) ?? 0) + 1);
  };
  for (const field of ["speaker", "title", "source"] as const) counts.set(field, new Map());
  const languages = new Map<string, number>();
  for (const doc of docs) {
    count("speaker", doc.speaker);
    count("title", doc.title);
    count("source", doc.source);
    for (const [key, value] of Object.entries(doc.meta)) if (key !== "lang") count(key, value);
    const lang = typeof doc.meta.lang === "string" && doc.meta.lang !== "" ? doc.meta.lang : "none";
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
  }
  const fields: FieldInfo[] = [];
  for (const [field, values] of counts) {
    if (values.size === 0) continue;
    const ranked = rankValues(values);
    fields.push({
      field,
      documents: ranked.reduce((s, v) => s + v.documents, 0),
      distinct: ranked.length,
      values: ranked.slice(0, maxValues),
      more: Math.max(0, ranked.length - maxValues),
    });
  }
  return {
    documents: docs.length,
    tokens: t.length,
    types: distinctTypes(t.typeId, t.length, t.vocabulary.size),
    sentences: t.docSentenceStart[docs.length],
    date_min: dates[0] ?? null,
    date_max: dates[dates.length - 1] ?? null,
    undated: docs.length - dates.length,
    languages: rankValues(languages),
    fields,
  };
}

/** Distinct type ids among the first `n` tokens (the vocabulary also holds removed punctuation). */
function distinctTypes(typeId: Uint32Array, n: number, size: number): number {
  const seen = new Uint8Array(size);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (seen[typeId[i]] === 0) {
      seen[typeId[i]] = 1;
      distinct++;
    }
  }
  return distinct;
}

function rankValues(values: ReadonlyMap<string, number>): FieldValueCount[] {
  return [...values]
    .map(([value, documents]) => ({ value, documents }))
    .sort((a, b) => b.documents - a.documents || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
