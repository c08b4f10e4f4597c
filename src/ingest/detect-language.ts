import type * as Franc from "franc-min" with { "resolution-mode": "import" };
import { argumentError, checkInteger } from "../errors";
import { languageCode, UNDETERMINED } from "./language-code";

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * Fewest letters a text needs for its language to be told from letter trigrams (Latin,
   * Cyrillic, Arabic script, ...); shorter texts are "und". Default 40: on the IBM
   * claim-stance claims (used to choose it) franc-min named English for 88% of 30-39-letter
   * claims and 92% at 40-59; on held-out State of the Union sentences, 98% at 40-59 letters
   * and 100% from 100 (bench/language.mjs).
   */
  readonly minLetters?: number;
}

/** Characters read from the start of a text: enough for trigrams, and half the time of franc's own 2,048. */
const SAMPLE = 1000;

/** Fewest letters for a language told by its script alone (Chinese, Japanese, Korean, Greek, Thai, ...). */
const MIN_SCRIPT_LETTERS = 10;

let franc: Promise<typeof Franc> | undefined;

/**
 * The language of `text`: an ISO 639-1 code where one exists ("en", "fa", "ar", "zh"),
 * else ISO 639-3, or "und" when the text is too short to tell.
 *
 * Uses franc-min (the 82 languages with 8 million speakers or more; MIT): its script
 * detection, then letter trigrams on the first 1,000 characters. Codes follow CLDR's
 * aliases, so franc's individual languages become their macrolanguage's code (Iranian
 * Persian "pes" -> "fa", Standard Arabic "arb" -> "ar", Mandarin "cmn" -> "zh"). A text
 * with fewer than `minLetters` letters (40) is "und" rather than a wild guess, unless its
 * script alone names the language (10 letters suffice for Chinese, Japanese, Korean,
 * Greek, Thai and other one-language scripts).
 *
 * @param text - the text
 * @param options - `minLetters` (40)
 * @example
 * ```ts
 * await detectLanguage("The council postponed its vote on the sale of the old harbour."); // "en"
 * await detectLanguage("外交部发言人表示，中方愿意与各方进行谈判。"); // "zh"
 * await detectLanguage("Thank you."); // "und"
 * ```
 */
export async function detectLanguage(text: string, options: DetectLanguageOptions = {}): Promise<string> {
  const fn = "detectLanguage";
  if (typeof text !== "string") throw argumentError(fn, "text", "a string", text);
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const minLetters = options.minLetters === undefined ? 40 : checkInteger(fn, 'option "minLetters"', options.minLetters, 1, SAMPLE);
  const { francAll } = await (franc ??= import("franc-min"));
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < Math.min(minLetters, MIN_SCRIPT_LETTERS)) return UNDETERMINED;
  const ranked = francAll(sample, { minLength: 1 });
  const [best] = ranked[0];
  if (best === UNDETERMINED) return UNDETERMINED;
  // One candidate: the script names the language; otherwise trigrams chose among several.
  if (ranked.length > 1 && letters < minLetters) return UNDETERMINED;
  return languageCode(best) ?? best;
}
