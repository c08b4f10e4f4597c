/** Reading a whole file, with failures as `io` errors naming the path. Internal. */
import { readFile } from "node:fs/promises";
import { DiscourseError, ErrorCode } from "../errors";

/** The bytes of the file at `path`; throws an `io` error naming `path` when it cannot be read. */
export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw readError(path, error);
  }
}

/** The `io` error naming `path` for a failure to read it ("no such file", "is a folder, not a file", ...). */
export function readError(path: string, error: unknown): DiscourseError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (error as Error).message;
  return new DiscourseError(ErrorCode.io, `${path}: cannot read: ${reason}`, { file: path });
}
