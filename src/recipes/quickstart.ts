import { termTrendByGroupChart } from "../chart/term-trend-by-group-chart";
import { termTrendChart } from "../chart/term-trend-chart";
import { topTermsChart } from "../chart/top-terms-chart";
import type { Era } from "../group/document-group";
import { TERM_FREQUENCY_COLUMNS, termFrequency, type TermFrequencyRow } from "../measure/term-frequency";
import type { Report, ReportTable } from "../render/report";
import type { Corpus, OnWarning } from "../types";

/** Parameters of the quick-start analysis (the notebook's parameters cell shows them). */
export interface QuickstartParams {
  /** Stopword language removed before ranking terms. */
  readonly stopwords: string;
  /** Terms per era in the top-terms chart and table. */
  readonly top: number;
  /** Named eras of US history for "top terms by era". */
  readonly eras: readonly Era[];
  /** Terms whose rate per 1,000 words is followed by decade. */
  readonly trendTerms: readonly string[];
  /** Metadata field splitting the trend into small multiples. */
  readonly splitField: string;
  /** Terms followed per decade and per value of `splitField`. */
  readonly splitTerms: readonly string[];
}

/** The defaults used by `notebooks/01-quickstart.ipynb` and `discourse-lab report`. */
export const QUICKSTART_PARAMS: QuickstartParams = {
  stopwords: "en",
  top: 12,
  eras: [
    { name: "1790-1860 Early republic", start: "1790", end: "1861" },
    { name: "1861-1900 Civil War, Gilded Age", start: "1861", end: "1901" },
    { name: "1901-1945 Progressive era, world wars", start: "1901", end: "1946" },
    { name: "1946-1991 Cold War", start: "1946", end: "1992" },
    { name: "1992-2024 After the Cold War", start: "1992" },
  ],
  trendTerms: ["tariff", "slavery", "iran", "terrorism", "negotiation"],
  splitField: "party",
  splitTerms: ["tax", "war", "peace"],
};

/**
 * The quick-start analysis: top terms by era, rates of several terms across the dates of
 * the corpus, and the same split by party. Pure: the same corpus and parameters give the
 * same charts and tables, byte for byte, in the notebook and in `discourse-lab report`.
 *
 * @param corpus Dated documents (the bundled State of the Union corpus by default in the CLI).
 * @param params {@link QUICKSTART_PARAMS} unless given.
 * @param onWarning Receives warnings (undated documents, terms never seen).
 * @returns A {@link Report} with items `top-terms-by-era`, `term-trend`, `term-trend-by-party`.
 * @example
 * const report = quickstart(sotuCorpus());
 * await show(report.items[0].chart);
 */
export function quickstart(corpus: Corpus, params: QuickstartParams = QUICKSTART_PARAMS, onWarning?: OnWarning): Report {
  const byEra = termFrequency(corpus, { by: "era", eras: params.eras, stopwords: params.stopwords, removeNumbers: true, top: params.top, onWarning });
  const trend = termFrequency(corpus, { by: "decade", terms: params.trendTerms, onWarning });
  const split = termFrequency(corpus, { by: "decade", split: params.splitField, terms: params.splitTerms, onWarning });
  const dates = corpus.map((d) => d.date).filter((d): d is string => d !== undefined).sort();
  const span = dates.length > 0 ? `${dates[0].slice(0, 4)}-${dates[dates.length - 1].slice(0, 4)}` : "undated";
  const columns = [...TERM_FREQUENCY_COLUMNS];
  return {
    title: "Quick start: what the speeches talk about, and how it changed",
    summary: `${corpus.length} documents, ${span}.`,
    items: [
      {
        id: "top-terms-by-era",
        title: "Top terms by era",
        caption: `The ${params.top} most frequent words of each era, ${params.stopwords} stopwords and numbers removed.`,
        chart: topTermsChart(byEra, { top: params.top, title: `Top ${params.top} terms by era` }),
        table: table(byEra, columns),
      },
      {
        id: "term-trend",
        title: "Terms across the decades",
        caption: `Rate per 1,000 words by decade of: ${params.trendTerms.join(", ")}.`,
        chart: termTrendChart(trend, { terms: params.trendTerms, title: "Rate per 1,000 words by decade" }),
        table: table(trend, columns),
      },
      {
        id: "term-trend-by-party",
        title: `Terms across the decades, by ${params.splitField}`,
        caption: `Rate per 1,000 words by decade and ${params.splitField} of: ${params.splitTerms.join(", ")}.`,
        chart: termTrendByGroupChart(split, { terms: params.splitTerms, title: `Rate per 1,000 words by decade and ${params.splitField}` }),
        table: table(split, columns),
      },
    ],
  };
}

function table(rows: readonly TermFrequencyRow[], columns: readonly string[]): ReportTable {
  return { columns, rows };
}
