import { stanceOverTimeChart } from "../chart/stance-over-time-chart";
import { stanceProfileChart } from "../chart/stance-profile-chart";
import { selectDocuments } from "../compare/select-documents";
import { STANCE_BY_PERIOD_COLUMNS, targetStanceByPeriod } from "../compare/stance-by-period";
import { STANCE_MARKER_RATE_COLUMNS, stanceMarkerRates } from "../compare/stance-marker-rates";
import type { Era } from "../group/document-group";
import { targetStance, type StanceTarget } from "../measure/stance/target-stance";
import type { Report, ReportItem } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { reportPeriods } from "./report/report-periods";
import { profileByFor } from "./report/split-field";
import { grainWords, timeGrouping } from "./report/time-grouping";
import { trendGrain, type TrendGrain } from "./report/trend-grain";

/** Parameters of the stance report (the notebook's parameters cell shows them); each optional. */
export interface StanceParams {
  /** Documents of the stance profile (a selection such as "date>=1945"; default every document). */
  readonly profileWhere?: string;
  /** Grouping of the profile: a field ("speaker"), or "decade", "year", "era" (default: speaker, else another field with at most 30 values, else the periods). */
  readonly profileBy?: string;
  /** Targets followed over time, each with its terms (default none: a target cannot be guessed). */
  readonly targets?: readonly StanceTarget[];
  /** Grouping of each target's stance over time (default: {@link trendGrain} of the corpus). */
  readonly targetBy?: TrendGrain;
  /** Periods for `profileBy` or `targetBy` "era" (default: {@link reportPeriods} of the corpus). */
  readonly eras?: readonly Era[];
}

/** The defaults that do not depend on the corpus (none). */
export const STANCE_PARAMS: StanceParams = {};

/**
 * The stance report: the stance profile of speakers or other groups (hedges, boosters,
 * attitude markers, self-mentions and engagement markers per 1,000 words) and the stance
 * toward each target over time with the evidence sentences. Pure: the notebook
 * `03-stance.ipynb` and `discourse-lab report` draw the same charts from it.
 *
 * @param corpus Documents (speaker and date used for grouping).
 * @param params See {@link StanceParams}.
 * @param onWarning Receives grouping and chart warnings.
 * @returns A {@link Report} with items `stance-profile`, then `stance-over-time` for the
 *   first target and `stance-over-time-2`, ... for the others.
 * @example
 * const report = stanceReport(corpus, { targets: [{ name: "the ferry", terms: ["ferry", "ferries"] }] });
 * await show(report.items[1].chart);
 */
export function stanceReport(corpus: Corpus, params: StanceParams = {}, onWarning?: OnWarning): Report {
  const eras = params.eras ?? reportPeriods(corpus, {}, onWarning).eras;
  const profileBy = params.profileBy ?? profileByFor(corpus, eras);
  const targetBy = params.targetBy ?? trendGrain(corpus);
  let profileDocs: Corpus = params.profileWhere === undefined ? corpus : selectDocuments(corpus, params.profileWhere);
  if (profileDocs.length === 0) {
    onWarning?.({ code: "empty_selection", message: `stanceReport: no document matches ${JSON.stringify(params.profileWhere)}; the profile uses every document` });
    profileDocs = corpus;
  }
  const rates = stanceMarkerRates(profileDocs, { ...timeGrouping(profileBy, eras), onWarning });
  const where = params.profileWhere === undefined ? "" : ` (${params.profileWhere})`;
  const profileWords = profileBy === "era" ? "period" : profileBy === "none" ? "" : profileBy;
  const items: ReportItem[] = [
    {
      id: "stance-profile",
      title: `Stance profile${profileWords ? ` by ${profileWords}` : ""}${where}`,
      caption: "Hedges, boosters, attitude markers, self-mentions and engagement markers (Hyland 2005) per 1,000 words; hedges from the hedges package, the rest from discourse-lab's lists.",
      chart: stanceProfileChart(rates),
      table: { columns: STANCE_MARKER_RATE_COLUMNS, rows: rates },
    },
  ];
  const summaries: string[] = [];
  const dated = corpus.some((d) => d.date !== undefined);
  (params.targets ?? []).forEach((target, i) => {
    const mentions = targetStance(corpus, target);
    const n = (l: string) => mentions.filter((m) => m.label === l).length;
    summaries.push(`${mentions.length} mentions of ${target.name}: ${n("FAVOR")} for, ${n("AGAINST")} against, ${n("NONE")} neither.`);
    if (!dated) return;
    const byPeriod = targetStanceByPeriod(corpus, target, { ...timeGrouping(targetBy, eras), onWarning });
    items.push({
      id: i === 0 ? "stance-over-time" : `stance-over-time-${i + 1}`,
      title: `Stance toward ${target.name} ${grainWords(targetBy)}`,
      caption: "Mean score of the sentences mentioning the target (refusal, negation, endorsement, evaluative cues), with a 95% interval; the tooltip shows the evidence. Periods without a mention are in the table, not on the chart.",
      chart: stanceOverTimeChart(byPeriod.filter((r) => r.n_mentions > 0), { onWarning }),
      table: { columns: STANCE_BY_PERIOD_COLUMNS, rows: byPeriod },
    });
  });
  if ((params.targets ?? []).length === 0) summaries.push("No stance target was named (a report file's stanceReport section takes targets with their terms).");
  return { title: "Stance", summary: summaries.join(" "), items };
}
