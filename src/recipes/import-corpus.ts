import type { Corpus, Document } from "../types";
import { argumentError, describe, DiscourseError, ErrorCode } from "../errors";
import { freezeCorpus } from "../ingest/freeze-corpus";
import { loadCorpus, type LoadCorpusOptions } from "../ingest/load-corpus";

/**
 * One corpus from several sources (folders, files of any kind loadCorpus reads, "sotu"),
 * in the order given, each document with its date normalized to ISO (`meta.date_original`
 * keeping the text as written), its language in `meta.lang` and its source file in
 * `source`: what `discourse-lab corpus import` writes.
 *
 * Options are loadCorpus's and go to every source. An id found in two sources is a
 * `duplicate_id` error naming both (with `skipInvalid` the later document is skipped and
 * reported to `onWarning`).
 *
 * @param sources - at least one corpus spec
 * @param options - loadCorpus's options (`encoding`, `dateOrder`, `lang`, `pdfPages`, ...)
 * @example
 * ```ts
 * const corpus = await importCorpus(["archive/", "extra/statement.pdf"], { dateOrder: "dmy" });
 * await writeCorpusJsonl(corpus, "corpus.jsonl");
 * ```
 */
export async function importCorpus(sources: readonly string[], options: LoadCorpusOptions = {}): Promise<Corpus> {
  const fn = "importCorpus";
  if (!Array.isArray(sources) || sources.length === 0) throw argumentError(fn, "sources", "a non-empty array of corpus specs", sources);
  const seen = new Map<string, string>();
  const docs: Document[] = [];
  for (const source of sources) {
    for (const doc of await loadCorpus(source, options)) {
      const first = seen.get(doc.id);
      if (first === undefined) {
        seen.set(doc.id, source);
        docs.push(doc);
        continue;
      }
      const message = `${fn}: duplicate id ${describe(doc.id)} (in ${source}; first in ${first})`;
      if (!options.skipInvalid) throw new DiscourseError(ErrorCode.duplicateId, message, { file: source });
      options.onWarning?.({ code: ErrorCode.duplicateId, message: `${message} (document skipped)`, file: source });
    }
  }
  return freezeCorpus(docs);
}
