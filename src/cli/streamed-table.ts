/** The counting commands over a corpus file, streamed through its partial table. */
import * as fs from "node:fs";
import type { PartialKind } from "../shard/partial-table";
import { tableOfFile } from "../recipes/table-of-file";
import { progressReporter } from "./progress";
import { isJsonl, loadOptions, type CliIo, type CorpusFlags, type TokenFlags } from "./shared";

/**
 * Whether a command's corpus streams: a JSON Lines file (the built-in corpus and other
 * files load whole), and no stems or lemmas (partial tables count words as written).
 */
export function streams(flags: CorpusFlags & Partial<Pick<TokenFlags, "stem" | "lemma">>): boolean {
  return flags.corpus !== "sotu" && isJsonl(flags.corpus) && flags.stem === undefined && !flags.lemma;
}

/**
 * The rows of a counting command over a streamed corpus (see {@link streams}): its table
 * kind counted document by document with --where tested on each, the statistics computed
 * once at the end; equal to the command's rows on the loaded corpus. A progress bar counts
 * the bytes read when stderr is a terminal.
 */
export async function streamedRows(flags: CorpusFlags, io: CliIo, kind: PartialKind, options: Readonly<Record<string, unknown>>, selections: readonly string[] = []): Promise<readonly object[]> {
  const size = fs.statSync(flags.corpus).size;
  const progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
  let bytes = 0;
  try {
    const { rows } = await tableOfFile(flags.corpus, kind, options, {
      ...loadOptions(flags, io),
      where: flags.where,
      selections,
      onDocument: (doc) => {
        bytes += Buffer.byteLength(doc.text) + 64;
        progress.update(Math.min(bytes, size));
      },
    });
    return rows;
  } finally {
    progress.stop();
  }
}
