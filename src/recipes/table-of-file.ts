import { countKind } from "../shard/count-kind";
import { PARTIAL_VERSION, type PartialKind } from "../shard/partial-table";
import { partialRows, type PartialTableRows } from "../shard/partial-rows";
import { tableKind } from "../shard/table-kinds";
import type { Warning } from "../types";
import { readsLanguage } from "./count-shard-file";
import { selectedDocuments, type SelectedDocumentsOptions } from "./selected-documents";

/** Options of {@link tableOfFile}: how the corpus is read and which of its documents count (see `selectedDocuments`). */
export interface TableOfFileOptions extends Omit<SelectedDocumentsOptions, "languages"> {
  /** Worker threads counting in parallel (see `countShard`). Default: 1, this thread. */
  readonly threads?: number;
}

/**
 * The table of one counting command over a corpus file, streamed: the documents are read
 * one at a time (JSON Lines and CSV record by record, folders file by file), tested
 * against `where` as they pass, counted into the table kind's partial table (the counts
 * only: memory is bounded by the vocabulary and the groups, not by the corpus) and the
 * statistics computed once at the end with the table's own code, on `threads` worker
 * threads when asked (the same rows whatever the number). The rows are exactly those
 * of the command on the loaded corpus, and so are its errors: a `where` matching no
 * document, or a selection naming a field no document has, throws the error
 * `selectDocuments` gives on the loaded corpus (the documents' fields, without their texts,
 * are kept for that message only until a document matches).
 *
 * @param input A corpus file or folder (as `loadCorpus` takes it).
 * @param kind The table (`PartialKind`): freq, trend, keyness, collocates, dispersion, stance-markers, rhetoric-summary.
 * @param options The table's options (see `countShard`).
 * @param reading The reading options of `loadCorpus`, `where`, `selections`, `onDocument`.
 * @returns Rows and columns, as `partialRows` gives them.
 * @example
 * const { rows } = await tableOfFile("archive.jsonl", "stance-markers", { by: "year" }, { where: "source=Reuters" });
 */
export async function tableOfFile(input: string, kind: PartialKind, options: Readonly<Record<string, unknown>>, reading: TableOfFileOptions = {}): Promise<PartialTableRows> {
  const { threads = 1, ...selecting } = reading;
  const k = tableKind("tableOfFile", kind);
  const normalized = k.options(options); // checked before any document is read
  const documents = selectedDocuments(input, { ...selecting, languages: readsLanguage(kind, options) });
  // The table's warnings wait for its checks: an error comes alone, as on a loaded corpus.
  const warnings: Warning[] = [];
  const { sections, notes } = await countKind(kind, k, documents, normalized, (w) => warnings.push(w), threads);
  notes.report(true, (w) => warnings.push(w)); // a whole corpus: a grouping field no document has is an error
  const onWarning = reading.onWarning;
  if (onWarning) for (const w of warnings) onWarning(w);
  return partialRows({ kind, version: PARTIAL_VERSION, options: normalized, sections }, onWarning);
}
