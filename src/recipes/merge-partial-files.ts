import { mergePartials } from "../shard/merge-partials";
import type { PartialTable } from "../shard/partial-table";
import { readPartial } from "../shard/read-partial";
import { writePartial } from "../shard/write-partial";

/**
 * Merges partial-table files, as `discourse-lab merge` does: each file is read and
 * checked (`readPartial`), the partials merged (`mergePartials`, errors naming the files
 * whose kind, version or options differ), and the merge written to `out` when given (to
 * merge again later: merging is associative).
 *
 * @param files Partial-table files (`.partial.jsonl`), at least one.
 * @param out Where to write the merged partial table. Default: not written.
 * @returns The merged partial table; `partialRows(merged)` gives the table.
 * @example
 * const merged = await mergePartialFiles(["a.partial.jsonl", "b.partial.jsonl"]);
 * formatRows(partialRows(merged).rows, partialRows(merged).columns, "csv");
 */
export async function mergePartialFiles(files: readonly string[], out?: string): Promise<PartialTable> {
  if (files.length === 0) return mergePartials([]); // the error of mergePartials
  // One file at a time into the running merge: memory holds two partials, not all of them.
  let merged = mergePartials([await readPartial(files[0])], [files[0]]);
  for (let i = 1; i < files.length; i++) {
    const before = i === 1 ? files[0] : `the merge of ${files[0]} to ${files[i - 1]}`;
    merged = mergePartials([merged, await readPartial(files[i])], [before, files[i]]);
  }
  if (out !== undefined) await writePartial(merged, out);
  return merged;
}
