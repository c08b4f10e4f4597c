import { checkOneOf } from "../errors";
import type { Corpus } from "../types";
import type { GroupOptions } from "../group/document-group";
import { KEYNESS_COLUMNS, keynessOfCounts, type KeynessOptions, type KeynessRow, type TermCounts } from "../measure/keyness-of-counts";
import { termFrequency, type TermFrequencyRow } from "../measure/term-frequency";
import type { TokenOptions } from "../segment/token-filter";

/** Columns of {@link keynessByPeriod}: the period, its start, the period it is compared with, then {@link KEYNESS_COLUMNS}. */
export const PERIOD_KEYNESS_COLUMNS = ["period", "period_start", "previous", ...KEYNESS_COLUMNS] as const;

/** A keyness row of one period against the period before it. */
export type PeriodKeynessRow = KeynessRow & {
  /** The period (target). */
  readonly period: string;
  /** ISO date where the period starts. */
  readonly period_start: string;
  /** The previous period (reference). */
  readonly previous: string;
};

/** Options of {@link keynessByPeriod}. */
export interface KeynessByPeriodOptions extends KeynessOptions, TokenOptions, Pick<GroupOptions, "breaks" | "eras"> {
  /** "decade" (default), "year", "century", "period" (+ `breaks`) or "era" (+ `eras`). */
  readonly by?: "year" | "decade" | "century" | "period" | "era";
  /** Count n-grams of this length (1 to 3). Default 1. */
  readonly ngram?: number;
  /** Compare each period with the "previous" one (default) or with the "rest" of the corpus. */
  readonly against?: "previous" | "rest";
}

/**
 * What rose and what fell from each period to the next: keyness of every period (target)
 * against the period before it (reference), for adjacent periods in date order; or, with
 * `against: "rest"`, of every period against all the other documents.
 *
 * @param corpus Dated documents (undated ones are left out with a warning).
 * @param options `by` ("decade"), `breaks` / `eras`, `ngram` (1), keyness options
 *   (`measure` "g2", `minCount` 5, `maxP` 1, `top` per direction, `correction`), token
 *   options (punctuation removed; `stopwords` none).
 * @returns Rows {@link PERIOD_KEYNESS_COLUMNS}: for each period from the second on, terms
 *   key for it (direction "target": rose) then for the previous period ("reference": fell).
 *   With `against: "rest"` every period has rows and `previous` is "(rest)".
 * @example
 * const rows = keynessByPeriod(sotuCorpus(), { by: "era", eras: [{ name: "to 1945", start: "1790", end: "1946" }, { name: "since 1946", start: "1946" }], stopwords: "en", top: 10 });
 * rows.filter((r) => r.period.startsWith("1946") && r.direction === "target").map((r) => r.term);
 * @see Dunning (1993) for G2; Hardie (2014) for the log ratio.
 */
export function keynessByPeriod(corpus: Corpus, options: KeynessByPeriodOptions = {}): PeriodKeynessRow[] {
  const { by = "decade", breaks, eras, ngram, measure, minCount, maxP, top, correction, onWarning, against = "previous", ...tokenOptions } = options;
  checkOneOf("keynessByPeriod", 'option "against"', against, ["previous", "rest"]);
  const rows = termFrequency(corpus, { ...tokenOptions, by, breaks, eras, ngram, onWarning });
  const periods = groupCounts(rows.filter((r) => r.group_start !== null));
  const out: PeriodKeynessRow[] = [];
  if (against === "rest") {
    const all = totalCounts(periods);
    for (const period of periods) {
      const counts = period.counts.counts as number[];
      const restCounts = period.counts.terms.map((t, k) => all.byTerm.get(t)! - counts[k]);
      // Terms absent from the period appear only in the rest.
      const restTerms = [...period.counts.terms];
      const seen = new Set(restTerms);
      for (const [t, n] of all.byTerm) if (!seen.has(t)) { restTerms.push(t); restCounts.push(n); }
      const reference = { terms: restTerms, counts: restCounts, total: all.total - period.counts.total };
      const key = keynessOfCounts(period.counts, reference, { measure, minCount, maxP, top, correction, onWarning });
      for (const r of key) out.push({ period: period.group, period_start: period.start, previous: "(rest)", ...r });
    }
    return out;
  }
  for (let i = 1; i < periods.length; i++) {
    const target = periods[i];
    const reference = periods[i - 1];
    const key = keynessOfCounts(target.counts, reference.counts, { measure, minCount, maxP, top, correction, onWarning });
    for (const r of key) out.push({ period: target.group, period_start: target.start, previous: reference.group, ...r });
  }
  return out;
}

interface PeriodCounts {
  readonly group: string;
  readonly start: string;
  readonly counts: TermCounts;
}

/** Counts over all periods. */
function totalCounts(periods: readonly PeriodCounts[]): { byTerm: Map<string, number>; total: number } {
  const byTerm = new Map<string, number>();
  let total = 0;
  for (const p of periods) {
    total += p.counts.total;
    p.counts.terms.forEach((t, k) => byTerm.set(t, (byTerm.get(t) ?? 0) + (p.counts.counts[k] as number)));
  }
  return { byTerm, total };
}

/** Term-frequency rows (already in date order) regrouped as counts per period. */
function groupCounts(rows: readonly TermFrequencyRow[]): PeriodCounts[] {
  const out: PeriodCounts[] = [];
  let current: { group: string; start: string; terms: string[]; counts: number[]; total: number } | undefined;
  for (const r of rows) {
    if (!current || current.group !== r.group) {
      if (current) out.push({ group: current.group, start: current.start, counts: current });
      current = { group: r.group, start: r.group_start!, terms: [], counts: [], total: r.total_tokens };
    }
    current.terms.push(r.term);
    current.counts.push(r.count);
  }
  if (current) out.push({ group: current.group, start: current.start, counts: current });
  return out;
}
