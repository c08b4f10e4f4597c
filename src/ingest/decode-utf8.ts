/** Strict UTF-8 decoding that names the file and line of invalid bytes. */
import { type DiscourseError, inputError } from "../errors";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes `bytes` as UTF-8, dropping a leading byte order mark. Invalid bytes throw an
 * `invalid_input` error naming `file` and the 1-based line (`firstLine` is the line of
 * `bytes[0]`).
 * @example
 * decodeUtf8(await readFile("report.txt"), "report.txt"); // the text, or an error "report.txt:3: invalid UTF-8: ..."
 */
export function decodeUtf8(bytes: Uint8Array, file: string, firstLine = 1): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw invalidUtf8Error(bytes, file, firstLine);
  }
}

/**
 * The `invalid_input` error for the first invalid or truncated UTF-8 sequence in `bytes`
 * (slow: call it once decoding has failed): names `file`, the 1-based line (`firstLine` is
 * the line of `bytes[0]`) and the byte of that line (`column` bytes of the line come before
 * `bytes[0]`). Internal to ingest/.
 */
export function invalidUtf8Error(bytes: Uint8Array, file: string, firstLine = 1, column = 0): DiscourseError {
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  let line = firstLine;
  let lineStart = -column;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < bad; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
  return inputError(`invalid UTF-8: byte 0x${hex} at byte ${bad - lineStart + 1} of the line`, file, line);
}

/**
 * Index of the first byte of the first invalid or truncated UTF-8 sequence, or -1 when
 * `bytes` is valid. Follows RFC 3629 table 3-7: no overlongs,
 * no surrogates, nothing above U+10FFFF.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return i;
      const c = bytes[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += len;
  }
  return -1;
}
