/** Streaming a file's raw bytes in 64 KiB chunks. Internal. */
import { createReadStream } from "node:fs";
import { readError } from "./read-file-bytes";

/** Bytes read at a time (also the size of the sample `utf8Chunks` detects an encoding from). @internal */
export const CHUNK = 64 * 1024;

/**
 * The raw chunks of the file at `path` (at most {@link CHUNK} bytes each), with read failures
 * as `io` errors naming it (`readError`). The stream is closed when the caller stops early.
 * @internal
 */
export async function* fileChunks(path: string): AsyncGenerator<Buffer, void, undefined> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    const chunks = stream[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw readError(path, error);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    stream.destroy();
  }
}
