import { argumentError } from "../../errors";
import type { Corpus, OnWarning } from "../../types";
import { englishOnly } from "../english-only";
import { sentenceSentiment } from "./sentence-sentiment";

/** Columns of {@link documentSentiment}. */
export const DOCUMENT_SENTIMENT_COLUMNS = ["doc_id", "date", "speaker", "score", "n_words", "per_100_words", "n_sentences", "n_positive", "n_negative", "share_negative"] as const;

/** One document's negation-aware sentiment. */
export type DocumentSentimentRow = {
  readonly doc_id: string;
  readonly date: string | null;
  readonly speaker: string | null;
  /** Sum of the sentence scores. */
  readonly score: number;
  readonly n_words: number;
  /** Score per 100 words (NaN for a document without words). */
  readonly per_100_words: number;
  readonly n_sentences: number;
  /** Sentences scoring above / below 0. */
  readonly n_positive: number;
  readonly n_negative: number;
  /** n_negative / (n_positive + n_negative); NaN when no sentence is scored. */
  readonly share_negative: number;
};

/**
 * Negation-aware sentiment of each document: the sum of its sentence scores (see
 * `sentenceSentiment`), per 100 words, and how many sentences lean each way.
 *
 * Reads English only (see `isEnglishDocument`): a document in another language has a row
 * with every number NaN (null once written: no score, never 0), and one `not_english`
 * warning names the languages.
 *
 * @param corpus Documents.
 * @param options `onWarning`: the `not_english` warning.
 * @returns Rows {@link DOCUMENT_SENTIMENT_COLUMNS}, one per document in corpus order.
 * @example
 * documentSentiment([{ id: "a", text: "Talks were never good. We like peace.", meta: {} }])[0].score; // 1
 */
export function documentSentiment(corpus: Corpus, options: { readonly onWarning?: OnWarning } = {}): DocumentSentimentRow[] {
  if (!Array.isArray(corpus)) throw argumentError("documentSentiment", "argument \"corpus\"", "an array of documents", corpus);
  const english = englishOnly("documentSentiment", corpus, options.onWarning);
  if (english.corpus !== corpus) {
    const scored = new Map(documentSentiment(english.corpus).map((r) => [r.doc_id, r]));
    const none = { score: NaN, n_words: NaN, per_100_words: NaN, n_sentences: NaN, n_positive: NaN, n_negative: NaN, share_negative: NaN };
    return corpus.map((d) => scored.get(d.id) ?? { doc_id: d.id, date: d.date ?? null, speaker: d.speaker ?? null, ...none });
  }
  const acc = new Map(corpus.map((d) => [d.id, { score: 0, words: 0, n: 0, pos: 0, neg: 0 }]));
  for (const r of sentenceSentiment(corpus)) {
    const a = acc.get(r.doc_id)!;
    a.score += r.score;
    a.words += r.n_words;
    a.n++;
    if (r.score > 0) a.pos++;
    else if (r.score < 0) a.neg++;
  }
  return corpus.map((d) => {
    const a = acc.get(d.id)!;
    return {
      doc_id: d.id,
      date: d.date ?? null,
      speaker: d.speaker ?? null,
      score: a.score,
      n_words: a.words,
      per_100_words: a.words === 0 ? NaN : (100 * a.score) / a.words,
      n_sentences: a.n,
      n_positive: a.pos,
      n_negative: a.neg,
      share_negative: a.pos + a.neg === 0 ? NaN : a.neg / (a.pos + a.neg),
    };
  });
}
