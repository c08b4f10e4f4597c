/**
 * Options shared by every reader (what to do with a bad record) and their validation.
 * Internal to ingest/: readers extend {@link IngestOptions}.
 */
import type { OnWarning } from "../types";
import { argumentError, checkOneOf, checkString } from "../errors";
import { DateOrder } from "./date-text";
import { isKnownEncoding } from "./decode-text";

/** Options shared by the readers of ingest/. */
export interface IngestOptions {
  /**
   * Skip a bad record (bad JSON, empty text, impossible date, duplicate id, ...) and report
   * it through `onWarning` instead of throwing. Default `false`. Requires `onWarning`, so that
   * no record is ever dropped silently. File-level problems (unreadable file, invalid UTF-8
   * in a CSV or text file, malformed CSV quoting) still throw.
   */
  readonly skipInvalid?: boolean;
  /** Receives warnings: skipped records (the warning's code is the error code) and conflicts. Default: none. */
  readonly onWarning?: OnWarning;
  /**
   * Encoding of the text files (.txt, .md, .html, .csv; also .json and .jsonl, which are
   * otherwise UTF-8 as JSON requires), any name iconv-lite knows ("windows-1252", "latin1",
   * "utf-16le", "shift_jis"). Default: none, and each file is read by its byte order mark,
   * its declared charset (HTML), as UTF-8 when it is valid UTF-8, and otherwise in the
   * encoding detected (chardet), with an `encoding_assumed` warning naming it.
   */
  readonly encoding?: string;
  /**
   * How to read numeric dates whose day and month could be swapped ("03/04/2019"):
   * `"dmy"` or `"mdy"`. Default: none, and such a date is an error naming the file and line.
   * See isoDate for the date forms read.
   */
  readonly dateOrder?: DateOrder;
}

/** Validated {@link IngestOptions}. */
export interface IngestSettings {
  readonly skipInvalid: boolean;
  readonly onWarning: OnWarning | undefined;
  readonly encoding: string | undefined;
  readonly dateOrder: DateOrder | undefined;
}

/** Throws unless `options` is undefined or an object with valid shared options. */
export function checkIngestOptions(fn: string, options: unknown): IngestSettings {
  if (options === undefined) return { skipInvalid: false, onWarning: undefined, encoding: undefined, dateOrder: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw argumentError(fn, "options", "an object", options);
  }
  const { skipInvalid = false, onWarning, encoding, dateOrder } = options as IngestOptions;
  if (typeof skipInvalid !== "boolean") throw argumentError(fn, 'option "skipInvalid"', "a boolean", skipInvalid);
  if (onWarning !== undefined && typeof onWarning !== "function") {
    throw argumentError(fn, 'option "onWarning"', "a function", onWarning);
  }
  if (skipInvalid && onWarning === undefined) {
    throw argumentError(fn, 'option "onWarning"', "a function when skipInvalid is true (skipped records are reported there)", onWarning);
  }
  if (encoding !== undefined && (typeof encoding !== "string" || !isKnownEncoding(encoding))) {
    throw argumentError(fn, 'option "encoding"', 'an encoding name such as "utf-8", "windows-1252", "latin1" or "utf-16le"', encoding);
  }
  const order = dateOrder === undefined ? undefined : checkOneOf(fn, 'option "dateOrder"', dateOrder, Object.values(DateOrder));
  return { skipInvalid, onWarning, encoding, dateOrder: order };
}

/** Returns option `name` of `options`, or `fallback` when absent; throws unless a non-empty string. */
export function stringOption(fn: string, options: object | undefined, name: string, fallback: string): string {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  return value === undefined ? fallback : checkString(fn, `option "${name}"`, value);
}
