/**
 * Streaming a text file as UTF-8 bytes, its encoding chosen as decodeText chooses it, with
 * memory bounded by a chunk (64 KiB). Internal to ingest/.
 */
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import type { Warning } from "../types";
import { detectedEncoding, isUtf8Label, whatwgName } from "./decode-text";
import { invalidUtf8Error } from "./decode-utf8";
import { CHUNK, fileChunks } from "./file-chunks";
import { readError } from "./read-file-bytes";

/**
 * Yields the text of the file at `path` as UTF-8 bytes, without a byte order mark: the
 * bytes as they are when the file is read as UTF-8, else decoded (iconv-lite) and encoded
 * again. The encoding is decided as {@link decodeText} decides it: `encoding` when given;
 * else by byte order mark; else UTF-8 when the whole file is valid UTF-8 (checked in a
 * first pass over the file, which reads it twice); else the encoding chardet finds in a
 * sample (the first 64 KiB, and the 64 KiB where the first non-UTF-8 byte is), with an
 * `encoding_assumed` warning. The concatenated output is `Buffer.from(decodeText(...).text)`
 * (for a file of at most 64 KiB exactly, detection included).
 *
 * Invalid UTF-8 in a file read as UTF-8 (marked, or forced) throws the error decodeUtf8
 * gives, naming the file, line and byte, when the stream reaches it. Read failures throw an
 * `io` error naming `path`.
 */
export async function* utf8Chunks(path: string, encoding: string | undefined, warn: (w: Warning) => void): AsyncGenerator<Buffer, void, undefined> {
  const name = encoding ?? (await chosenEncoding(path, warn));
  if (isUtf8Label(name)) yield* checkedUtf8(path);
  else yield* decoded(path, whatwgName(name));
}

/** The encoding of a file read without the encoding option ("utf-8", or an iconv-lite name). */
async function chosenEncoding(path: string, warn: (w: Warning) => void): Promise<string> {
  const head = await headBytes(path);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const bad = await firstNonUtf8Chunk(path);
  if (bad === undefined) return "utf-8";
  return detectedEncoding(bad.offset < CHUNK ? head : Buffer.concat([head, bad.chunk]), path, warn);
}

/** The first 64 KiB of the file (fewer when it is shorter). */
async function headBytes(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, "r");
    const buffer = Buffer.alloc(CHUNK);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < CHUNK; filled += n) n = (await handle.read(buffer, filled, CHUNK - filled, filled)).bytesRead;
    return buffer.subarray(0, filled);
  } catch (error) {
    throw readError(path, error);
  } finally {
    await handle?.close();
  }
}

/** The first chunk (and its offset) where the file stops being valid UTF-8, or undefined when all of it is. */
async function firstNonUtf8Chunk(path: string): Promise<{ offset: number; chunk: Buffer } | undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  let last: Buffer = Buffer.alloc(0);
  for await (const chunk of fileChunks(path)) {
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      return { offset, chunk };
    }
    offset += chunk.length;
    last = chunk;
  }
  try {
    decoder.decode();
  } catch {
    return { offset: offset - last.length, chunk: last };
  }
  return undefined;
}

/** The file's bytes, checked as strict UTF-8 on the way, a leading byte order mark dropped. */
async function* checkedUtf8(path: string): AsyncGenerator<Buffer, void, undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0; // of the chunk in the file
  let line = 1; // at the chunk's start
  let lineStart = 0; // offset of that line's first byte
  let pending: Buffer = Buffer.alloc(0); // an incomplete sequence at the end of the bytes before
  for await (let chunk of fileChunks(path)) {
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      const start = offset - pending.length;
      throw invalidUtf8Error(Buffer.concat([pending, chunk]), path, line, start - lineStart);
    }
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, nl + 1)) {
      line++;
      lineStart = offset + nl + 1;
    }
    pending = incompleteTail(Buffer.concat([pending, chunk.subarray(Math.max(0, chunk.length - 3))]));
    const first = offset === 0;
    offset += chunk.length;
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    if (chunk.length > 0) yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw invalidUtf8Error(pending, path, line, offset - pending.length - lineStart);
  }
}

/** The bytes of an incomplete UTF-8 sequence that `bytes` (valid so far) ends with. */
function incompleteTail(bytes: Buffer): Buffer {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i];
    if (b < 0x80) break;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return bytes.length - i < need ? Buffer.from(bytes.subarray(i)) : Buffer.alloc(0);
    }
  }
  return Buffer.alloc(0);
}

/** The file decoded in `encoding` (iconv-lite, a byte order mark dropped) and encoded as UTF-8. */
async function* decoded(path: string, encoding: string): AsyncGenerator<Buffer, void, undefined> {
  const decoder = iconv.getDecoder(encoding);
  let carry = ""; // a high surrogate whose pair comes in the next chunk
  for await (const chunk of fileChunks(path)) {
    let text = carry + decoder.write(chunk);
    carry = "";
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length > 0) yield Buffer.from(text, "utf8");
  }
  const rest = carry + (decoder.end() ?? "");
  if (rest.length > 0) yield Buffer.from(rest, "utf8");
}
