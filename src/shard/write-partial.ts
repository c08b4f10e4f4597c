import * as fs from "node:fs";
import { once } from "node:events";
import type { PartialTable } from "./partial-table";

/** First-line marker of a partial-table file. @internal */
export const PARTIAL_FORMAT = "discourse-lab-partial";

/**
 * Writes a partial table as JSON Lines: a header line `{"format":
 * "discourse-lab-partial", "kind", "version", "options", "rows": {section: count}}`, then
 * one line per row, `["section", ...key, ...values]`, sections in the header's order and
 * rows in key order (so equal counts give equal files). Streams the rows out.
 *
 * @param partial From `countShard` or `mergePartials`.
 * @param file The file to write (replaced).
 * @returns When the file is written and closed.
 * @example
 * await writePartial(await countShard(jsonlDocuments("shard-001.jsonl"), "freq", { by: "year" }), "shard-001.partial.jsonl");
 */
export async function writePartial(partial: PartialTable, file: string): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) => out.on("error", reject));
  const write = async (line: string): Promise<void> => {
    if (!out.write(line + "\n")) await Promise.race([once(out, "drain"), failed]);
  };
  const names = Object.keys(partial.sections);
  const rows = Object.fromEntries(names.map((n) => [n, partial.sections[n].length]));
  await write(JSON.stringify({ format: PARTIAL_FORMAT, kind: partial.kind, version: partial.version, options: partial.options, rows }));
  for (const n of names) for (const row of partial.sections[n]) await write(JSON.stringify([n, ...row]));
  out.end();
  await Promise.race([once(out, "finish"), failed]);
}
