import stopword = require("stopword");
import { argumentError } from "../errors";
import { languageCode } from "../ingest/language-code";

/** ISO 639-3 codes of the stopword lists shipped by the `stopword` package (eng, deu, fra, fas, ara, ...). */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(stopword)
  .filter((k) => Array.isArray((stopword as Record<string, unknown>)[k]) && /^[a-z]{3}/.test(k))
  .sort();

/** The package's list for each canonical language code ("en" -> "eng", "fa" -> "fas", "zh" -> "zho", "hi" -> "hin"), as `meta.lang` names languages. */
const BY_CODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const key of STOPWORD_LANGUAGES) {
    const code = /^[a-z]{3}$/.test(key) ? languageCode(key) : undefined;
    if (code !== undefined && !m.has(code)) m.set(code, key);
  }
  return m;
})();

/** Clitic tokens the tokenizer splits off ("'s", "n't"): stopwords in English. */
const ENGLISH_CLITICS = ["'s", "'d", "'m", "'re", "'ve", "'ll", "n't"];

/**
 * The stopword list for a language, lowercased, from the maintained `stopword` package
 * (MIT; lists compiled from several open sources, see its README): 60 languages, among
 * them English, Persian, Arabic, Urdu, Hindi, Chinese, Japanese and Thai.
 *
 * @param language ISO 639-3 code ("eng", "deu", "fas", ...), ISO 639-1 code ("en", "fa",
 *   "zh"), or any tag naming one of them ("en-GB", "pes").
 * @returns A set of lowercase words (English adds the clitics "'s", "n't", ...).
 * @throws DiscourseError `invalid_argument` for an unknown language, listing the known ones.
 * @example
 * stopwords("en").has("the"); // true
 * stopwords("fa").has("از");  // true
 * @see https://github.com/fergiemcdowall/stopword
 */
export function stopwords(language: string): ReadonlySet<string> {
  return new Set(stopwordsFor("stopwords", language));
}

/**
 * The stopword list of a language (see {@link stopwords}); undefined for a language
 * without a list when `fn` is undefined, else an `invalid_argument` error naming `fn`.
 * @internal
 */
export function stopwordsFor(fn: string, language: unknown): readonly string[];
export function stopwordsFor(fn: string | undefined, language: unknown): readonly string[] | undefined;
export function stopwordsFor(fn: string | undefined, language: unknown): readonly string[] | undefined {
  const key = keyOf(language);
  if (key === undefined) {
    if (fn === undefined) return undefined;
    const known = `${STOPWORD_LANGUAGES.join(", ")} (or en, de, fr, fa, zh, ...)`;
    if (fn === "stopwords") throw argumentError(fn, 'argument "language"', `one of ${known}`, language);
    throw argumentError(fn, 'option "stopwords"', `"auto", "file:PATH", +word, -word or languages among ${known}`, language);
  }
  let list = cache.get(key);
  if (list === undefined) {
    const words = ((stopword as Record<string, unknown>)[key] as string[]).map((w) => w.toLowerCase());
    if (key === "eng") words.push(...ENGLISH_CLITICS);
    cache.set(key, (list = words));
  }
  return list;
}

const cache = new Map<string, readonly string[]>();

function keyOf(language: unknown): string | undefined {
  if (typeof language !== "string" || language === "") return undefined;
  if (STOPWORD_LANGUAGES.includes(language)) return language;
  const code = languageCode(language);
  return code === undefined ? undefined : BY_CODE.get(code);
}
