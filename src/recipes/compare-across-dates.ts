import { dispersionChart } from "../chart/dispersion-chart";
import { keynessChart } from "../chart/keyness-chart";
import { periodKeynessChart } from "../chart/period-keyness-chart";
import { termRateBandChart } from "../chart/term-rate-band-chart";
import { termScatterChart } from "../chart/term-scatter-chart";
import { keynessByPeriod, PERIOD_KEYNESS_COLUMNS } from "../compare/keyness-by-period";
import { selectDocuments } from "../compare/select-documents";
import { TERM_RATE_COLUMNS, termRates } from "../compare/term-rates";
import { termScatterRows } from "../compare/term-scatter-rows";
import { compareDates, type Era } from "../group/document-group";
import { dispersionHits } from "../measure/dispersion-hits";
import { KEYNESS_COLUMNS, keyness } from "../measure/keyness";
import { KWIC_COLUMNS, kwic } from "../measure/kwic";
import type { Report, ReportItem } from "../render/report";
import type { Corpus, Document, OnWarning } from "../types";
import { followedTerms } from "./report/followed-terms";
import { reportPeriods } from "./report/report-periods";
import { grainWords, timeGrouping } from "./report/time-grouping";
import { trendGrain, type TrendGrain } from "./report/trend-grain";

/** Parameters of the comparison across dates (the notebook's parameters cell shows them); each optional, read from the corpus when left out. */
export interface CompareParams {
  /** Stopword language removed before keyness (default "en"). */
  readonly stopwords?: string;
  /** Selection of the target of "what is key since ...", e.g. "date>=2001" (default: the documents of the last period). */
  readonly since?: string;
  /** Periods compared each with the one before (default: {@link reportPeriods} of the corpus). */
  readonly eras?: readonly Era[];
  /** Key terms shown per direction and period (default 8). */
  readonly top?: number;
  /** Time axis of the trends (default: {@link trendGrain} of the corpus). */
  readonly trendBy?: TrendGrain;
  /** Terms whose rates are followed with confidence bands (default: those that rose and fell most). */
  readonly trendTerms?: readonly string[];
  /** Terms located in the dispersion x-ray, and the concordance behind it (default: the first 2 trend terms). */
  readonly dispersionTerms?: readonly string[];
  /** Documents shown in the x-ray: those matching this selection (default: the latest 20). */
  readonly dispersionWhere?: string;
  /** Two documents side by side (selections of one document each; default: the first and the last dated document). */
  readonly speechA?: string;
  readonly speechB?: string;
}

/** The defaults that do not depend on the corpus. */
export const COMPARE_PARAMS: CompareParams = { stopwords: "en", top: 8 };

/**
 * The comparison across dates: what is key in a stretch of time against the rest, what
 * rose and fell from each period to the next, terms over time with confidence bands, where
 * terms fall in each document (with the concordance behind it), and two documents side by
 * side. Parameters left out are read from the corpus. Pure: the notebook
 * `02-compare-across-dates.ipynb` and `discourse-lab report` draw the same charts from it.
 *
 * When a selection matches no document, the item falls back to a choice that exists (the
 * latest tenth of the documents; the first and last document) and says so through
 * `onWarning`. Items that need dated documents (or two periods) are left out without them.
 *
 * @returns A {@link Report} with items `key-terms-since`, `era-keyness`, `trend-ci`,
 *   `dispersion`, `two-speeches`.
 * @example
 * const report = compareAcrossDates(corpus, { trendTerms: ["ferry", "budget"] });
 * await show(report.items[1].chart);
 */
