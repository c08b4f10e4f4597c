import { argumentError } from "../../errors";
import type { Corpus, OnWarning } from "../../types";
import { englishOnly } from "../english-only";
import { corpusSentenceWords } from "./stance-words";
import { scoreWords } from "./text-sentiment";

/** Columns of {@link sentenceSentiment}. */
export const SENTENCE_SENTIMENT_COLUMNS = ["doc_id", "sentence_index", "start", "end", "score", "comparative", "n_words", "n_negated", "lexicon", "scored_words", "sentence"] as const;

/** One sentence's negation-aware sentiment. */
export type SentenceSentimentRow = {
  readonly doc_id: string;
  /** Index of the sentence in its document (0-based). */
  readonly sentence_index: number;
  /** UTF-16 offsets of the sentence in the document text. */
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** Score per word. */
  readonly comparative: number;
  readonly n_words: number;
  /** Scored words whose sign a negation flipped. */
  readonly n_negated: number;
  /** Lexicon behind the score: "afinn-165+negation". */
  readonly lexicon: string;
  /** The scored words as `word:contribution`, e.g. "good:-3(never) crisis:-3". */
  readonly scored_words: string;
  readonly sentence: string;
};

/**
 * Negation-aware sentiment of every sentence of a corpus (see `textSentiment`): one row
 * per sentence, in document order, with the scored words that make up its score.
 *
 * Reads English only (AFINN is an English lexicon; see `isEnglishDocument`): documents in
 * other languages have no rows, and one `not_english` warning names their languages.
 *
 * @param corpus Documents.
 * @param options `onWarning`: the `not_english` warning.
 * @returns Rows {@link SENTENCE_SENTIMENT_COLUMNS}.
 * @example
 * sentenceSentiment([{ id: "a", text: "Talks were never good. We like peace.", meta: {} }]).map((r) => r.score);
 * // [-3, 4]
 */
export function sentenceSentiment(corpus: Corpus, options: { readonly onWarning?: OnWarning } = {}): SentenceSentimentRow[] {
  if (!Array.isArray(corpus)) throw argumentError("sentenceSentiment", "argument \"corpus\"", "an array of documents", corpus);
  const english = englishOnly("sentenceSentiment", corpus, options.onWarning);
  if (english.corpus !== corpus) return sentenceSentiment(english.corpus);
  return [...corpusSentenceWords(corpus)].map((s) => {
    const r = scoreWords(s.words);
    return {
      doc_id: s.doc.id,
      sentence_index: s.index,
      start: s.start,
      end: s.end,
      score: r.score,
      comparative: r.comparative,
      n_words: r.n_words,
      n_negated: r.words.filter((w) => w.negated_by !== null).length,
      lexicon: "afinn-165+negation",
      scored_words: r.words.map((w) => `${w.word}:${w.contribution}${w.negated_by ? `(${w.negated_by})` : ""}`).join(" "),
      sentence: s.text,
    };
  });
}
