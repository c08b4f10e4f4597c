/**
 * Options shared by every reader (what to do with a bad record) and their validation.
 * Internal to ingest/: readers extend {@link IngestOptions}.
 */
import type { OnWarning } from "../types";
import { argumentError, checkString } from "../errors";

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
}

/** Validated {@link IngestOptions}. */
export interface IngestSettings {
  readonly skipInvalid: boolean;
  readonly onWarning: OnWarning | undefined;
}

/** Throws unless `options` is undefined or an object with valid shared options. */
export function checkIngestOptions(fn: string, options: unknown): IngestSettings {
  if (options === undefined) return { skipInvalid: false, onWarning: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw argumentError(fn, "options", "an object", options);
  }
  const { skipInvalid = false, onWarning } = options as IngestOptions;
  if (typeof skipInvalid !== "boolean") throw argumentError(fn, 'option "skipInvalid"', "a boolean", skipInvalid);
  if (onWarning !== undefined && typeof onWarning !== "function") {
    throw argumentError(fn, 'option "onWarning"', "a function", onWarning);
  }
  if (skipInvalid && onWarning === undefined) {
    throw argumentError(fn, 'option "onWarning"', "a function when skipInvalid is true (skipped records are reported there)", onWarning);
  }
  return { skipInvalid, onWarning };
}

/** Returns option `name` of `options`, or `fallback` when absent; throws unless a non-empty string. */
export function stringOption(fn: string, options: object | undefined, name: string, fallback: string): string {
  const value = (options as Record<string, unknown> | undefined)?.[name];
  return value === undefined ? fallback : checkString(fn, `option "${name}"`, value);
}
