/**
 * Counts a shard's documents into a kind's sections, in this thread or on several
 * (a piscina pool of worker threads counting batches of documents, their sections merged
 * as they come: merging is associative and commutative, so the result is the same bytes
 * whatever the threads and the order). The documents are read, and noted
 * ({@link ShardNotes}), in this thread.
 * @internal
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Piscina } from "piscina";
import { checkInteger } from "../errors";
import { documentBatches } from "../ingest/document-batches";
import type { Document, OnWarning } from "../types";
import type { BatchResult, BatchTask } from "./count-batch-worker";
import { ShardNotes } from "./shard-notes";
import { mergeSectionsOf, type Documents, type KindOptions, type Sections, type TableKind } from "./table-kind";

/** Characters of text per batch sent to a worker. */
const BATCH_CHARS = 4_000_000;

/** What {@link countKind} returns: the shard's sections and its notes, to report once the caller's checks are done. @internal */
export interface KindCount {
  readonly sections: Sections;
  readonly notes: ShardNotes;
}

/**
 * Counts `docs` into the sections of kind `name`. `threads` 1 counts here; more count
 * batches of about 2 million characters on that many worker threads (from the compiled
 * package; run from TypeScript sources, as in the tests, it counts here), at most two
 * batches per thread in flight, so memory stays bounded by the counts.
 * @internal
 */
export async function countKind(name: string, k: TableKind, docs: Documents, options: KindOptions, onWarning: OnWarning | undefined, threads: number): Promise<KindCount> {
  checkInteger("countShard", 'option "threads"', threads, 1, 64);
  const notes = new ShardNotes(k, options);
  const quiet = ShardNotes.quiet(onWarning);
  async function* noted(): AsyncGenerator<Document> {
    for await (const doc of docs) {
      notes.see(doc);
      yield doc;
    }
  }
  const workerFile = path.join(__dirname, "count-batch-worker.js");
  const sections = threads > 1 && fs.existsSync(workerFile) ? await countOnThreads(workerFile, name, k, noted(), options, quiet, threads) : await k.count(noted(), options, quiet);
  return { sections: mergeSectionsOf(k.sections, [sections], () => "this shard"), notes };
}

/** The parallel counting of {@link countKind}. */
async function countOnThreads(workerFile: string, name: string, k: TableKind, docs: AsyncIterable<Document>, options: KindOptions, onWarning: OnWarning | undefined, threads: number): Promise<Sections> {
  const pool = new Piscina({ filename: workerFile, name: "countBatch", minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  let acc: Sections | undefined;
  let accRows = 0;
  // Batches' sections wait until they hold as many rows as the merge so far, then merge at
  // once: merging each into a large running merge would cost the whole vocabulary per batch.
  let pending: Sections[] = [];
  let pendingRows = 0;
  const rowsOf = (t: Sections): number => Object.values(t).reduce((n, rows) => n + rows.length, 0);
  const mergePending = (): void => {
    if (pending.length === 0) return;
    acc = mergeSectionsOf(k.sections, acc === undefined ? pending : [acc, ...pending], (i) => (acc !== undefined && i === 0 ? "earlier batches" : "a batch"));
    accRows = rowsOf(acc);
    pending = [];
    pendingRows = 0;
  };
  let failed: unknown;
  const said = new Set<string>(); // a warning every batch gives is said once
  const inFlight = new Set<Promise<void>>();
  const absorb = (r: BatchResult): void => {
    pending.push(r.sections);
    pendingRows += rowsOf(r.sections);
    if (pendingRows >= accRows) mergePending();
    for (const w of r.warnings) {
      const key = `${w.code}\u0000${w.message}`;
      if (!said.has(key)) {
        said.add(key);
        onWarning?.(w);
      }
    }
  };
  const send = (batch: Document[]): void => {
    const task: BatchTask = { kind: name, options, docs: batch };
    const p: Promise<void> = (pool.run(task) as Promise<BatchResult>).then(absorb, (e: unknown) => void (failed ??= e)).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  try {
    for await (const batch of documentBatches(docs, BATCH_CHARS)) {
      while (inFlight.size >= 2 * threads) await Promise.race(inFlight);
      if (failed !== undefined) throw failed;
      send(batch);
    }
    while (inFlight.size > 0) await Promise.race(inFlight);
    if (failed !== undefined) throw failed;
    mergePending();
    return acc!;
  } finally {
    await pool.destroy();
  }
}
