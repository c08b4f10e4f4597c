import { scalePositionsChart } from "../chart/scale-positions-chart";
import { similarityHeatmapChart } from "../chart/similarity-heatmap-chart";
import { styleTrendChart } from "../chart/style-trend-chart";
import { termRateBandChart } from "../chart/term-rate-band-chart";
import { wordWeightsChart } from "../chart/word-weights-chart";
import { DICTIONARY_RATE_COLUMNS, dictionaryRates } from "../compare/dictionary-rates";
import { dfmSimilarity, SIMILARITY_COLUMNS } from "../compare/dfm-similarity";
import { nearestDocuments } from "../compare/nearest-documents";
import type { Dictionary } from "../ingest/dictionary-types";
import { sampleDictionary } from "../ingest/sample-dictionary";
import { dfm } from "../measure/dfm/dfm";
import { dfmTrim } from "../measure/dfm/dfm-trim";
import { dfmWeight } from "../measure/dfm/dfm-weight";
import { dictionaryMatches } from "../measure/dictionary-matches";
import { LEXICAL_DIVERSITY_COLUMNS, lexicalDiversity } from "../measure/style/lexical-diversity";
import { READABILITY_COLUMNS, readability } from "../measure/style/readability";
import { WORDFISH_COLUMNS, WORDFISH_WORD_COLUMNS, wordfish } from "../measure/scaling/wordfish";
import type { Report, ReportItem } from "../render/report";
import type { Corpus, OnWarning } from "../types";

/** Parameters of the style-and-scaling analysis (the notebook's parameters cell shows them). */
export interface StyleParams {
  /** Periods of the style and dictionary trends ("decade", "year", ...). */
  readonly by: string;
  /** The dictionary applied by period (default: the sample `data/dictionaries/diplomacy.yml`). */
  readonly dictionary?: Dictionary;
  /** Level of nested categories counted (1: "diplomacy", "economy"; undefined: full names). */
  readonly dictionaryLevel?: number;
  /** Rows of the Wordfish fit: a field ("speaker": the presidents) or "document". */
  readonly scaleBy: string;
  /** Direction of the Wordfish axis: [lower, higher] row labels. */
  readonly scaleDir: readonly [string, string];
  /** Words kept for Wordfish: in at least this many documents... */
  readonly minDocFreq: number;
  /** ...and counted at least this many times. */
  readonly minCount: number;
  /** Words labelled on the word-weight chart (default: the most extreme). */
  readonly labelWords?: readonly string[];
  /** The address whose nearest speeches are listed. */
  readonly query: string;
  /** How many nearest speeches. */
  readonly top: number;
}

/** Defaults for the bundled State of the Union corpus. */
export const STYLE_PARAMS: StyleParams = {
  by: "decade",
  dictionaryLevel: undefined,
  scaleBy: "speaker",
  scaleDir: ["George Washington", "Joseph R Biden"],
  minDocFreq: 10,
  minCount: 20,
  labelWords: ["slavery", "tariff", "specie", "treaty", "jobs", "terror", "children", "tonight", "gentlemen", "americans"],
  query: "sotu-1941-franklin-d-roosevelt",
  top: 8,
};

/**
 * The analyst's standard kit on a corpus over time: readability and lexical diversity by
 * period, a category dictionary by period (rates with intervals), the speakers (or
 * documents) on one Wordfish axis with intervals and the word weights behind it, and the
 * speeches nearest to one address (cosine on tf-idf), with the speakers' similarity heat map.
 * Pure: notebook 06 and the CLI draw the same charts from it.
 *
 * @param corpus Dated documents (the bundled State of the Union addresses by default in the notebook).
 * @param params {@link STYLE_PARAMS} unless given.
 * @param onWarning Warnings (non-English documents, unmatched dictionary entries, ...).
 * @returns A {@link Report} with items `readability`, `lexical-diversity`, `dictionary`,
 *   `wordfish-positions`, `wordfish-words`, `nearest`, `similarity`.
 * @example
 * const report = styleAndScaling(sotuCorpus());
 * await show(report.items[3].chart);
 */
