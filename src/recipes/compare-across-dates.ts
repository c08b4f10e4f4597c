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
import type { Corpus, OnWarning } from "../types";
import { QUICKSTART_PARAMS } from "./quickstart";

/** Parameters of the comparison across dates (the notebook's parameters cell shows them). */
export interface CompareParams {
  /** Stopword language removed before keyness. */
  readonly stopwords: string;
  /** Selection of the target of "what is key since ...", e.g. "date>=2001". */
  readonly since: string;
  /** Eras compared each with the one before. */
  readonly eras: readonly Era[];
  /** Key terms shown per direction and period. */
  readonly top: number;
  /** Terms whose rates are followed with confidence bands. */
  readonly trendTerms: readonly string[];
  /** Terms located in the dispersion x-ray, and the concordance behind it. */
  readonly dispersionTerms: readonly string[];
  /** Documents shown in the x-ray: those matching this selection. */
  readonly dispersionWhere: string;
  /** Two speeches side by side (selections of one document each). */
  readonly speechA: string;
  readonly speechB: string;
}

/** Defaults for the bundled State of the Union corpus. */
export const COMPARE_PARAMS: CompareParams = {
  stopwords: "en",
  since: "date>=2001",
  eras: QUICKSTART_PARAMS.eras,
  top: 8,
  trendTerms: ["tariff", "iran", "terrorism"],
  dispersionTerms: ["iran", "terrorism"],
  dispersionWhere: "date>=1977",
  speechA: "id=sotu-2002-george-w-bush",
  speechB: "id=sotu-2015-barack-obama",
};

/**
 * The comparison across dates: what is key since a date, what rose and fell from each era
 * to the next, terms over time with confidence bands, where two terms fall in each speech
 * (with the concordance behind it), and two speeches side by side. Pure: the notebook
 * `02-compare-across-dates.ipynb` and `discourse-lab report` draw the same charts from it.
 *
 * When a selection matches no document (another corpus), the item falls back to a choice
 * that exists (the latest tenth of the documents; the first and last speech) and says so
 * through `onWarning`.
 *
 * @returns A {@link Report} with items `key-terms-since`, `era-keyness`, `trend-ci`,
 *   `dispersion`, `two-speeches`.
 * @example
 * const report = compareAcrossDates(sotuCorpus());
 * await show(report.items[1].chart);
 */
export function compareAcrossDates(corpus: Corpus, params: CompareParams = COMPARE_PARAMS, onWarning?: OnWarning): Report {
  const dated = [...corpus].filter((d) => d.date !== undefined).sort((a, b) => compareDates(a.date!, b.date!) || (a.id < b.id ? -1 : 1));
  const pick = (selection: string, fallback: () => Corpus, what: string): Corpus => {
    const docs = selectDocuments(corpus, selection);
    if (docs.length > 0) return docs;
    onWarning?.({ code: "empty_selection", message: `compareAcrossDates: no document matches ${JSON.stringify(selection)} (${what}); using a fallback` });
    return fallback();
  };
  const target = pick(params.since, () => dated.slice(Math.floor(dated.length * 0.9)), "since");
  const inTarget = new Set(target.map((d) => d.id));
  const rest = corpus.filter((d) => !inTarget.has(d.id));
  const key = keyness(target, rest, { stopwords: params.stopwords, removeNumbers: true, top: 15, onWarning });
  const byEra = keynessByPeriod(corpus, { by: "era", eras: params.eras, stopwords: params.stopwords, removeNumbers: true, top: params.top, onWarning });
  const rates = termRates(corpus, params.trendTerms, { by: "decade", onWarning });
  const xrayDocs = pick(params.dispersionWhere, () => dated.slice(-20), "dispersionWhere");
  const hits = dispersionHits(xrayDocs, params.dispersionTerms, { onWarning });
  const lines = params.dispersionTerms.flatMap((t) => kwic(xrayDocs, t, { window: 8, onWarning }));
  const a = pick(params.speechA, () => dated.slice(0, 1), "speechA");
  const b = pick(params.speechB, () => dated.slice(-1), "speechB");
  const pair = termScatterRows(a, b, { stopwords: params.stopwords, removeNumbers: true, minCount: 3, top: 25, onWarning });
  const label = (docs: Corpus) => (docs.length === 1 ? `${docs[0].speaker ?? docs[0].id} ${docs[0].date ?? ""}`.trim() : `${docs.length} documents`);
  const items: ReportItem[] = [
    {
      id: "key-terms-since",
      title: `Key terms: ${params.since} against the rest`,
      caption: `Log ratio of the 15 strongest terms by log-likelihood in each direction; ${target.length} documents against ${rest.length}.`,
      chart: keynessChart(key, { top: 15, targetLabel: params.since, referenceLabel: "the rest" }),
      table: { columns: KEYNESS_COLUMNS, rows: key },
    },
    {
      id: "era-keyness",
      title: "What rose and fell from one era to the next",
      caption: `Each era against the one before it: the ${params.top} strongest terms by log-likelihood in each direction.`,
      chart: periodKeynessChart(byEra, { top: params.top }),
      table: { columns: PERIOD_KEYNESS_COLUMNS, rows: byEra },
    },
    {
      id: "trend-ci",
      title: "Terms across the decades, with 95% confidence bands",
      caption: `Rate per 1,000 words by decade of ${params.trendTerms.join(", ")}; bands are Wilson score intervals.`,
      chart: termRateBandChart(rates, { onWarning }),
      table: { columns: TERM_RATE_COLUMNS, rows: rates },
    },
    {
      id: "dispersion",
      title: `Where ${params.dispersionTerms.join(" and ")} fall (${params.dispersionWhere})`,
      caption: `One band per speech, a tick at each occurrence; the table holds the concordance lines behind the ticks.`,
      chart: dispersionChart(hits),
      table: { columns: KWIC_COLUMNS, rows: lines },
    },
    {
      id: "two-speeches",
      title: `Two speeches side by side: ${label(a)} and ${label(b)}`,
      caption: "Rate per 1,000 words of the key terms of each speech; hover a point for its concordance lines.",
      chart: termScatterChart(pair, { targetLabel: label(a), referenceLabel: label(b) }),
      table: { columns: KEYNESS_COLUMNS, rows: pair },
    },
  ];
  return { title: "Comparing speeches across dates", summary: `${corpus.length} documents.`, items };
}
