import { argumentError } from "../../errors";
import type { OnWarning } from "../../types";
import { warnNotEnglish } from "../english-only";
import { isEnglishText } from "../is-english-document";
import { isNegator, negationScopes, negatorText, textWords, valenceAt, type Word } from "./stance-words";

/** One scored word of {@link textSentiment}. */
export interface SentimentWord {
  readonly word: string;
  /** UTF-16 offsets of the word in the text. */
  readonly start: number;
  readonly end: number;
  /** AFINN-165 value of the word (-5..5). */
  readonly valence: number;
  /** The negator whose scope covers the word, lowercased ("never", "won't"), or null. */
  readonly negated_by: string | null;
  /** What the word adds to the score: `valence`, sign flipped when negated. */
  readonly contribution: number;
}

/** Result of {@link textSentiment}. */
export interface TextSentiment {
  /** Sum of the contributions. */
  readonly score: number;
  /** Score per word of the text (0 for a text without words). */
  readonly comparative: number;
  readonly n_words: number;
  /** The scored words, in text order. */
  readonly words: readonly SentimentWord[];
}

/**
 * Negation-aware lexicon sentiment of a text: each word's AFINN-165 valence (from the
 * `sentiment` package, plus a few political words AFINN lacks), sign flipped when a
 * negator ("not", "never", "no", "won't", "without", ...) stands up to 3 words before it in
 * the same clause. So "never good" scores -3, where the `sentiment` package gives +3.
 * Words inside a run of capitalised words ("Great Britain", "United Nations") are names and
 * score nothing.
 *
 * Reads English only: a text whose `lang` names another language, or without `lang` whose
 * letters are mostly not Latin script (see `isEnglishDocument`), gets score, comparative
 * and n_words NaN and no words, with a `not_english` warning.
 *
 * @param text Any text.
 * @param options `lang` (none: told by its script), `onWarning`.
 * @returns score, comparative (score per word), n_words and every scored word with its
 *   offsets and the negator that flipped it.
 * @example
 * textSentiment("This is never good.").score; // -3
 * textSentiment("Not bad at all.").score; // 3
 * @see Nielsen, F. Å. (2011). A new ANEW: evaluation of a word list for sentiment analysis in microblogs (AFINN; via the `sentiment` npm package, MIT).
 */
export function textSentiment(text: string, options: { readonly lang?: string; readonly onWarning?: OnWarning } = {}): TextSentiment {
  if (typeof text !== "string") throw argumentError("textSentiment", "argument \"text\"", "a string", text);
  if (!isEnglishText(text, options.lang)) {
    warnNotEnglish("textSentiment", [options.lang], 1, "text", options.onWarning);
    return { score: NaN, comparative: NaN, n_words: NaN, words: [] };
  }
  return scoreWords(textWords(text));
}

/** Scores already split words (internal: sentences reuse their words). */
export function scoreWords(words: readonly Word[]): TextSentiment {
  const scope = negationScopes(words);
  const scored: SentimentWord[] = [];
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    // Negators act by flipping what follows; AFINN's own value for "no" is not added.
    const v = isNegator(words[i].norm) ? 0 : valenceAt(words, i);
    if (v === 0) continue;
    const neg = scope[i] >= 0 ? negatorText(words, scope[i]).toLowerCase().replace(/’/g, "'") : null;
    const contribution = neg === null ? v : -v;
    score += contribution;
    scored.push({ word: words[i].surface, start: words[i].start, end: words[i].end, valence: v, negated_by: neg, contribution });
  }
  return { score, comparative: words.length === 0 ? 0 : score / words.length, n_words: words.length, words: scored };
}
