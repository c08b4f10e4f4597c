/** The counting commands over a corpus file, streamed through its partial table. */
import * as fs from "node:fs";
import * as os from "node:os";
import { Option, type Command } from "commander";
import type { PartialKind } from "../shard/partial-table";
import { tableOfFile } from "../recipes/table-of-file";
import { progressReporter } from "./progress";
import { intArg, isJsonl, loadOptions, UsageError, type CliIo, type CorpusFlags, type TokenFlags } from "./shared";

/** Files this large (bytes) or larger are counted on all cores by default; smaller ones in one thread (starting workers costs more than it saves). */
const PARALLEL_FROM = 16 * 1024 * 1024;

/** Adds `--threads` to a counting command that streams. */
export function threadsOption(cmd: Command): Command {
  return cmd.addOption(
    new Option("--threads <N>", "JSON Lines corpora: worker threads counting in parallel (default: the cores, at most 4, for files of 16 MB or more; else 1)").argParser(intArg("--threads")),
  );
}

/**
 * Whether a command's corpus streams: a JSON Lines file (the built-in corpus and other
 * files load whole), and no stems or lemmas (partial tables count words as written).
 */
export function streams(flags: CorpusFlags & Partial<Pick<TokenFlags, "stem" | "lemma">> & { threads?: number }, streamsHere = true): boolean {
  const yes = streamsHere && flags.corpus !== "sotu" && isJsonl(flags.corpus) && flags.stem === undefined && !flags.lemma;
  if (!yes && flags.threads !== undefined) {
    throw new UsageError("--threads: only the counts of a JSON Lines corpus (.jsonl) are made by worker threads (not with --stem, --lemma, or a row-producing mode such as --hits)");
  }
  return yes;
}

/**
 * The rows of a counting command over a streamed corpus (see {@link streams}): its table
 * kind counted document by document with --where tested on each, the statistics computed
 * once at the end, on `--threads` worker threads; equal to the command's rows on the loaded
 * corpus. A progress bar counts the bytes read when stderr is a terminal.
 */
export async function streamedRows(flags: CorpusFlags & { threads?: number }, io: CliIo, kind: PartialKind, options: Readonly<Record<string, unknown>>, selections: readonly string[] = []): Promise<readonly object[]> {
  const size = fs.statSync(flags.corpus).size;
  const progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
  let bytes = 0;
  const threads = flags.threads ?? (size >= PARALLEL_FROM ? Math.min(4, os.availableParallelism?.() ?? os.cpus().length) : 1);
  try {
    const { rows } = await tableOfFile(flags.corpus, kind, options, {
      ...loadOptions(flags, io),
      threads,
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
