import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Corpus } from "../types";
import { checkString, DiscourseError, describe, ErrorCode } from "../errors";
import { checkCorpus } from "./check-corpus";

const CORE = ["id", "date", "speaker", "title", "source"] as const;

/**
 * Writes a corpus as JSON Lines, one document per line, so that readJsonl (and every
 * command's `--corpus`) reads back the same documents: `id`, `date`, `speaker`, `title`,
 * `source` (those present), then the metadata fields flat (`lang`, `date_original`,
 * `author`, `party`, ...) in their order, then `text`. Same corpus, same bytes.
 *
 * The file is written whole to a temporary file beside `path` and renamed over it, so a
 * failed write leaves no half-written corpus; missing folders are created. Throws
 * `invalid_input` for a metadata key that is also a document field name (it could not be
 * read back), and `io` naming `path` when it cannot be written.
 *
 * @param corpus - the documents (checked as checkCorpus checks them)
 * @param path - the .jsonl file to write
 * @returns the number of documents written
 * @example
 * ```ts
 * await writeCorpusJsonl(await loadCorpus("archive/"), "corpus.jsonl");
 * (await readJsonl("corpus.jsonl"))[0].meta.lang; // "en"
 * ```
 */
export async function writeCorpusJsonl(corpus: Corpus, path: string): Promise<number> {
  const fn = "writeCorpusJsonl";
  const docs = checkCorpus(corpus, fn);
  checkString(fn, "path", path);
  const lines: string[] = [];
  for (const doc of docs) {
    const record: Record<string, unknown> = {};
    for (const key of CORE) if (doc[key] !== undefined) record[key] = doc[key];
    for (const [key, value] of Object.entries(doc.meta)) {
      if ((CORE as readonly string[]).includes(key) || key === "text") {
        throw new DiscourseError(
          ErrorCode.invalidInput,
          `${fn}: document ${describe(doc.id)} has a metadata field ${describe(key)}, which is also a document field; rename it before writing`,
        );
      }
      record[key] = value;
    }
    record.text = doc.text;
    lines.push(JSON.stringify(record));
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, lines.length === 0 ? "" : lines.join("\n") + "\n");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new DiscourseError(ErrorCode.io, `${path}: cannot write: ${(error as Error).message}`, { file: path });
  }
  return docs.length;
}
