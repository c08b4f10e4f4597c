/**
 * Decoding a text file whose encoding is forced, declared, marked or detected, and saying
 * which was assumed when it was not UTF-8. Internal to ingest/.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import type { Warning } from "../types";
import { inputError } from "../errors";
import { decodeUtf8 } from "./decode-utf8";

/** Text decoded from bytes, and the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  /** Canonical name of the encoding read ("utf-8", "windows-1252", ...). */
  readonly encoding: string;
}

/** How {@link decodeText} chooses the encoding. */
export interface DecodeChoice {
  /** Forced by the caller (option `encoding`): always used. */
  readonly encoding?: string;
  /** Declared by the file itself (an HTML `<meta charset>`): used unless forced. */
  readonly declared?: string;
}

const UTF8 = /^utf-?8$/i;

/** True when iconv-lite can decode `name`. */
export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decodes `bytes`: in the forced encoding; else by byte order mark; else in the declared
 * encoding; else as UTF-8 when the bytes are valid UTF-8; else in the encoding chardet finds
 * most likely, with an `encoding_assumed` warning naming it (and the runner-up) so that
 * nothing is read in a guessed encoding silently. Latin-1 is read as windows-1252, its
 * superset (as browsers do). Invalid UTF-8 in a forced or declared UTF-8 file is an error
 * naming `file` and line. A BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, file: string, choice: DecodeChoice, warn: (w: Warning) => void): DecodedText {
  if (choice.encoding !== undefined) return decodeAs(bytes, choice.encoding, file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, "utf-8", file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, "utf-16le", file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, "utf-16be", file);
  if (choice.declared !== undefined && isKnownEncoding(choice.declared)) return decodeAs(bytes, choice.declared, file);
  try {
    return { text: decodeUtf8(bytes, file), encoding: "utf-8" };
  } catch {
    // not UTF-8: detect below
  }
  return decodeAs(bytes, detectedEncoding(bytes, file, warn), file);
}

/**
 * The encoding chardet finds most likely for `bytes` (known to be neither UTF-8 nor ASCII),
 * as a WHATWG name, after an `encoding_assumed` warning naming it and the runner-up; an
 * error naming `file` when none is found. Internal to ingest/.
 */
export function detectedEncoding(bytes: Uint8Array, file: string, warn: (w: Warning) => void): string {
  const candidates = chardet
    .analyse(bytes)
    .filter((c) => !/^(utf-8|ascii)$/i.test(c.name) && isKnownEncoding(c.name))
    .map((c) => ({ name: whatwgName(c.name), confidence: c.confidence }))
    .filter((c, i, all) => all.findIndex((d) => d.name === c.name) === i);
  if (candidates.length === 0) {
    throw inputError("not UTF-8, and its encoding could not be detected; give it with the encoding option (--encoding in the CLI)", file);
  }
  const [best, next] = candidates;
  const runnerUp = next === undefined ? "" : `; next most likely ${next.name}, ${next.confidence}%`;
  warn({
    code: "encoding_assumed",
    message: `${file}: not UTF-8; read as ${best.name} (detected, confidence ${best.confidence}%${runnerUp}); give the encoding option (--encoding in the CLI) to read it otherwise`,
    file,
  });
  return best.name;
}

/** True when `name` is a label of UTF-8 ("utf-8", "UTF8"). */
export function isUtf8Label(name: string): boolean {
  return UTF8.test(name);
}

function decodeAs(bytes: Uint8Array, encoding: string, file: string): DecodedText {
  if (UTF8.test(encoding)) return { text: decodeUtf8(bytes, file), encoding: "utf-8" };
  const name = whatwgName(encoding);
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name), encoding: name };
}

/** Latin-1 labels read as windows-1252 (the WHATWG Encoding Standard does the same). */
export function whatwgName(name: string): string {
  const lower = name.toLowerCase();
  return /^(iso-?8859-1|latin-?1|l1|us-ascii|ascii)$/.test(lower) ? "windows-1252" : lower;
}
