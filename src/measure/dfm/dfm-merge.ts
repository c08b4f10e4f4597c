import { compareDates } from "../../group/document-group";
import { groupKey } from "../../group/group-tally";
import { checkCounts, compressRows, type Dfm, type DfmRow, type RowEntries } from "./dfm-types";

/**
 * Merges partial document-feature matrices, e.g. one per shard of a corpus counted on
 * another core or machine: rows with the same label and split are added (their counts,
 * documents and words), the others are appended in order; features are the union, document
 * frequencies and document counts are added. Merging the matrices of the parts of a corpus
 * gives the matrix of the whole corpus (the rows in order of first appearance).
 *
 * @param parts Matrices of counts built with the same options.
 * @returns The merged {@link Dfm}.
 * @example
 * const whole = dfmMerge([dfm(corpus.slice(0, 100)), dfm(corpus.slice(100))]);
 * // equal to dfm(corpus)
 */
export function dfmMerge(parts: readonly Dfm[]): Dfm {
  for (const p of parts) checkCounts("dfmMerge", p);
  const featureIndex = new Map<string, number>();
  const features: string[] = [];
  const docFreq: number[] = [];
  const rowIndex = new Map<string, number>();
  const rows: DfmRow[] = [];
  const entries: RowEntries[] = [];
  let nDocs = 0;
  for (const m of parts) {
    nDocs += m.nDocs;
    const ids = m.features.map((f, j) => {
      let k = featureIndex.get(f);
      if (k === undefined) {
        featureIndex.set(f, (k = features.length));
        features.push(f);
        docFreq.push(0);
      }
      docFreq[k] += m.docFreq[j];
      return k;
    });
    m.rows.forEach((row, r) => {
      const key = groupKey({ group: row.label, split: row.split });
      let i = rowIndex.get(key);
      if (i === undefined) {
        rowIndex.set(key, (i = rows.length));
        rows.push({ ...row, n_docs: 0, n_words: 0 });
        entries.push(new Map());
      }
      const old = rows[i];
      rows[i] = { ...old, n_docs: old.n_docs + row.n_docs, n_words: old.n_words + row.n_words, group_start: old.group_start ?? row.group_start, first_date: earliest(old.first_date, row.first_date) };
      const e = entries[i];
      for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) e.set(ids[m.colIdx[p]], (e.get(ids[m.colIdx[p]]) ?? 0) + m.values[p]);
    });
  }
  return compressRows(rows, entries, features, docFreq, nDocs);
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) <= 0 ? a : b;
}