export function styleAndScaling(corpus: Corpus, params: StyleParams = STYLE_PARAMS, onWarning?: OnWarning): Report {
  const read = readability(corpus, { by: params.by, onWarning });
  const div = lexicalDiversity(corpus, { by: params.by, onWarning });
  const dictionary = params.dictionary ?? sampleDictionary();
  const hits = dictionaryMatches(corpus, dictionary, { onWarning });
  const rates = dictionaryRates(corpus, hits, dictionary, { by: params.by, level: params.dictionaryLevel, onWarning });
  const counts = dfm(corpus, { by: params.scaleBy, stopwords: "en", removeNumbers: true, onWarning });
  const scaled = dfmTrim(counts, { minDocFreq: params.minDocFreq, minCount: params.minCount });
  const fit = wordfish(scaled, { dir: params.scaleDir, onWarning });
  const docs = dfmWeight(dfmTrim(dfm(corpus, { stopwords: "en", removeNumbers: true }), { minDocFreq: 2 }), "tfidf");
  const near = nearestDocuments(docs, params.query, { top: params.top });
  const similar = dfmSimilarity(dfmWeight(scaled, "prop"));
  const items: ReportItem[] = [
    {
      id: "readability",
      title: `Readability by ${params.by}`,
      caption: "Grade levels (Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau) from the summed words, sentences and syllables of each period's English addresses; higher is harder to read.",
      chart: styleTrendChart(read, { fields: ["flesch_kincaid", "gunning_fog", "smog", "coleman_liau"], yTitle: "grade level", title: `Readability by ${params.by}` }),
      table: { columns: READABILITY_COLUMNS, rows: read },
    },
    {
      id: "lexical-diversity",
      title: `Lexical diversity by ${params.by}`,
      caption: "MATTR (mean type-token ratio in 500-word windows, x 100) and MTLD (mean length of a stretch keeping the type-token ratio above 0.72) of each period's addresses, read one after another.",
      chart: styleTrendChart(div.map((r) => ({ ...r, mattr_x100: r.mattr === null ? null : r.mattr * 100 })), { fields: ["mattr_x100", "mtld"], yTitle: "score", title: `Lexical diversity by ${params.by}` }),
      table: { columns: LEXICAL_DIVERSITY_COLUMNS, rows: div },
    },
    {
      id: "dictionary",
      title: `Dictionary "${dictionary.name}" by ${params.by}`,
      caption: `${hits.length} hits of ${dictionary.categories.length} categories, per 1,000 words with 95% Wilson intervals; every hit is a row with its sentence (dictionaryMatches).`,
      chart: termRateBandChart(rates.map((r) => ({ ...r, term: r.category, total_tokens: r.n_words })), { title: `Dictionary categories per 1,000 words, by ${params.by}` }),
      table: { columns: DICTIONARY_RATE_COLUMNS, rows: rates },
    },
    {
      id: "wordfish-positions",
      title: `Wordfish positions by ${params.scaleBy}`,
      caption: `${scaled.rows.length} rows, ${scaled.features.length} words (stopwords removed, in at least ${params.minDocFreq} documents and ${params.minCount} times); θ with 95% intervals, ${params.scaleDir[0]} < ${params.scaleDir[1]} by convention; ${fit.iterations} SQUAREM steps${fit.converged ? "" : " (not converged)"}. The axis is whatever separates the texts most: read it from the word weights.`,
      chart: scalePositionsChart(fit.positions, { title: `Wordfish positions (θ) by ${params.scaleBy}` }),
      table: { columns: WORDFISH_COLUMNS, rows: fit.positions },
    },
    {
      id: "wordfish-words",
      title: "Wordfish word weights (the Eiffel tower)",
      caption: "Each word at its weight β (which end of the axis it marks) and fixed effect ψ (how frequent it is).",
      chart: wordWeightsChart(fit.words, { words: params.labelWords }),
      table: { columns: WORDFISH_WORD_COLUMNS, rows: fit.words.slice().sort((a, b) => Math.abs(b.beta) - Math.abs(a.beta)).slice(0, 200) },
    },
    {
      id: "nearest",
      title: `Addresses nearest to ${params.query}`,
      caption: "Cosine similarity of tf-idf weighted word counts (stopwords removed, words in at least 2 addresses).",
      chart: scalePositionsChart(near.map((r) => ({ row: r.row_b, date: null, cosine: r.value })), { value: "cosine", layout: "rows", title: `Nearest to ${params.query} (cosine, tf-idf)` }),
      table: { columns: SIMILARITY_COLUMNS, rows: near },
    },
    {
      id: "similarity",
      title: `Similarity of ${params.scaleBy}s`,
      caption: "Cosine similarity of word proportions (the Wordfish words), rows in order of first address.",
      chart: similarityHeatmapChart(similar, { title: `Cosine similarity by ${params.scaleBy}` }),
      table: { columns: SIMILARITY_COLUMNS, rows: similar },
    },
  ];
  return { title: "Style and scaling", summary: `${corpus.length} documents: readability, lexical diversity, a dictionary by ${params.by}, Wordfish by ${params.scaleBy}, nearest addresses.`, items };
}