export function compareAcrossDates(corpus: Corpus, params: CompareParams = {}, onWarning?: OnWarning): Report {
  const stopwords = params.stopwords ?? "en";
  const top = params.top ?? 8;
  const eras = params.eras ?? reportPeriods(corpus, {}, onWarning).eras;
  const by = params.trendBy ?? trendGrain(corpus);
  const dated = [...corpus].filter((d) => d.date !== undefined).sort((a, b) => compareDates(a.date!, b.date!) || (a.id < b.id ? -1 : 1));
  const trendTerms = params.trendTerms ?? (dated.length > 0 ? followedTerms(corpus, eras, stopwords, onWarning) : []);
  const dispersionTerms = params.dispersionTerms ?? trendTerms.slice(0, 2);
  const lastEra = eras[eras.length - 1];
  const since = params.since ?? (eras.length >= 2 ? `date>=${lastEra.start}` : undefined);
  const dispersionWhere = params.dispersionWhere ?? (dated.length > 20 ? `date>=${dated[dated.length - 20].date}` : undefined);
  const one = (doc: Document | undefined) => (doc ? `id=${quoted(doc.id)}` : undefined);
  const speechA = params.speechA ?? one(dated[0] ?? corpus[0]);
  const speechB = params.speechB ?? one(dated[dated.length - 1] ?? corpus[corpus.length - 1]);
  const pick = (selection: string | undefined, fallback: () => Corpus, what: string): Corpus => {
    if (selection === undefined) return fallback();
    const docs = selectDocuments(corpus, selection);
    if (docs.length > 0) return docs;
    onWarning?.({ code: "empty_selection", message: `compareAcrossDates: no document matches ${JSON.stringify(selection)} (${what}); using a fallback` });
    return fallback();
  };
  const items: ReportItem[] = [];
  const notes: string[] = [];
  if (since !== undefined) {
    const target = pick(since, () => dated.slice(Math.floor(dated.length * 0.9)), "since");
    const inTarget = new Set(target.map((d) => d.id));
    const rest = corpus.filter((d) => !inTarget.has(d.id));
    const key = keyness(target, rest, { stopwords, removeNumbers: true, top: 15, onWarning });
    items.push({
      id: "key-terms-since",
      title: `Key terms: ${since} against the rest`,
      caption: `Log ratio of the 15 strongest terms by log-likelihood in each direction; ${target.length} documents against ${rest.length}.`,
      chart: keynessChart(key, { top: 15, targetLabel: since, referenceLabel: "the rest" }),
      table: { columns: KEYNESS_COLUMNS, rows: key },
    });
  } else notes.push("Fewer than two periods: no key terms of the latest one.");
  if (eras.length >= 2) {
    const byEra = keynessByPeriod(corpus, { by: "era", eras, stopwords, removeNumbers: true, top, onWarning });
    items.push({
      id: "era-keyness",
      title: "What rose and fell from one period to the next",
      caption: `Each period against the one before it: the ${top} strongest terms by log-likelihood in each direction.`,
      chart: periodKeynessChart(byEra, { top }),
      table: { columns: PERIOD_KEYNESS_COLUMNS, rows: byEra },
    });
  }
  if (dated.length > 0 && trendTerms.length > 0) {
    const rates = termRates(corpus, trendTerms, { ...timeGrouping(by, eras), onWarning });
    items.push({
      id: "trend-ci",
      title: `Terms over time (${grainWords(by)}), with 95% confidence bands`,
      caption: `Rate per 1,000 words ${grainWords(by)} of ${trendTerms.join(", ")}; bands are Wilson score intervals.`,
      chart: termRateBandChart(rates, { onWarning }),
      table: { columns: TERM_RATE_COLUMNS, rows: rates },
    });
  }
  if (dispersionTerms.length > 0 && corpus.length > 0) {
    const xrayDocs = pick(dispersionWhere, () => (dated.length > 0 ? dated.slice(-20) : corpus.slice(-20)), "dispersionWhere");
    const hits = dispersionHits(xrayDocs, dispersionTerms, { onWarning });
    const lines = dispersionTerms.flatMap((t) => kwic(xrayDocs, t, { window: 8, onWarning }));
    items.push({
      id: "dispersion",
      title: `Where ${dispersionTerms.join(" and ")} fall${dispersionWhere ? ` (${dispersionWhere})` : ""}`,
      caption: `One band per document, a tick at each occurrence; the table holds the concordance lines behind the ticks.`,
      chart: dispersionChart(hits),
      table: { columns: KWIC_COLUMNS, rows: lines },
    });
  }
  if (corpus.length >= 2) {
    const a = pick(speechA, () => dated.slice(0, 1), "speechA");
    const b = pick(speechB, () => dated.slice(-1), "speechB");
    const pair = termScatterRows(a, b, { stopwords, removeNumbers: true, minCount: 3, top: 25, onWarning });
    const label = (docs: Corpus) => (docs.length === 1 ? `${docs[0].speaker ?? docs[0].id} ${docs[0].date ?? ""}`.trim() : `${docs.length} documents`);
    items.push({
      id: "two-speeches",
      title: `Two documents side by side: ${label(a)} and ${label(b)}`,
      caption: "Rate per 1,000 words of the key terms of each document; hover a point for its concordance lines.",
      chart: termScatterChart(pair, { targetLabel: label(a), referenceLabel: label(b) }),
      table: { columns: KEYNESS_COLUMNS, rows: pair },
    });
  }
  return { title: "Comparing across dates", summary: [`${corpus.length} documents.`, ...notes].join(" "), items };
}

/** A selection value in double quotes (ids may hold commas or operators). */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
