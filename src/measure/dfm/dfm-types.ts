/** The document-feature matrix type and its CSR helpers. */
import { argumentError } from "../../errors";

/** Weightings of a {@link Dfm}'s values (see `dfmWeight`). */
export const DfmWeighting = {
  /** Raw counts (what `dfm` builds; the only weighting that merges, trims by count or scales). */
  count: "count",
  /** Count / the row's total. */
  prop: "prop",
  /** Count x log10(N / df), N documents, df documents with the feature (quanteda's dfm_tfidf). */
  tfidf: "tfidf",
  /** 1 where the count is positive. */
  boolean: "boolean",
  /** 1 + log10(count) where the count is positive (quanteda's "logcount"). */
  log: "log",
} as const;
export type DfmWeighting = (typeof DfmWeighting)[keyof typeof DfmWeighting];

/** One row of a {@link Dfm}: a document or a group of documents. */
export interface DfmRow {
  /** Document id (per document) or group label (a field value, a period). */
  readonly label: string;
  /** ISO start of the row's period, or the document's date; null otherwise. */
  readonly group_start: string | null;
  /** Value of the `split` field, or null. */
  readonly split: string | null;
  /** Documents in the row. */
  readonly n_docs: number;
  /** Words of the row's documents (the n_words of every table, before stopword removal). */
  readonly n_words: number;
  /** Earliest date of the row's documents, or null. */
  readonly first_date: string | null;
}

/**
 * A sparse document-feature matrix in compressed sparse rows: row r holds the features
 * `colIdx[rowPtr[r] .. rowPtr[r+1])` (ascending) with `values` at the same positions.
 * Features are in codepoint order. Counts are sums over documents: two partial matrices
 * merge (`dfmMerge`) by adding rows with the same label and concatenating the others.
 */
export interface Dfm {
  readonly rows: readonly DfmRow[];
  readonly features: readonly string[];
  readonly rowPtr: Uint32Array;
  readonly colIdx: Uint32Array;
  readonly values: Float64Array;
  /** Documents containing each feature (a sum over documents, whatever the rows are). */
  readonly docFreq: Uint32Array;
  /** Documents counted (N of tf-idf). */
  readonly nDocs: number;
  readonly weighting: DfmWeighting;
}

/** A row's entries as [feature index, value] pairs before compression. @internal */
export type RowEntries = Map<number, number>;

/**
 * Builds a Dfm from rows of entries whose feature indexes point into `features` (any
 * order): features are sorted (codepoint), unused ones dropped, each row sorted by feature.
 * @internal
 */
export function compressRows(rows: readonly DfmRow[], entries: readonly RowEntries[], features: readonly string[], docFreq: ArrayLike<number>, nDocs: number, weighting: DfmWeighting = DfmWeighting.count): Dfm {
  const used = new Uint8Array(features.length);
  let nnz = 0;
  for (const e of entries) for (const [j, v] of e) if (v !== 0) {
    used[j] = 1;
    nnz++;
  }
  const order = Array.from({ length: features.length }, (_, j) => j).filter((j) => used[j] === 1).sort((a, b) => cmp(features[a], features[b]));
  const newIndex = new Int32Array(features.length).fill(-1);
  order.forEach((j, k) => (newIndex[j] = k));
  const rowPtr = new Uint32Array(rows.length + 1);
  const colIdx = new Uint32Array(nnz);
  const values = new Float64Array(nnz);
  let p = 0;
  entries.forEach((e, r) => {
    rowPtr[r] = p;
    const cells = [...e].filter(([, v]) => v !== 0).map(([j, v]) => [newIndex[j], v] as const).sort((a, b) => a[0] - b[0]);
    for (const [k, v] of cells) {
      colIdx[p] = k;
      values[p++] = v;
    }
  });
  rowPtr[rows.length] = p;
  return { rows, features: order.map((j) => features[j]), rowPtr, colIdx, values, docFreq: Uint32Array.from(order, (j) => docFreq[j]), nDocs, weighting };
}

/** The dense values of row r (length: features). @internal */
export function denseRow(m: Dfm, r: number): Float64Array {
  const out = new Float64Array(m.features.length);
  for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) out[m.colIdx[p]] = m.values[p];
  return out;
}

/** Throws unless the matrix holds raw counts. @internal */
export function checkCounts(fn: string, m: Dfm): void {
  if (m.weighting !== DfmWeighting.count) throw argumentError(fn, "the dfm", "a matrix of counts (weight it last)", `a dfm weighted "${m.weighting}"`);
}

/** Index of the row labelled `label` (and `split`), or -1. @internal */
export function rowIndex(m: Dfm, label: string, split: string | null = null): number {
  return m.rows.findIndex((r) => r.label === label && (split === null || r.split === split));
}

/** Codepoint order. @internal */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Row entries of `m` restricted to the features where `keep` is true. @internal */
export function denseEntries(m: Dfm, keep: readonly boolean[]): RowEntries[] {
  return m.rows.map((_, r) => {
    const e: RowEntries = new Map();
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) if (keep[m.colIdx[p]]) e.set(m.colIdx[p], m.values[p]);
    return e;
  });
}
