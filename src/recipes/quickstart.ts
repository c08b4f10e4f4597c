import { termTrendByGroupChart } from "../chart/term-trend-by-group-chart";
import { termTrendChart } from "../chart/term-trend-chart";
import { topTermsChart } from "../chart/top-terms-chart";
import type { Era } from "../group/document-group";
import { TERM_FREQUENCY_COLUMNS, termFrequency, type TermFrequencyRow } from "../measure/term-frequency";
import type { Report, ReportItem, ReportTable } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { reportPeriods } from "./report/report-periods";
import { followedTerms } from "./report/followed-terms";
import { itemSlug } from "./report/item-slug";
import { splitFieldFor } from "./report/split-field";
import { grainWords, timeGrouping } from "./report/time-grouping";
import { trendGrain, type TrendGrain } from "./report/trend-grain";

/**
 * Parameters of the quick-start analysis (the notebook's parameters cell shows them). Every
 * one is optional: what is left out is read from the corpus.
 */
export interface QuickstartParams {
  /** Stopword language removed before ranking terms (default "en"). */
  readonly stopwords?: string;
  /** Terms per period in the top-terms chart and table (default 12). */
  readonly top?: number;
  /** Named periods for "top terms by period" (default: {@link reportPeriods} of the corpus). */
  readonly eras?: readonly Era[];
  /** Time axis of the trends (default: {@link trendGrain} of the corpus). */
  readonly trendBy?: TrendGrain;
  /** Terms whose rate per 1,000 words is followed over time (default: the 3 that rose and the 3 that fell most between periods, {@link risingFallingTerms}). */
  readonly trendTerms?: readonly string[];
  /** Metadata field splitting the trend into small multiples (default: a field with 2 to 8 values, party or outlet before speaker; "" for none). */
  readonly splitField?: string;
  /** Terms followed per period and per value of `splitField` (default: the first 3 trend terms). */
  readonly splitTerms?: readonly string[];
}

/** The defaults that do not depend on the corpus. */
export const QUICKSTART_PARAMS: QuickstartParams = { stopwords: "en", top: 12 };

/**
 * The quick-start analysis: top terms by period, rates of several terms across the dates of
 * the corpus, and the same split by a field such as party. Parameters left out are read
 * from the corpus (its periods, the terms that rose and fell most, its fields). Pure: the
 * same corpus and parameters give the same charts and tables, byte for byte, in the
 * notebook and in `discourse-lab report`.
 *
 * @param corpus Documents (dated ones for the trends).
 * @param params See {@link QuickstartParams}.
 * @param onWarning Receives warnings (undated documents, terms never seen).
 * @returns A {@link Report} with items `top-terms-by-era`, `term-trend` and
 *   `term-trend-by-<field>` (the trends only when documents are dated, the split only with a field).
 * @example
 * const report = quickstart(corpus);
 * await show(report.items[0].chart);
 */
export function quickstart(corpus: Corpus, params: QuickstartParams = {}, onWarning?: OnWarning): Report {
  const stopwords = params.stopwords ?? "en";
  const top = params.top ?? 12;
  const eras = params.eras ?? reportPeriods(corpus, {}, onWarning).eras;
  const by = params.trendBy ?? trendGrain(corpus);
  const trendTerms = params.trendTerms ?? followedTerms(corpus, eras, stopwords, onWarning);
  const splitField = params.splitField ?? splitFieldFor(corpus);
  const splitTerms = params.splitTerms ?? trendTerms.slice(0, 3);
  const columns = [...TERM_FREQUENCY_COLUMNS];
  const dated = eras.length > 0;
  const byEra = termFrequency(corpus, { ...(dated ? { by: "era", eras } : {}), stopwords, removeNumbers: true, top, onWarning });
  const items: ReportItem[] = [
    {
      id: "top-terms-by-era",
      title: dated ? "Top terms by period" : "Top terms",
      caption: `The ${top} most frequent words${dated ? " of each period" : ""}, ${stopwords} stopwords and numbers removed.`,
      chart: topTermsChart(byEra, { top, title: dated ? `Top ${top} terms by period` : `Top ${top} terms` }),
      table: table(byEra, columns),
    },
  ];
  const notes: string[] = [];
  if (!dated) notes.push("No document is dated, so the trends are left out.");
  if (dated && trendTerms.length > 0) {
    const trend = termFrequency(corpus, { ...timeGrouping(by, eras), terms: trendTerms, onWarning });
    items.push({
      id: "term-trend",
      title: `Terms over time (${grainWords(by)})`,
      caption: `Rate per 1,000 words ${grainWords(by)} of: ${trendTerms.join(", ")}.`,
      chart: termTrendChart(trend, { terms: trendTerms, title: `Rate per 1,000 words ${grainWords(by)}`, onWarning }),
      table: table(trend, columns),
    });
  }
  if (dated && splitField !== "" && splitTerms.length > 0) {
    const split = termFrequency(corpus, { ...timeGrouping(by, eras), split: splitField, terms: splitTerms, onWarning });
    items.push({
      id: `term-trend-by-${itemSlug(splitField)}`,
      title: `Terms over time, by ${splitField}`,
      caption: `Rate per 1,000 words ${grainWords(by)} and ${splitField} of: ${splitTerms.join(", ")}.`,
      chart: termTrendByGroupChart(split, { terms: splitTerms, title: `Rate per 1,000 words ${grainWords(by)} and ${splitField}`, onWarning }),
      table: table(split, columns),
    });
  } else if (dated && splitField === "") notes.push("No field (party, outlet, ...) with 2 to 8 values to split the trends by.");
  const dates = corpus.map((d) => d.date).filter((d): d is string => d !== undefined).sort();
  const span = dates.length > 0 ? `${dates[0].slice(0, 4)}-${dates[dates.length - 1].slice(0, 4)}` : "undated";
  return {
    title: "What the texts talk about, and how it changed",
    summary: [`${corpus.length} documents, ${span}.`, ...notes].join(" "),
    items,
  };
}

function table(rows: readonly TermFrequencyRow[], columns: readonly string[]): ReportTable {
  return { columns, rows };
}
