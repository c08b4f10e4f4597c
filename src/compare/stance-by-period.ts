import { argumentError } from "../errors";
import { compareDates, groupingOf, type GroupOptions } from "../measure/document-group";
import { normalQuantile } from "../stats/normal-quantile";
import { targetStance, type StanceLabel, type StanceTarget, type TargetStanceOptions, type TargetStanceRow } from "../measure/stance/target-stance";
import type { Corpus, OnWarning } from "../types";
import { wilsonInterval as wilson } from "../stats/wilson-interval";

/** Columns of {@link targetStanceByPeriod}. */
export const STANCE_BY_PERIOD_COLUMNS = [
  "group", "group_start", "split", "target", "n_docs", "n_mentions", "n_favor", "n_against", "n_none",
  "mean_score", "ci_low", "ci_high", "share_against", "against_low", "against_high", "label", "evidence",
] as const;

/** Stance toward a target in one group (document, speaker or period). */
export type StanceByPeriodRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly target: string;
  /** Documents in the group (with or without mentions). */
  readonly n_docs: number;
  readonly n_mentions: number;
  readonly n_favor: number;
  readonly n_against: number;
  readonly n_none: number;
  /** Mean mention score (NaN without mentions). */
  readonly mean_score: number;
  /** Normal-approximation interval of the mean (mean ± z·sd/√n; NaN with fewer than 2 mentions). */
  readonly ci_low: number;
  readonly ci_high: number;
  /** n_against / n_mentions, with its Wilson interval. */
  readonly share_against: number;
  readonly against_low: number;
  readonly against_high: number;
  /** FAVOR when mean_score >= 0.5, AGAINST when <= -0.5, else NONE (also without mentions). */
  readonly label: StanceLabel;
  /** Up to `evidence` sentences that carry the label (strongest first), joined by " | ". */
  readonly evidence: string;
};

/** Options of {@link targetStanceByPeriod}. */
export interface TargetStanceByPeriodOptions extends GroupOptions, TargetStanceOptions {
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number;
  /** Evidence sentences kept per group (default 3). */
  readonly evidence?: number;
  readonly onWarning?: OnWarning;
}

/**
 * Stance toward a target per group (`by`: "year" by default, "document", "speaker",
 * "decade", "period" + `breaks`, any field): counts of FAVOR / AGAINST / NONE mentions, the
 * mean score with its interval, the share against with a Wilson interval, a label and the
 * evidence sentences. Groups without mentions are kept (NaN means, label NONE).
 *
 * @param corpus Documents.
 * @param target See `targetStance`.
 * @param options Grouping, `window` / `cueWindow` of `targetStance`, `confidence` (0.95), `evidence` (3).
 * @returns Rows {@link STANCE_BY_PERIOD_COLUMNS}, groups in date order.
 * @example
 * targetStanceByPeriod(sotuCorpus(), { name: "tariffs", terms: ["tariff*"] }, { by: "decade" });
 * // [{ group: "1790s", n_mentions: 0, mean_score: NaN, label: "NONE", evidence: "", ... }, ...,
 * //  { group: "1820s", n_mentions: 12, mean_score: 0.11, label: "NONE", ... }, ...]
 */
export function targetStanceByPeriod(corpus: Corpus, target: StanceTarget, options: TargetStanceByPeriodOptions = {}): StanceByPeriodRow[] {
  const FN = "targetStanceByPeriod";
  const confidence = options.confidence ?? 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) throw argumentError(FN, 'option "confidence"', "a number between 0 and 1 (exclusive)", confidence);
  const keep = options.evidence ?? 3;
  if (typeof keep !== "number" || !Number.isInteger(keep) || keep < 0) throw argumentError(FN, 'option "evidence"', "an integer >= 0", keep);
  const group = groupingOf(FN, { by: "year", ...options }, options.onWarning);
  const mentions = targetStance(corpus, target, options);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const groups = new Map<string, { group: string; group_start: string | null; split: string | null; docs: number; rows: TargetStanceRow[] }>();
  const docKey = new Map<string, string>();
  for (const doc of corpus) {
    const g = group(doc);
    const k = `${g.group}\u0000${g.split ?? ""}`;
    let acc = groups.get(k);
    if (!acc) groups.set(k, (acc = { ...g, docs: 0, rows: [] }));
    acc.docs++;
    docKey.set(doc.id, k);
  }
  for (const m of mentions) groups.get(docKey.get(m.doc_id)!)!.rows.push(m);
  const ordered = [...groups.values()].sort((a, b) => (a.group_start && b.group_start ? compareDates(a.group_start, b.group_start) : 0) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return ordered.map((g) => {
    const n = g.rows.length;
    const scores = g.rows.map((r) => r.score);
    const mean = n === 0 ? NaN : scores.reduce((a, b) => a + b, 0) / n;
    const sd = n < 2 ? NaN : Math.sqrt(scores.reduce((a, s) => a + (s - mean) ** 2, 0) / (n - 1));
    const half = n < 2 ? NaN : (z * sd) / Math.sqrt(n);
    const count = (l: string) => g.rows.filter((r) => r.label === l).length;
    const against = count("AGAINST");
    const [lo, hi] = wilson(against, n, z);
    const label: StanceLabel = mean >= 0.5 ? "FAVOR" : mean <= -0.5 ? "AGAINST" : "NONE";
    const sign = label === "FAVOR" ? 1 : label === "AGAINST" ? -1 : 0;
    const evidence = g.rows
      .filter((r) => (sign === 0 ? r.label !== "NONE" : Math.sign(r.score) === sign))
      .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0) || a.char_start - b.char_start)
      .slice(0, keep)
      .map((r) => r.sentence.replace(/\s+/g, " ").trim());
    return {
      group: g.group,
      group_start: g.group_start,
      split: g.split,
      target: target.name,
      n_docs: g.docs,
      n_mentions: n,
      n_favor: count("FAVOR"),
      n_against: against,
      n_none: count("NONE"),
      mean_score: mean,
      ci_low: mean - half,
      ci_high: mean + half,
      share_against: n === 0 ? NaN : against / n,
      against_low: lo,
      against_high: hi,
      label,
      evidence: evidence.join(" | "),
    };
  });
}
