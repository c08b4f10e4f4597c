/** Streaming a file as lines of raw bytes, with bounded memory. Internal. */
import { fileChunks } from "./file-chunks";

/** One line of a file: its bytes without "\n" (a trailing "\r" is kept) and its 1-based number. */
export interface ByteLine {
  readonly bytes: Buffer;
  readonly line: number;
}

/**
 * Yields the lines of the file at `path` as bytes, reading 64 KiB chunks; memory is bounded
 * by the longest line. A final line without "\n" is yielded too. Read failures throw an
 * `io` error naming `path`.
 */
export async function* byteLines(path: string): AsyncGenerator<ByteLine, void, undefined> {
  const pending: Buffer[] = [];
  let line = 1;
  for await (const chunk of fileChunks(path)) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      let bytes = chunk.subarray(start, nl);
      if (pending.length > 0) {
        pending.push(bytes);
        bytes = Buffer.concat(pending);
        pending.length = 0;
      }
      yield { bytes, line: line++ };
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield { bytes: Buffer.concat(pending), line };
}
