import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { DiscourseError, ErrorCode } from "../errors";

/** What {@link sourceSha256} returns. */
export interface SourceHash {
  /** "file" or "folder". */
  readonly kind: "file" | "folder";
  /** SHA-256 (hex) of the file's bytes; of a folder, of its files' relative paths and SHA-256s, sorted. */
  readonly sha256: string;
  /** Files hashed (1 for a file). */
  readonly files: number;
  /** Bytes hashed. */
  readonly bytes: number;
}

/**
 * The SHA-256 of a corpus source as it is on disk, so a report can say exactly what it read:
 * a file's bytes, or for a folder one line `<relative path>\0<sha256 of its bytes>\n` per
 * file below it (hidden files and folders left out, as loadCorpus leaves them), sorted by
 * path (code point order, "/" separators), hashed together.
 * @throws DiscourseError `io` when the path cannot be read.
 * @example
 * sourceSha256("speeches/"); // { kind: "folder", sha256: "9f2c...", files: 12, bytes: 81234 }
 */
export function sourceSha256(source: string): SourceHash {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch {
    throw new DiscourseError(ErrorCode.io, `${source}: cannot read: no such file or folder`, { file: source });
  }
  if (!stat.isDirectory()) {
    const bytes = fs.readFileSync(source);
    return { kind: "file", sha256: createHash("sha256").update(bytes).digest("hex"), files: 1, bytes: bytes.length };
  }
  const files: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile()) files.push(relPath);
    }
  };
  walk(source, "");
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const all = createHash("sha256");
  let bytes = 0;
  for (const f of files) {
    const content = fs.readFileSync(path.join(source, ...f.split("/")));
    bytes += content.length;
    all.update(`${f}\0${createHash("sha256").update(content).digest("hex")}\n`);
  }
  return { kind: "folder", sha256: all.digest("hex"), files: files.length, bytes };
}
