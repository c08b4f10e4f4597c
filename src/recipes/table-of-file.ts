import { selectDocuments, selectionTest } from "../compare/select-documents";
import { fieldValue } from "../group/document-group";
import { tableKind } from "../shard/table-kinds";
import { corpusSourceKind } from "../ingest/corpus-source-kind";
import { jsonlDocuments } from "../ingest/jsonl-documents";
import { loadCorpus, type LoadCorpusOptions } from "../ingest/load-corpus";
import { languageSetter } from "../ingest/with-languages";
import { countKind } from "../shard/count-kind";
import { parseSelectionFor } from "../compare/parse-selection";
import { PARTIAL_VERSION, type PartialKind } from "../shard/partial-table";
import { partialRows, type PartialTableRows } from "../shard/partial-rows";
import type { Document, Warning } from "../types";
import { readsLanguage } from "./count-shard-file";

/** Options of {@link tableOfFile}: how the corpus is read and which of its documents count. */
export interface TableOfFileOptions extends LoadCorpusOptions {
  /** Count only the documents matching this selection (`FIELD OP VALUE[,...]`), tested while streaming. Default: all. */
  readonly where?: string;
  /**
   * Selections the table itself applies (keyness's `target` and `reference`): as in the
   * command on a loaded corpus, one naming a field no counted document has is an error.
   */
  readonly selections?: readonly string[];
  /** Worker threads counting in parallel (see `countShard`). Default: 1, this thread. */
  readonly threads?: number;
  /** Called after each document is read (for progress bars), with its text's length. */
  readonly onDocument?: (doc: Document) => void;
}

/** A document without its text: what an error about a selection needs. */
function withoutText(doc: Document): Document {
  return { ...doc, text: "" };
}

/**
 * The table of one counting command over a corpus file, streamed: the documents are read
 * one at a time (a JSON Lines file line by line; other corpora load whole for now), tested
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
  const { where, selections = [], onDocument, threads = 1, ...loading } = reading;
  const fn = "tableOfFile";
  const clauses = where === undefined ? [] : parseSelectionFor(fn, where);
  const keep = where === undefined ? undefined : selectionTest(fn, where);
  const k = tableKind(fn, kind);
  const normalized = k.options(options); // checked before any document is read
  const fields = new Set(selections.flatMap((s) => parseSelectionFor(fn, s).map((c) => c.field)));
  // Language first when the selection reads it (as on a loaded corpus, where every document has its language).
  const language = languageSetter(fn, { lang: loading.lang, minLetters: loading.minLetters }, readsLanguage(kind, options) || clauses.some((c) => c.field === "lang"));
  // The documents' fields, without texts, kept only until the error they would explain is ruled out.
  let unmatched: Document[] | undefined = keep === undefined ? undefined : [];
  let counted: Document[] | undefined = fields.size === 0 ? undefined : [];
  const source = corpusSourceKind(input) === "jsonl" ? jsonlDocuments(input, loading) : await loadCorpus(input, loading);
  async function* documents(): AsyncGenerator<Document> {
    for await (const read of source) {
      onDocument?.(read);
      const doc = await language(read);
      if (keep && !keep(doc)) {
        unmatched?.push(withoutText(doc));
        continue;
      }
      unmatched = undefined;
      if (counted !== undefined) {
        counted.push(withoutText(doc));
        for (const f of [...fields]) if (fieldValue(doc, f) !== undefined) fields.delete(f);
        if (fields.size === 0) counted = undefined;
      }
      yield doc;
    }
  }
  // The table's warnings wait for its checks: an error comes alone, as on a loaded corpus.
  const warnings: Warning[] = [];
  const { sections, notes } = await countKind(kind, k, documents(), normalized, (w) => warnings.push(w), threads);
  if (unmatched !== undefined) selectDocuments(unmatched, where!, { ifEmpty: "error" });
  if (counted !== undefined) for (const s of selections) selectDocuments(counted, s);
  notes.report(true, (w) => warnings.push(w)); // a whole corpus: a grouping field no document has is an error
  if (loading.onWarning) for (const w of warnings) loading.onWarning(w);
  return partialRows({ kind, version: PARTIAL_VERSION, options: normalized, sections }, loading.onWarning);
}
