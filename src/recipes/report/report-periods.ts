import { argumentError } from "../../errors";
import { compareDates, fieldValue, type Era } from "../../group/document-group";
import type { Corpus, OnWarning } from "../../types";

/** How a report cuts time; every key optional (see {@link reportPeriods}). */
export interface PeriodsSpec {
  /** Named periods [start, end): used as given. */
  readonly eras?: readonly Era[];
  /** ISO dates where periods start, ascending. */
  readonly breaks?: readonly string[];
  /** Equal periods of a fixed grain. */
  readonly by?: "year" | "decade" | "century";
  /** A metadata field naming each document's era ("era", "period", "term", ...). */
  readonly field?: string;
  /** At most this many equal periods when the grain is chosen from the date range (default 6). */
  readonly maxPeriods?: number;
}

/** The periods of a report and where they came from. */
export interface ReportPeriods {
  /** Periods in date order, each [start, end); empty when no document is dated. */
  readonly eras: readonly Era[];
  /** "eras", "breaks", "grain" (a fixed `by`), "field" (the corpus's own eras), "bins" (equal periods chosen from the date range) or "none". */
  readonly basis: "eras" | "breaks" | "grain" | "field" | "bins" | "none";
  /** What the basis was, in words (for captions and the manifest). */
  readonly description: string;
}

/** Metadata fields read as the corpus's own eras when no field is named. */
const ERA_FIELDS = ["era", "period"] as const;
/** Steps of equal periods, finest first, in months (a year is 12). */
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 300, 600, 1200, 2400, 6000] as const;

/**
 * The periods a report compares: the eras or breaks given; else the corpus's own eras (a
 * metadata field `era` or `period` whose values follow each other in time); else equal
 * periods at a sensible grain (1, 3 or 6 months; 1, 2, 5, 10, 20, 25, 50, 100, ... years),
 * the finest giving at most `maxPeriods` periods, aligned on round dates and labelled by the
 * dates they hold ("1790-1799", "1800-1849"; "2024-01 to 2024-03"). Pure.
 *
 * @param corpus Documents; undated ones are in no period.
 * @param spec What the report file says (all optional).
 * @param onWarning Told when a named era field cannot be used.
 * @returns The periods, their basis and a description.
 * @example
 * reportPeriods(sotuCorpus()).eras.map((e) => e.name);
 * // ["1790-1799", "1800-1849", "1850-1899", "1900-1949", "1950-1999", "2000-2021"]
 */
export function reportPeriods(corpus: Corpus, spec: PeriodsSpec = {}, onWarning?: OnWarning): ReportPeriods {
  const fn = "reportPeriods";
  if (spec.eras && spec.eras.length > 0) return { eras: spec.eras, basis: "eras", description: `${spec.eras.length} named periods` };
  const dates = corpus.map((d) => d.date).filter((d): d is string => typeof d === "string" && d !== "").sort(compareDates);
  if (spec.breaks && spec.breaks.length > 0) {
    const eras = spec.breaks.map((b, i) => ({ name: i + 1 < spec.breaks!.length ? `${b} to ${spec.breaks![i + 1]}` : `${b} on`, start: b, ...(i + 1 < spec.breaks!.length ? { end: spec.breaks![i + 1] } : {}) }));
    return { eras, basis: "breaks", description: `periods starting ${spec.breaks.join(", ")}` };
  }
  if (dates.length === 0) return { eras: [], basis: "none", description: "no dated document" };
  if (spec.by !== undefined) {
    const months = { year: 12, decade: 120, century: 1200 }[spec.by];
    if (months === undefined) throw argumentError(fn, 'spec "by"', "year, decade or century", spec.by);
    return { eras: equalPeriods(dates, months), basis: "grain", description: `one period per ${spec.by}` };
  }
  const fields = spec.field !== undefined ? [spec.field] : ERA_FIELDS;
  for (const field of fields) {
    const eras = fieldEras(corpus, field);
    if (eras !== null) return { eras, basis: "field", description: `the corpus's own eras (field "${field}")` };
    if (spec.field !== undefined) onWarning?.({ code: "periods", message: `${fn}: field "${field}" does not name eras that follow each other in time; equal periods are used` });
  }
  const max = spec.maxPeriods ?? 6;
  const first = monthIndex(dates[0]);
  const last = monthIndex(dates[dates.length - 1]);
  const step = MONTH_STEPS.find((s) => Math.floor(last / s) - Math.floor(first / s) + 1 <= max) ?? MONTH_STEPS[MONTH_STEPS.length - 1];
  return { eras: equalPeriods(dates, step), basis: "bins", description: `equal periods of ${stepName(step)} from the corpus's date range` };
}

/** Months since year 0 of an ISO date at any precision ("1790" = January 1790). */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) - 1 : 0);
}

function monthDate(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function stepName(months: number): string {
  if (months < 12) return months === 1 ? "one month" : `${months} months`;
  return months === 12 ? "one year" : `${months / 12} years`;
}

/** Equal periods of `step` months aligned on multiples of the step, over the dates' range; empty ones left out. */
function equalPeriods(dates: readonly string[], step: number): Era[] {
  const first = monthIndex(dates[0]);
  const last = monthIndex(dates[dates.length - 1]);
  const occupied = new Set(dates.map((d) => Math.floor(monthIndex(d) / step)));
  const eras: Era[] = [];
  for (let k = Math.floor(first / step); k <= Math.floor(last / step); k++) {
    if (!occupied.has(k)) continue;
    const from = Math.max(k * step, first);
    const to = Math.min((k + 1) * step - 1, last);
    const yearly = step % 12 === 0;
    const a = yearly ? monthDate(from).slice(0, 4) : monthDate(from);
    const b = yearly ? monthDate(to).slice(0, 4) : monthDate(to);
    const start = yearly ? monthDate(k * step).slice(0, 4) : monthDate(k * step);
    const end = yearly ? monthDate((k + 1) * step).slice(0, 4) : monthDate((k + 1) * step);
    eras.push({ name: a === b ? a : yearly ? `${a}-${b}` : `${a} to ${b}`, start: eras.length === 0 ? (yearly ? a : monthDate(from)) : start, end });
  }
  // The last period is open-ended, so a document dated later than the range still has one.
  if (eras.length > 0) {
    const { end: _end, ...open } = eras[eras.length - 1];
    eras[eras.length - 1] = open;
  }
  return eras;
}

/** Eras from a metadata field whose values follow each other in time, or null. */
function fieldEras(corpus: Corpus, field: string): Era[] | null {
  const ranges = new Map<string, { min: string; max: string }>();
  let dated = 0;
  let withValue = 0;
  for (const doc of corpus) {
    if (!doc.date) continue;
    dated++;
    const v = fieldValue(doc, field);
    if (v === undefined) continue;
    withValue++;
    const r = ranges.get(v);
    if (!r) ranges.set(v, { min: doc.date, max: doc.date });
    else {
      if (compareDates(doc.date, r.min) < 0) r.min = doc.date;
      if (compareDates(doc.date, r.max) > 0) r.max = doc.date;
    }
  }
  if (ranges.size < 2 || withValue < dated) return null;
  const ordered = [...ranges].sort((a, b) => compareDates(a[1].min, b[1].min));
  for (let i = 1; i < ordered.length; i++) if (compareDates(ordered[i][1].min, ordered[i - 1][1].max) <= 0) return null;
  return ordered.map(([name, r], i) => (i + 1 < ordered.length ? { name, start: r.min, end: ordered[i + 1][1].min } : { name, start: r.min }));
}
