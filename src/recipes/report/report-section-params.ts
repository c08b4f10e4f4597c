import type { ReportConfig } from "./report-config";
import type { ReportSectionName, ReportSectionParams } from "./report-sections";

/**
 * The parameters a section runs with under a report file: the file's shared keys (periods'
 * eras, trendBy, stopwords, terms, groups, targets, pair) mapped onto the section's own
 * parameters, then the section's `params` over them. Keys the file leaves out stay out (the
 * recipe reads them from the corpus). Pure.
 * @example
 * const config = await readReportConfig("sotu");
 * quickstart(sotuCorpus(), reportSectionParams(config, "quickstart"));
 */
export function reportSectionParams<K extends ReportSectionName>(config: ReportConfig, name: K): ReportSectionParams[K] {
  const eras = config.periods?.eras;
  const shared: Record<ReportSectionName, Record<string, unknown>> = {
    quickstart: { stopwords: config.stopwords, eras, trendBy: config.trendBy, trendTerms: config.terms, splitField: config.groups?.split },
    compareAcrossDates: { stopwords: config.stopwords, eras, trendBy: config.trendBy, trendTerms: config.terms, speechA: config.pair?.[0], speechB: config.pair?.[1] },
    stanceReport: { eras, targetBy: config.trendBy, profileBy: config.groups?.profile, targets: config.targets },
    rhetoricProfile: { eras, trendBy: config.trendBy },
    styleAndScaling: {},
    newsVoices: {},
  };
  const own = config.sections?.find((s) => s.recipe === name)?.params ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...shared[name], ...own })) if (v !== undefined) out[k] = v;
  return out as ReportSectionParams[K];
}
