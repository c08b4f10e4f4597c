import { parseSelectionFor } from "../compare/parse-selection";
import { selectDocuments, selectionTest } from "../compare/select-documents";
import { fieldValue } from "../group/document-group";
import { corpusDocuments } from "../ingest/corpus-documents";
import type { LoadCorpusOptions } from "../ingest/load-corpus";
import { languageSetter } from "../ingest/with-languages";
import type { Document } from "../types";

/** Options of {@link selectedDocuments}: how the corpus is read, and which of its documents pass. */
export interface SelectedDocumentsOptions extends LoadCorpusOptions {
  /** Only the documents matching this selection (`FIELD OP VALUE[,...]`), tested as they pass. Default: all. */
  readonly where?: string;
  /**
   * Selections applied to the documents later (keyness's `target` and `reference`): as on a
   * loaded corpus, one naming a field no passing document has is an error.
   */
  readonly selections?: readonly string[];
  /** Give every document its language (`meta.lang`: its own, else `lang`, else detected), as `loadCorpus` does. Default: only when `where` reads `lang`. */
  readonly languages?: boolean;
  /**
   * Whether the documents are a whole corpus (default): a `where` matching none of them, or a
   * selection naming a field none has, is then the loaded corpus's error. False for a shard
   * of a corpus, where another shard may match: nothing is kept for those errors.
   */
  readonly wholeCorpus?: boolean;
  /** Called after each document is read, before the selection (for progress bars). */
  readonly onDocument?: (doc: Document) => void;
}

/** A document without its text: what an error about a selection needs. */
function withoutText(doc: Document): Document {
  return { ...doc, text: "" };
}

/**
 * The documents of a corpus, one at a time, that match `where`: JSON Lines and CSV files
 * are read record by record and folders file by file (`corpusDocuments`). When the stream ends, the errors
 * of the same selections on the loaded corpus are thrown: a `where` matching no document
 * (naming the nearest value), a selection naming a field no document has. Only the
 * documents' fields, without their texts, are kept for those messages, and only until a
 * document rules the error out. Selections are parsed (and their errors thrown) when
 * called, before any document is read.
 *
 * @param input A corpus file or folder (as `loadCorpus` takes it).
 * @param reading The reading options of `loadCorpus`, `where`, `selections`, `languages`, `onDocument`.
 * @returns The documents that pass, in corpus order.
 * @example
 * for await (const doc of selectedDocuments("archive.jsonl", { where: "source=Reuters, date>=2019" })) console.log(doc.id);
 */
export function selectedDocuments(input: string, reading: SelectedDocumentsOptions = {}): AsyncGenerator<Document> {
  const { where, selections = [], languages = false, wholeCorpus = true, onDocument, ...loading } = reading;
  const fn = "selectDocuments"; // its syntax and errors, as on a loaded corpus
  const clauses = where === undefined ? [] : parseSelectionFor(fn, where);
  const keep = where === undefined ? undefined : selectionTest(fn, where);
  const fields = new Set(selections.flatMap((s) => parseSelectionFor(fn, s).map((c) => c.field)));
  // Language first when the selection reads it (as on a loaded corpus, where every document has its language).
  const language = languageSetter(fn, { lang: loading.lang, minLetters: loading.minLetters }, languages || clauses.some((c) => c.field === "lang"));
  return (async function* (): AsyncGenerator<Document> {
    // The documents' fields, kept only until the error they would explain is ruled out.
    let unmatched: Document[] | undefined = keep === undefined || !wholeCorpus ? undefined : [];
    let passed: Document[] | undefined = fields.size === 0 || !wholeCorpus ? undefined : [];
    const source = corpusDocuments(input, loading);
    for await (const read of source) {
      onDocument?.(read);
      const doc = await language(read);
      if (keep && !keep(doc)) {
        unmatched?.push(withoutText(doc));
        continue;
      }
      unmatched = undefined;
      if (passed !== undefined) {
        passed.push(withoutText(doc));
        for (const f of [...fields]) if (fieldValue(doc, f) !== undefined) fields.delete(f);
        if (fields.size === 0) passed = undefined;
      }
      yield doc;
    }
    if (unmatched !== undefined) selectDocuments(unmatched, where!, { ifEmpty: "error" });
    if (passed !== undefined) for (const s of selections) selectDocuments(passed, s);
  })();
}
