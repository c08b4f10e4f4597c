/**
 * The one error class of the library, with string codes, and the validators that build
 * its messages. Messages name the function, the argument, what was expected and what was
 * given: `termFrequency: option "ngram" must be an integer from 1 to 3; got 5`.
 */
import { JaroWinklerDistance } from "natural/lib/natural/distance";

/** Error codes, one list serving the type, validation and docs. */
export const ErrorCode = {
  /** A caller passed an argument or option outside its domain. */
  invalidArgument: "invalid_argument",
  /** An input file or record is malformed (bad JSON, CSV, UTF-8, date, empty text). */
  invalidInput: "invalid_input",
  /** Two documents share an id. */
  duplicateId: "duplicate_id",
  /** A file or folder could not be read. */
  io: "io",
  /** Rendering a chart failed. */
  render: "render",
  /** An optional package the call needs is not installed (e.g. danfojs for DataFrames). */
  missingDependency: "missing_dependency",
  /**
   * A limit was reached: a chart too large for Vega to draw, output or memory beyond what
   * one process holds. The message names the cause and what helps (fewer groups, a
   * `limit`, a selection of documents).
   */
  resourceLimit: "resource_limit",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Where in an input a problem is. */
export interface ErrorLocation {
  readonly file?: string;
  readonly line?: number;
}

/**
 * The error thrown for caller mistakes and bad input, before work starts. `code` is one
 * of {@link ErrorCode}; `file` and `line` say where in an input file the problem is.
 * @example
 * try {
 *   await readJsonl("speeches.jsonl");
 * } catch (e) {
 *   if (e instanceof DiscourseError && e.code === "invalid_input") console.error(e.file, e.line, e.message);
 * }
 */
export class DiscourseError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = "DiscourseError";
    this.code = code;
    if (location.file !== undefined) this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
  }
}

/** Short, stable rendering of a value for messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? value.slice(0, 57) + "..." : value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** `invalid_argument` error: `fn: option "name" must be <expected>; got <actual>`. */
export function argumentError(fn: string, name: string, expected: string, actual: unknown): DiscourseError {
  return new DiscourseError(ErrorCode.invalidArgument, `${fn}: ${name} must be ${expected}; got ${describe(actual)}`);
}

/** `invalid_input` error naming the file and line: `file:line: message`. */
export function inputError(message: string, file?: string, line?: number, code: ErrorCode = ErrorCode.invalidInput): DiscourseError {
  const where = file === undefined ? "" : line === undefined ? `${file}: ` : `${file}:${line}: `;
  return new DiscourseError(code, `${where}${message}`, { file, line });
}

/** Throws unless `value` is one of `allowed`. */
export function checkOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw argumentError(fn, name, `one of ${allowed.join(", ")}`, value);
  }
  return value as T;
}

/** Throws unless `value` is an integer in [min, max]. */
export function checkInteger(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw argumentError(fn, name, range, value);
  }
  return value;
}

/** Throws unless `value` is a non-empty string. */
export function checkString(fn: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) throw argumentError(fn, name, "a non-empty string", value);
  return value;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Returns the reason `date` is not an ISO date at year, month or day precision, or
 * undefined when it is valid (real calendar dates only: 2019-02-29 is rejected).
 * @example
 * invalidDateReason("2020-02-29"); // undefined
 * invalidDateReason("2019-02-29"); // 'date "2019-02-29" is impossible (month 02 has 28 days)'
 */
export function invalidDateReason(date: string): string | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return `date must be YYYY, YYYY-MM or YYYY-MM-DD; got ${describe(date)}`;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `date ${describe(date)} has no month ${m[2]}`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (day < 1 || day > days) return `date ${describe(date)} is impossible (month ${m[2]} has ${days} days)`;
    }
  }
  return undefined;
}

/**
 * Whether `e` is the JavaScript engine running out of room (a string, array or buffer too
 * large to allocate, or a call stack too deep): a limit of the input's size, not a bug in
 * the caller's arguments. These are the out-of-memory conditions that can be caught;
 * exhausting the heap itself cannot be, which is why measures bound what they keep.
 */
export function isResourceExhaustion(e: unknown): e is Error {
  if (e instanceof RangeError) return /Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum call stack size exceeded|out of memory/i.test(e.message);
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && (code === "ERR_STRING_TOO_LONG" || code === "ERR_BUFFER_TOO_LARGE" || /Cannot create a string longer than/.test(e.message));
}

/** Fewest Jaro-Winkler similarity for a name to be suggested ("partyy" -> "party" is 0.97). */
const SUGGEST_AT = 0.8;

/**
 * The known name nearest to `name` by Jaro-Winkler similarity (natural's
 * `JaroWinklerDistance`, case ignored), when it is at least 0.8; else undefined.
 * @example
 * nearestName("partyy", ["id", "date", "speaker", "party"]); // "party"
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let score = SUGGEST_AT;
  for (const k of known) {
    const s = k.toLowerCase() === name.toLowerCase() ? 2 : JaroWinklerDistance(name, k, { ignoreCase: true });
    if (s > score || (s === score && best === undefined)) {
      best = k;
      score = s;
    }
  }
  return best;
}

/** ` (did you mean "party"?)` when a known name is near `name`, else "". */
export function didYouMean(name: string, known: readonly string[]): string {
  const near = nearestName(name, known);
  return near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`;
}
