import { stanceOverTimeChart } from "../chart/stance-over-time-chart";
import { stanceProfileChart } from "../chart/stance-profile-chart";
import { selectDocuments } from "../compare/select-documents";
import { STANCE_BY_PERIOD_COLUMNS, targetStanceByPeriod } from "../compare/stance-by-period";
import { STANCE_MARKER_RATE_COLUMNS, stanceMarkerRates } from "../compare/stance-marker-rates";
import { targetStance, type StanceTarget } from "../measure/stance/target-stance";
import type { Report } from "../render/report";
import type { Corpus, OnWarning } from "../types";

/** Parameters of the stance report (the notebook's parameters cell shows them). */
export interface StanceParams {
  /** Documents of the stance profile (a selection such as "date>=1945"). */
  readonly profileWhere: string;
  /** Grouping of the profile: a field ("speaker") or "decade", "year". */
  readonly profileBy: string;
  /** The target followed over time. */
  readonly target: StanceTarget;
  /** Grouping of the target's stance over time ("decade", "year"). */
  readonly targetBy: string;
}

/** Defaults for the bundled State of the Union corpus. */
export const STANCE_PARAMS: StanceParams = {
  profileWhere: "date>=1945",
  profileBy: "speaker",
  target: { name: "negotiations with the Soviet Union", terms: ["negotiat*", "talks", "treaty", "treaties", "agreement*", "arms control"], near: ["Soviet*", "USSR", "Moscow", "Kremlin"] },
  targetBy: "decade",
};

/**
 * The stance report: the stance profile of speakers (hedges, boosters, attitude markers,
 * self-mentions and engagement markers per 1,000 words) and the stance toward one target
 * over time with the evidence sentences. Pure: the notebook `03-stance.ipynb` and
 * `discourse-lab report` draw the same charts from it.
 *
 * @param corpus Documents (speaker and date used for grouping).
 * @param params See {@link StanceParams} (default {@link STANCE_PARAMS}).
 * @param onWarning Receives grouping and chart warnings.
 * @returns A {@link Report} with items `stance-profile` and `stance-over-time`.
 * @example
 * const report = stanceReport(sotuCorpus());
 * await show(report.items[1].chart);
 */
export function stanceReport(corpus: Corpus, params: StanceParams = STANCE_PARAMS, onWarning?: OnWarning): Report {
  let profileDocs: Corpus = selectDocuments(corpus, params.profileWhere);
  if (profileDocs.length === 0) {
    onWarning?.({ code: "empty_selection", message: `stanceReport: no document matches ${JSON.stringify(params.profileWhere)}; the profile uses every document` });
    profileDocs = corpus;
  }
  const rates = stanceMarkerRates(profileDocs, { by: params.profileBy, onWarning });
  const byPeriod = targetStanceByPeriod(corpus, params.target, { by: params.targetBy, onWarning });
  const mentions = targetStance(corpus, params.target);
  const n = (l: string) => mentions.filter((m) => m.label === l).length;
  return {
    title: "Stance",
    summary: `${corpus.length} documents; ${mentions.length} mentions of ${params.target.name}: ${n("FAVOR")} for, ${n("AGAINST")} against, ${n("NONE")} neither.`,
    items: [
      {
        id: "stance-profile",
        title: `Stance profile by ${params.profileBy} (${params.profileWhere})`,
        caption: "Hedges, boosters, attitude markers, self-mentions and engagement markers (Hyland 2005) per 1,000 words; hedges from the hedges package, the rest from discourse-lab's lists.",
        chart: stanceProfileChart(rates),
        table: { columns: STANCE_MARKER_RATE_COLUMNS, rows: rates },
      },
      {
        id: "stance-over-time",
        title: `Stance toward ${params.target.name} by ${params.targetBy}`,
        caption: "Mean score of the sentences mentioning the target (refusal, negation, endorsement, evaluative cues), with a 95% interval; the tooltip shows the evidence. Periods without a mention are in the table, not on the chart.",
        chart: stanceOverTimeChart(byPeriod.filter((r) => r.n_mentions > 0), { onWarning }),
        table: { columns: STANCE_BY_PERIOD_COLUMNS, rows: byPeriod },
      },
    ],
  };
}
