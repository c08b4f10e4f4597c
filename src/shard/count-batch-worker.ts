/**
 * Worker thread of the parallel counting of a shard (`countKind` with `threads` > 1, run
 * by a piscina pool): counts one batch of documents into the kind's sections, with the
 * kind's own counting code, and returns them with the batch's warnings (plain data).
 * @internal
 */
import type { Document, Warning } from "../types";
import type { KindOptions, Sections } from "./table-kind";
import { tableKind } from "./table-kinds";

/** A batch: the kind, its normalized options and the documents. @internal */
export interface BatchTask {
  readonly kind: string;
  readonly options: KindOptions;
  readonly docs: readonly Document[];
}

/** The counts of a batch and its warnings. @internal */
export interface BatchResult {
  readonly sections: Sections;
  readonly warnings: readonly Warning[];
}

/** Counts one batch (the task piscina runs by name). @internal */
export async function countBatch(task: BatchTask): Promise<BatchResult> {
  const warnings: Warning[] = [];
  const sections = await tableKind("countShard", task.kind).count(task.docs, task.options, (w) => warnings.push(w));
  return { sections, warnings };
}
