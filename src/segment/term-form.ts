/**
 * What a word is counted as: itself, its stem or its lemma. A term form maps a normalized
 * word form to the feature it is counted under; it is applied once per distinct form of
 * the vocabulary (never per token), so stemming a corpus costs one call per type.
 */
import { argumentError, checkOneOf } from "../errors";

/**
 * The stemmers of `natural` (8.1.1) by language code, each loaded from its own module
 * (natural's index would load dotenv and every other part of natural, ~1.3 s).
 * "en" is Porter (1980); "en-lancaster" the Lancaster (Paice/Husk) stemmer; "fr-carry"
 * Carry (Paternostre et al. 2002); the others natural's Porter-style (Snowball) stemmers.
 */
export const STEM_LANGUAGES = {
  en: "porter_stemmer",
  "en-lancaster": "lancaster_stemmer",
  de: "porter_stemmer_de",
  es: "porter_stemmer_es",
  fa: "porter_stemmer_fa",
  fr: "porter_stemmer_fr",
  "fr-carry": "Carry/index",
  id: "indonesian/stemmer_id",
  it: "porter_stemmer_it",
  ja: "stemmer_ja",
  nl: "porter_stemmer_nl",
  no: "porter_stemmer_no",
  pt: "porter_stemmer_pt",
  ru: "porter_stemmer_ru",
  sv: "porter_stemmer_sv",
  uk: "porter_stemmer_uk",
} as const;
/** A language code natural stems (a key of {@link STEM_LANGUAGES}). */
export type StemLanguage = keyof typeof STEM_LANGUAGES;

/** How words become features: `stem` (a language of {@link STEM_LANGUAGES}) or `lemma`. */
export interface TermFormOptions {
  /** Count words by their stem in this language ("en", "de", "fr", ...). Default: no stemming. */
  readonly stem?: string | false;
  /** Count English words by their lemma (wink-lemmatizer, WordNet). Default false. */
  readonly lemma?: boolean;
}

/** A resolved term form. @internal */
export interface TermForm {
  /** "stem:en", "lemma:en": identifies the form in caches. */
  readonly key: string;
  /** The language the form reads. */
  readonly lang: string;
  /** The feature of a normalized word form. */
  reduce(word: string): string;
}

interface Stemmer {
  stem(word: string): string;
}
interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

const stemmers = new Map<string, Stemmer>();
let lemmatizer: Lemmatizer | undefined;

/**
 * The term form of the options, or undefined when words count as themselves. Throws an
 * `invalid_argument` error for an unknown stemming language or for stem and lemma together.
 * @internal
 */
export function termForm(fn: string, options: TermFormOptions): TermForm | undefined {
  const stem = options.stem ?? false;
  const lemma = options.lemma ?? false;
  if (typeof lemma !== "boolean") throw argumentError(fn, 'option "lemma"', "a boolean", lemma);
  if (stem !== false && lemma) throw argumentError(fn, 'options "stem" and "lemma"', "not both set", `stem ${stem} with lemma`);
  if (lemma) return { key: "lemma:en", lang: "en", reduce: lemmaOf };
  if (stem === false) return undefined;
  const lang = checkOneOf(fn, 'option "stem"', typeof stem === "string" ? stem.toLowerCase() : stem, Object.keys(STEM_LANGUAGES) as StemLanguage[]);
  const stemmer = stemmerOf(lang);
  const cache = new Map<string, string>();
  return {
    key: `stem:${lang}`,
    lang: lang.slice(0, 2),
    reduce: (word) => {
      let s = cache.get(word);
      if (s === undefined) cache.set(word, (s = stemmer.stem(word) || word));
      return s;
    },
  };
}

function stemmerOf(lang: StemLanguage): Stemmer {
  let s = stemmers.get(lang);
  if (!s) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    s = require(`natural/lib/natural/stemmers/${STEM_LANGUAGES[lang]}`) as Stemmer;
    stemmers.set(lang, s);
  }
  return s;
}

/**
 * The lemma of an English word read without its part of speech (one lemma per word form,
 * as the one tokenization has no tags): the noun lemma when it differs from the word
 * ("policies" -> "policy"), else the verb lemma ("negotiating" -> "negotiate", "was" -> "be"),
 * else the adjective lemma ("better" -> "good"). So "left" is "leave" and "data" "datum".
 */
function lemmaOf(word: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lemmatizer ??= require("wink-lemmatizer") as Lemmatizer;
  if (!/^[a-z][a-z'-]*$/.test(word)) return word;
  const noun = lemmatizer.noun(word);
  if (noun !== word) return noun;
  const verb = lemmatizer.verb(word);
  if (verb !== word) return verb;
  return lemmatizer.adjective(word);
}
