import type { LoadCorpusOptions } from "../ingest/load-corpus";
import { countShard } from "../shard/count-shard";
import type { PartialKind, PartialTable } from "../shard/partial-table";
import { writePartial } from "../shard/write-partial";
import { selectedDocuments } from "./selected-documents";

/** Options of {@link countShardFile}: how the shard is read, and which of its documents count. */
export interface CountShardFileOptions extends LoadCorpusOptions {
  /** Count only the documents matching this selection (`FIELD OP VALUE[,...]`, as `selectDocuments`), tested while streaming. Default: all. */
  readonly where?: string;
  /** Write the partial table here (JSON Lines, see `writePartial`). Default: not written. */
  readonly out?: string;
  /** Worker threads counting in parallel (see `countShard`). Default: 1. */
  readonly threads?: number;
}

/**
 * Counts one shard file into a partial table, as `discourse-lab shard count` does: a JSON
 * Lines or CSV shard streams record by record and a folder file by file (`corpusDocuments`:
 * memory bounded by the counts, not the shard). Documents get their language (`meta.lang`: their
 * own, else option `lang`, else detected) exactly as `loadCorpus` gives it, so a shard
 * counts as the same documents do in the single-process commands; languages are detected
 * only when the counts read them (English-only stance markers and rhetoric, stopwords
 * "auto", grouping by "lang").
 *
 * @param input The shard: a `.jsonl` file (streamed), or any corpus file or folder.
 * @param kind The table kind (`PartialKind`).
 * @param options The kind's options (see `countShard`).
 * @param reading The reading options of `loadCorpus`, `where`, `out`.
 * @returns The partial table (also written to `out` when given).
 * @example
 * await countShardFile("shards/part-0001.jsonl", "keyness", { target: "date>=2001", stopwords: "en" }, { out: "part-0001.partial.jsonl" });
 */
export async function countShardFile(input: string, kind: PartialKind, options: Readonly<Record<string, unknown>>, reading: CountShardFileOptions = {}): Promise<PartialTable> {
  const { where, out, threads = 1, ...loading } = reading;
  // Languages as loadCorpus gives them, detected only when the counts or the selection read them; a shard may match nothing.
  const documents = selectedDocuments(input, { ...loading, where, languages: readsLanguage(kind, options), wholeCorpus: false });
  const partial = await countShard(documents, kind, options, loading.onWarning, threads);
  if (out !== undefined) await writePartial(partial, out);
  return partial;
}

/** Whether a kind's counts depend on each document's language. @internal */
export function readsLanguage(kind: PartialKind, options: Readonly<Record<string, unknown>>): boolean {
  if (kind === "stance-markers" || kind === "rhetoric-summary") return true;
  const s = options.stopwords;
  const auto = s === "auto" || (typeof s === "string" && s.split(",").includes("auto")) || (typeof s === "object" && s !== null && (s as { byDocument?: boolean }).byDocument === true);
  return auto || options.by === "lang" || options.split === "lang";
}
