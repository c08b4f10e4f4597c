/** The counting commands over a corpus file, streamed through its partial table. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Option, type Command } from "commander";
import type { PartialKind } from "../shard/partial-table";
import { tableOfFile } from "../recipes/table-of-file";
import { progressReporter } from "./progress";
import { corpusSourceKind } from "../ingest/corpus-source-kind";
import { intArg, loadOptions, UsageError, type CliIo, type CorpusFlags, type TokenFlags } from "./shared";

/** Files this large (bytes) or larger are counted on all cores by default; smaller ones in one thread (starting workers costs more than it saves). */
const PARALLEL_FROM = 16 * 1024 * 1024;

/**
 * Tables whose counting is so cheap per word that worker threads cost more than they save
 * (each batch's counts are copied back and merged): one thread by default. Measured with
 * bench/scale.mjs on 1 GB: keyness 29.8 s on one thread, 45.7 s on two.
 */
const ONE_THREAD_BY_DEFAULT: readonly PartialKind[] = ["keyness", "freq"];

/** Adds `--threads` to a counting command that streams. */
export function threadsOption(cmd: Command): Command {
  return cmd.addOption(
    new Option("--threads <N>", "JSON Lines, CSV and folder corpora: worker threads counting in parallel (default: the cores, at most 4, for 16 MB or more; else 1; keyness and freq of CSV or folders: 1, faster for them)").argParser(intArg("--threads")),
  );
}

/** The corpus kinds read record by record or file by file (`corpusDocuments`); a JSON file, a single document and the built-in corpus load whole. */
const STREAMED: readonly string[] = ["jsonl", "csv", "folder"];

/**
 * Whether a command's corpus streams: a JSON Lines or CSV file or a folder, in a mode that
 * streams (`streamsHere`), without stems or lemmas (partial tables count words as
 * written). `--threads` where it does not stream is a usage error, not ignored.
 */
export function streams(flags: CorpusFlags & Partial<Pick<TokenFlags, "stem" | "lemma">> & { threads?: number }, streamsHere = true): boolean {
  const yes = streamsHere && flags.corpus !== "sotu" && STREAMED.includes(corpusSourceKind(flags.corpus)) && flags.stem === undefined && !flags.lemma;
  if (!yes && flags.threads !== undefined) {
    throw new UsageError("--threads: only the counts of a JSON Lines or CSV file or a folder are made by worker threads (not with --stem, --lemma, or a row-producing mode such as --hits)");
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
  const size = sizeOf(flags.corpus);
  const progress = progressReporter(flags.progress && io.stderrIsTTY, size, "bytes");
  let bytes = 0;
  const threads = flags.threads ?? (size >= PARALLEL_FROM && !ONE_THREAD_BY_DEFAULT.includes(kind) ? Math.min(4, os.availableParallelism?.() ?? os.cpus().length) : 1);
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

/** Bytes of a corpus file, or of the files of a folder (its subfolders included). */
function sizeOf(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  let n = 0;
  for (const name of fs.readdirSync(p)) n += sizeOf(path.join(p, name));
  return n;
}
