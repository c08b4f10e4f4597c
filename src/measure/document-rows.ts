import type { Corpus, MetaValue } from "../types";

/** Fixed columns of {@link documentRows}; metadata keys follow them in sorted order. */
export const DOCUMENT_COLUMNS = ["id", "date", "speaker", "title", "source", "n_chars"] as const;

/** One document as a table row. */
export type DocumentRow = { readonly [K in (typeof DOCUMENT_COLUMNS)[number]]: K extends "n_chars" ? number : string | null } & {
  readonly [key: string]: MetaValue;
};

/**
 * One row per document: id, date, speaker, title, source, its length in UTF-16 units, and
 * every metadata key found in the corpus (null where a document lacks it), for a look at
 * a corpus as a table.
 *
 * @returns Rows in corpus order; columns {@link DOCUMENT_COLUMNS} then metadata keys sorted.
 * @example
 * toDataFrame(documentRows(sotuCorpus())).head().print();
 */
export function documentRows(corpus: Corpus): DocumentRow[] {
  const keys = [...new Set(corpus.flatMap((d) => Object.keys(d.meta)))]
    .filter((k) => !(DOCUMENT_COLUMNS as readonly string[]).includes(k))
    .sort();
  return corpus.map((d) => {
    const row: Record<string, MetaValue> = {
      id: d.id,
      date: d.date ?? null,
      speaker: d.speaker ?? null,
      title: d.title ?? null,
      source: d.source ?? null,
      n_chars: d.text.length,
    };
    for (const k of keys) row[k] = d.meta[k] ?? null;
    return row as DocumentRow;
  });
}
