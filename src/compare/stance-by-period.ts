import { argumentError } from "../errors";
import type { GroupOptions } from "../group/document-group";
import { tallyFindings } from "../group/findings-per-group";
import { confidenceZ, meanInterval, shareInterval } from "../group/group-rates";
import { groupKey } from "../group/group-tally";
import { StanceLabel, targetStance, type StanceTarget, type TargetStanceOptions, type TargetStanceRow } from "../measure/stance/target-stance";
import { englishOnly, type EnglishOnly } from "../measure/english-only";
import type { Corpus, OnWarning } from "../types";

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
  /** Documents in the group (with or without mentions) that were read (English; see `isEnglishDocument`). */
  readonly n_docs: number;
  /** Mentions and their labels; NaN (null once written) for a group of documents in other languages only. */
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
  /** FAVOR when mean_score >= 0.5, AGAINST when <= -0.5, else NONE (also without mentions); null for a group of documents in other languages only. */
  readonly label: StanceLabel | null;
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
 * evidence sentences. Groups without mentions are kept (NaN means, label NONE). Groups,
 * their order and the counts come from the one per-group step (`findingsPerGroup`'s tally).
 * Reads English only: documents in other languages add nothing to their group; a group of
 * them only has null counts and label (never 0 and NONE), and one `not_english` warning
 * names the languages.
 *
 * @param corpus Documents.
 * @param target See `targetStance`.
 * @param options Grouping, `window` / `cueWindow` of `targetStance`, `confidence` (0.95), `evidence` (3).
 * @returns Rows {@link STANCE_BY_PERIOD_COLUMNS}, groups in date order (a period's start, else
 *   the earliest document; undated groups last, then by name).
 * @example
 * targetStanceByPeriod(sotuCorpus(), { name: "tariffs", terms: ["tariff*"] }, { by: "decade" });
 * // [{ group: "1790s", n_mentions: 0, mean_score: NaN, label: "NONE", evidence: "", ... }, ...,
 * //  { group: "1820s", n_mentions: 12, mean_score: 0.11, label: "NONE", ... }, ...]
 */
export function targetStanceByPeriod(corpus: Corpus, target: StanceTarget, options: TargetStanceByPeriodOptions = {}): StanceByPeriodRow[] {
  const z = confidenceZ(FN, options.confidence ?? 0.95);
  const keep = options.evidence ?? 3;
  if (typeof keep !== "number" || !Number.isInteger(keep) || keep < 0) throw argumentError(FN, 'option "evidence"', "an integer >= 0", keep);
  let mentions: TargetStanceRow[] = [];
  let english: EnglishOnly | undefined; // after the options are checked, before any document is tallied
  const findings = () => {
    english = englishOnly(FN, corpus, options.onWarning);
    mentions = targetStance(english.corpus, target, { window: options.window, cueWindow: options.cueWindow });
    return mentions.flatMap((m) => [{ doc_id: m.doc_id, category: MENTION, value: m.score }, { doc_id: m.doc_id, category: m.label }]);
  };
  const { tally, groupOf } = tallyFindings(FN, corpus, findings, { by: "year", ...options, categories: [], isRead: (doc) => english!.isRead(doc) });
  const byGroup = new Map<string, TargetStanceRow[]>();
  for (const m of mentions) {
    const k = groupKey(groupOf.get(m.doc_id)!);
    const list = byGroup.get(k);
    if (list) list.push(m);
    else byGroup.set(k, [m]);
  }
  return tally.groups().map((g) => {
    const n = tally.cell(g, MENTION).count;
    const { mean, low, high } = meanInterval(tally.cell(g, MENTION), z);
    const against = tally.cell(g, StanceLabel.against).count;
    const [lo, hi] = shareInterval(against, n, z);
    const label: StanceLabel = mean >= 0.5 ? "FAVOR" : mean <= -0.5 ? "AGAINST" : "NONE";
    if (g.n_docs === 0) {
      // Documents in other languages only: no score, not 0 mentions.
      const none = { n_mentions: NaN, n_favor: NaN, n_against: NaN, n_none: NaN, share_against: NaN, against_low: NaN, against_high: NaN };
      return { group: g.group, group_start: g.group_start, split: g.split, target: target.name, n_docs: 0, ...none, mean_score: NaN, ci_low: NaN, ci_high: NaN, label: null, evidence: "" };
    }
    return {
      group: g.group,
      group_start: g.group_start,
      split: g.split,
      target: target.name,
      n_docs: g.n_docs,
      n_mentions: n,
      n_favor: tally.cell(g, StanceLabel.favor).count,
      n_against: against,
      n_none: tally.cell(g, StanceLabel.none).count,
      mean_score: mean,
      ci_low: low,
      ci_high: high,
      share_against: n === 0 ? NaN : against / n,
      against_low: lo,
      against_high: hi,
      label,
      evidence: evidenceOf(byGroup.get(groupKey(g)) ?? [], label, keep),
    };
  });
}

const FN = "targetStanceByPeriod";
/** Tally category of every mention (its value is the mention's score). */
const MENTION = "mention";

/** Up to `keep` sentences carrying the label (strongest first), joined by " | ". */
function evidenceOf(rows: readonly TargetStanceRow[], label: StanceLabel, keep: number): string {
  const sign = label === "FAVOR" ? 1 : label === "AGAINST" ? -1 : 0;
  return rows
    .filter((r) => (sign === 0 ? r.label !== "NONE" : Math.sign(r.score) === sign))
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0) || a.start - b.start)
    .slice(0, keep)
    .map((r) => r.sentence.replace(/\s+/g, " ").trim())
    .join(" | ");
}
