/** Turning one input record (a JSON object, a CSV row, front matter) into a Document. Internal. */
import type { Document, MetaValue } from "../types";
import { describe, invalidDateReason } from "../errors";
import type { DateOrder } from "./date-text";
import { dateText } from "./date-text";

/** Which record fields hold the document fields. `text` undefined: the text is given apart. */
export interface RecordFields {
  readonly id: string;
  readonly text?: string;
  readonly date: string;
  readonly speaker: string;
  readonly title: string;
  readonly source: string;
}

/** Values used when the record lacks a field. */
export interface RecordFallback {
  readonly id?: string;
  readonly text?: string;
  readonly source?: string;
  readonly date?: string;
}

/** Why a record is not a document; `field` is the offending record field, when one is. */
export interface RecordProblem {
  readonly problem: string;
  readonly field?: string;
}

/** Reason a document id is not acceptable, or undefined. */
export function idProblem(label: string, id: unknown): string | undefined {
  if (typeof id !== "string" || id.trim() === "") return `${label} must be a non-empty string; got ${describe(id)}`;
  return undefined;
}

/** Reason a document text is not acceptable, or undefined. */
export function textProblem(label: string, text: unknown): string | undefined {
  if (typeof text !== "string" || text.length === 0) return `${label} must be a non-empty string; got ${describe(text)}`;
  if (!/\S/.test(text)) return `${label} is only whitespace`;
  return undefined;
}

/** Reason an ISO date string is not acceptable, or undefined; hints at dropping a time of day. */
export function dateProblem(label: string, date: string): string | undefined {
  const reason = invalidDateReason(date);
  if (reason === undefined) return undefined;
  const hint = /^\d{4}-\d{2}-\d{2}[T ]/.test(date) ? ` (a time of day is not supported: give "${date.slice(0, 10)}")` : "";
  return `${label}: ${reason}${hint}`;
}

/** A metadata value: scalars kept, a nested array or object kept as its JSON text. */
export function metaValue(value: unknown): MetaValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value) ?? null;
}

/** Meta key holding a date as written when it was not already ISO ("November 4, 2019"). */
export const DATE_ORIGINAL = "date_original";

/**
 * Reads a date as written into ISO (see dateText): `{ iso, original }`, `original` set
 * only when the text was not already that ISO string, or the problem prefixed by `label`.
 */
export function readDate(label: string, text: string, dateOrder: DateOrder | undefined): { iso: string; original?: string } | RecordProblem {
  const read = dateText(text, dateOrder);
  if ("problem" in read) return { problem: `${label}: ${read.problem}` };
  return read.iso === text ? { iso: read.iso } : { iso: read.iso, original: text };
}

/**
 * Builds a document from `record`: the named fields become id, text, date, speaker, title
 * and source; every other field goes to meta. Null, absent and "" optional fields are
 * absent. An integer id (42) is read as "42", an integer year (1999) as the date "1999".
 * A date as people write it ("November 4, 2019") becomes ISO, the text as written kept
 * in `meta.date_original`; `dateOrder` reads ambiguous numeric dates.
 */
export function recordToDocument(
  record: Readonly<Record<string, unknown>>,
  fields: RecordFields,
  fallback: RecordFallback = {},
  dateOrder?: DateOrder,
): Document | RecordProblem {
  const has = (name: string | undefined): name is string => name !== undefined && Object.hasOwn(record, name);

  let id = has(fields.id) ? record[fields.id] : fallback.id;
  if (typeof id === "number" && Number.isSafeInteger(id)) id = String(id);
  const badId = idProblem(`field "${fields.id}"`, id);
  if (badId !== undefined) return { problem: has(fields.id) ? badId : `missing field "${fields.id}"`, field: fields.id };

  const text = has(fields.text) ? record[fields.text] : fallback.text;
  const badText = textProblem(`field "${fields.text ?? "text"}"`, text);
  if (badText !== undefined) {
    return { problem: fields.text !== undefined && !has(fields.text) ? `missing field "${fields.text}"` : badText, field: fields.text };
  }

  let date = has(fields.date) ? record[fields.date] : fallback.date;
  let dateOriginal: string | undefined;
  if (typeof date === "number" && Number.isInteger(date) && date >= 1000 && date <= 9999) date = String(date);
  if (date !== undefined && date !== null && date !== "") {
    if (typeof date !== "string") {
      return { problem: `field "${fields.date}" must be a date string such as "1999", "1999-12-31" or "December 31, 1999"; got ${describe(date)}`, field: fields.date };
    }
    const read = readDate(`field "${fields.date}"`, date, dateOrder);
    if (isRecordProblem(read)) return { problem: read.problem, field: fields.date };
    date = read.iso;
    dateOriginal = read.original;
  } else date = undefined;

  const optional: Record<string, string> = {};
  for (const key of ["speaker", "title", "source"] as const) {
    const name = fields[key];
    const value = has(name) ? record[name] : key === "source" ? fallback.source : undefined;
    if (value === undefined || value === null || value === "") continue;
    if (typeof value !== "string") return { problem: `field "${name}" must be a string; got ${describe(value)}`, field: name };
    optional[key] = value;
  }

  const core = new Set<string>([fields.id, fields.date, fields.speaker, fields.title, fields.source]);
  if (fields.text !== undefined) core.add(fields.text);
  const meta: [string, MetaValue][] = [];
  for (const key of Object.keys(record)) if (!core.has(key) && !(dateOriginal !== undefined && key === DATE_ORIGINAL)) meta.push([key, metaValue(record[key])]);
  if (dateOriginal !== undefined) meta.push([DATE_ORIGINAL, dateOriginal]);

  return {
    id: id as string,
    text: text as string,
    ...(date === undefined ? {} : { date: date as string }),
    ...optional,
    // fromEntries defines own properties, so a "__proto__" key is data, not a prototype.
    meta: Object.fromEntries(meta),
  };
}

/** True when `result` is a problem rather than a document. */
export function isRecordProblem(result: object): result is RecordProblem {
  return "problem" in result;
}
