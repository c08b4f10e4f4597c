import type { Report } from "../../render/report";
import type { Corpus, OnWarning } from "../../types";
import { compareAcrossDates, type CompareParams } from "../compare-across-dates";
import { newsVoicesReport, type NewsVoicesParams } from "../news-voices-report";
import { quickstart, type QuickstartParams } from "../quickstart";
import { rhetoricProfile, type RhetoricParams } from "../rhetoric-profile";
import { stanceReport, type StanceParams } from "../stance-report";
import { styleSection, type StyleSectionParams } from "./style-section";

/** The parameters of each report section. */
export interface ReportSectionParams {
  readonly quickstart: QuickstartParams;
  readonly compareAcrossDates: CompareParams;
  readonly stanceReport: StanceParams;
  readonly rhetoricProfile: RhetoricParams;
  readonly styleAndScaling: StyleSectionParams;
  readonly newsVoices: NewsVoicesParams;
}

/** A section name of a report file. */
export type ReportSectionName = keyof ReportSectionParams;

/** What a report section is: the recipe that draws it, its notebook, what it shows. */
export interface ReportSection<P> {
  readonly run: (corpus: Corpus, params: P, onWarning?: OnWarning) => Report;
  readonly notebook: string;
  readonly shows: string;
  /** Whether the report includes it when the report file lists no sections: always, for news reports, or when the corpus supports it (dated, enough documents and speakers). */
  readonly byDefault: "always" | "news" | "supported";
}

/**
 * The sections of `discourse-lab report`, in their default order: one entry per recipe. A
 * new section is one entry here (and its parameters' check in the report file's schema).
 */
export const REPORT_SECTIONS: { readonly [K in ReportSectionName]: ReportSection<ReportSectionParams[K]> } = {
  quickstart: { run: quickstart, notebook: "01-quickstart", shows: "top terms by period, terms over time, the same split by a field", byDefault: "always" },
  compareAcrossDates: { run: compareAcrossDates, notebook: "02-compare-across-dates", shows: "key terms of the latest period, rise and fall between periods, trends with confidence bands, dispersion, two documents side by side", byDefault: "always" },
  stanceReport: { run: stanceReport, notebook: "03-stance", shows: "stance profile by group (hedges, boosters, attitude, engagement) and stance toward each target over time", byDefault: "always" },
  rhetoricProfile: { run: rhetoricProfile, notebook: "04-rhetoric", shows: "rhetoric rules per period, chosen rules over time, the biggest change with its spans, us-versus-them", byDefault: "always" },
  styleAndScaling: { run: styleSection, notebook: "06-style-and-scaling", shows: "readability and lexical diversity over time, a category dictionary by period, speakers on one Wordfish axis with the word weights behind it, the nearest addresses and a similarity heat map", byDefault: "supported" },
  newsVoices: { run: newsVoicesReport, notebook: "05-news-report", shows: "news reports: statements per speaker by kind, statements per speech event", byDefault: "news" },
};
