import type { Report } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import type { ReportConfig } from "./report/report-config";
import { followedTerms } from "./report/followed-terms";
import { looksLikeNews } from "./report/looks-like-news";
import { profileByFor, splitFieldFor } from "./report/split-field";
import { reportPeriods } from "./report/report-periods";
import { reportSectionParams } from "./report/report-section-params";
import { REPORT_SECTIONS, type ReportSectionName } from "./report/report-sections";
import { styleUnsupported } from "./report/style-section";
import { trendGrain } from "./report/trend-grain";

/** A report with what it was made from: the sections run, with their parameters, and the choices read from the corpus. */
export interface FullReport extends Report {
  /** The sections in order, each with the parameters it ran with (corpus-read choices filled in where shared). */
  readonly sections: readonly { readonly recipe: ReportSectionName; readonly params: Readonly<Record<string, unknown>> }[];
  /** What was read from the corpus: its periods and their basis, the trend grain, whether it holds news reports. */
  readonly choices: { readonly periods: string; readonly eras: readonly { name: string; start: string; end?: string }[]; readonly trendBy: string; readonly news: boolean; readonly style: string };
}

/**
 * The report `discourse-lab report` writes, driven by the corpus and a report file. With no
 * file (or an empty one) it shows what the corpus holds: top terms by period and the terms
 * that rose and fell most between its own periods (equal periods at a sensible grain, or
 * its eras), the fields it has for the group charts, stance-marker and rhetoric profiles,
 * and for news reports the voices and statements per speech event. A report file
 * ({@link ReportConfig}) chooses terms, stance targets, periods, groups, the two documents
 * set side by side and the sections. The periods and trend grain are read once and shared
 * by every section.
 *
 * @param corpus The documents.
 * @param config A report file ({@link readReportConfig}); default none.
 * @param onWarning Receives every section's warnings.
 * @example
 * await writeReport(fullReport(await loadCorpus("speeches/")), "report");
 * await writeReport(fullReport(sotuCorpus(), await readReportConfig("sotu")), "report");
 */
export function fullReport(corpus: Corpus, config: ReportConfig = {}, onWarning?: OnWarning): FullReport {
  const periods = reportPeriods(corpus, config.periods ?? {}, onWarning);
  const trendBy = config.trendBy ?? trendGrain(corpus);
  const news = config.news ?? (config.sections?.some((s) => s.recipe === "newsVoices") || looksLikeNews(corpus));
  // Like the news section, style and scaling is left out quietly when the corpus does not
  // support it and no section was asked for; report.json says why (choices.style).
  const styleWhyNot = config.sections === undefined ? styleUnsupported(corpus) : undefined;
  const byDefault = { always: true, news, supported: styleWhyNot === undefined };
  const names = config.sections?.map((s) => s.recipe) ?? (Object.keys(REPORT_SECTIONS) as ReportSectionName[]).filter((n) => byDefault[REPORT_SECTIONS[n].byDefault]);
  const sections = names.map((name) => {
    const own = reportSectionParams(config, name) as Record<string, unknown>;
    const params: Record<string, unknown> = name === "newsVoices" || name === "styleAndScaling" ? own : { eras: periods.eras, ...grainKey(name, trendBy), ...own };
    // What the corpus decides is written into the parameters, so report.json shows it.
    const stopwords = (params.stopwords as string | undefined) ?? config.stopwords ?? "en";
    if ((name === "quickstart" || name === "compareAcrossDates") && params.trendTerms === undefined && periods.eras.length > 0) params.trendTerms = followedTerms(corpus, periods.eras, stopwords, onWarning);
    if (name === "quickstart" && params.splitField === undefined) params.splitField = splitFieldFor(corpus);
    if (name === "stanceReport" && params.profileBy === undefined) params.profileBy = profileByFor(corpus, periods.eras);
    return { recipe: name, params };
  });
  const parts = sections.map((s) => (REPORT_SECTIONS[s.recipe].run as (c: Corpus, p: unknown, w?: OnWarning) => Report)(corpus, s.params, onWarning));
  const items = parts.flatMap((p) => p.items); // ids are unique: each section once, each names its own items
  const dates = corpus.map((d) => d.date).filter((d): d is string => d !== undefined).sort();
  const span = dates.length === 0 ? "no dated document" : `${dates[0]} to ${dates[dates.length - 1]}`;
  // The opening names the documents once: a section's own opening count ("233 documents, 1790-2021.") is left out.
  const count = `${corpus.length} documents`;
  const own = (summary: string) => (summary.startsWith(count) ? summary.replace(/^[^.]*\.\s*/, "") : summary);
  const summary = [`${count} (${span}); periods: ${periods.description}.`, ...parts.map((p) => own(p.summary)).filter((s) => s !== "")].join(" ");
  return {
    title: config.title ?? "discourse-lab report: what the texts talk about, how it changed, their stance and rhetoric",
    summary,
    items,
    sections,
    choices: { periods: periods.description, eras: periods.eras, trendBy, news, style: names.includes("styleAndScaling") ? "included" : `left out: ${styleWhyNot ?? "not among the report file's sections"}` },
  };
}

/** The name of a section's time-axis parameter. */
function grainKey(name: ReportSectionName, trendBy: string): Record<string, string> {
  return name === "stanceReport" ? { targetBy: trendBy } : { trendBy };
}
