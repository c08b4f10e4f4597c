import stopword = require("stopword");
import { argumentError } from "../errors";

/** ISO 639-3 codes of the stopword lists shipped by the `stopword` package (eng, deu, fra, fas, ara, ...). */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(stopword)
  .filter((k) => Array.isArray((stopword as Record<string, unknown>)[k]) && /^[a-z]{3}/.test(k))
  .sort();

/** Two-letter aliases for the commonest languages. */
const ALIASES: Record<string, string> = {
  en: "eng", de: "deu", fr: "fra", es: "spa", it: "ita", pt: "por", nl: "nld", ru: "rus", ar: "ara",
  fa: "fas", tr: "tur", zh: "zho", ja: "jpn", pl: "pol", sv: "swe", da: "dan", fi: "fin", el: "ell",
};

/** Clitic tokens the tokenizer splits off ("'s", "n't"): stopwords in English. */
const ENGLISH_CLITICS = ["'s", "'d", "'m", "'re", "'ve", "'ll", "n't"];

/**
 * The stopword list for a language, lowercased, from the maintained `stopword` package
 * (MIT; lists compiled from several open sources, see its README).
 *
 * @param language ISO 639-3 code ("eng", "deu", "fas", ...) or a two-letter alias ("en").
 * @returns A set of lowercase words (English adds the clitics "'s", "n't", ...).
 * @throws DiscourseError `invalid_argument` for an unknown language, listing the known ones.
 * @example
 * stopwords("en").has("the"); // true
 * @see https://github.com/fergiemcdowall/stopword
 */
export function stopwords(language: string): ReadonlySet<string> {
  const code = ALIASES[language] ?? language;
  const list = (stopword as Record<string, unknown>)[code];
  if (!STOPWORD_LANGUAGES.includes(code) || !Array.isArray(list)) {
    throw argumentError("stopwords", "argument \"language\"", `one of ${STOPWORD_LANGUAGES.join(", ")} (or en, de, fr, ...)`, language);
  }
  const set = new Set<string>(list.map((w: string) => w.toLowerCase()));
  if (code === "eng") for (const c of ENGLISH_CLITICS) set.add(c);
  return set;
}
