import type { Corpus, Document } from "../types";
import { argumentError, describe, DiscourseError, ErrorCode } from "../errors";
import { detectLanguage, type DetectLanguageOptions } from "./detect-language";
import { freezeCorpus } from "./freeze-corpus";
import { languageCode } from "./language-code";

/** Options of {@link withLanguages}. */
export interface WithLanguagesOptions extends DetectLanguageOptions {
  /**
   * The language of every document that does not name its own (in `meta.lang`): a code
   * such as "en", "fa", "fa-IR" or "pes" (stored as "fa"). Default: none, and each such
   * document's language is detected.
   */
  readonly lang?: string;
}

/**
 * The corpus with `meta.lang` set on every document: an ISO 639-1 code where one exists
 * ("en", "fa", "ar", "zh"), else ISO 639-3, or "und" when undetermined.
 *
 * A document's own `meta.lang` (a `lang` field of its record or front matter) wins and is
 * normalized ("EN", "en-GB", "eng" -> "en"); then option `lang`; otherwise the language is
 * detected by {@link detectLanguage} (texts shorter than `minLetters` letters are "und").
 * A `lang` that names no language is an `invalid_input` error naming the document and its
 * source; a bad option `lang` is an `invalid_argument` error.
 *
 * @param corpus - the documents
 * @param options - `lang` (none: detect), `minLetters` (40)
 * @example
 * ```ts
 * const corpus = await withLanguages(await readFolder("speeches"));
 * corpus.map((d) => d.meta.lang); // ["en", "fa", "und", ...]
 * const persian = await withLanguages(corpus, { lang: "fa" }); // every document without its own lang
 * ```
 */
export async function withLanguages(corpus: Corpus, options: WithLanguagesOptions = {}): Promise<Corpus> {
  const language = languageSetter("withLanguages", options);
  const out: Document[] = [];
  for (const doc of corpus) out.push(await language(doc));
  return freezeCorpus(out);
}

/**
 * Checks the options of {@link withLanguages} and returns the function giving one
 * document its `meta.lang` (the document itself when it already has that code), so a
 * stream of documents can be given languages one at a time. With `detect: false`, a
 * document without its own `lang` and without option `lang` is returned as it is.
 * @internal
 */
export function languageSetter(fn: string, options: WithLanguagesOptions, detect = true): (doc: Document) => Promise<Document> {
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  let corpusLang: string | undefined;
  if (options.lang !== undefined) {
    corpusLang = typeof options.lang === "string" ? languageCode(options.lang) : undefined;
    if (corpusLang === undefined) throw argumentError(fn, 'option "lang"', 'a language code such as "en", "fa" or "zh"', options.lang);
  }
  const detection: DetectLanguageOptions = options.minLetters === undefined ? {} : { minLetters: options.minLetters };
  return async (doc) => {
    const own = doc.meta.lang;
    let lang: string;
    if (own !== undefined && own !== null && own !== "") {
      const code = typeof own === "string" ? languageCode(own) : undefined;
      if (code === undefined) {
        const where = doc.source === undefined ? "" : `${doc.source}: `;
        throw new DiscourseError(
          ErrorCode.invalidInput,
          `${where}document ${describe(doc.id)}: field "lang" must be a language code such as "en", "fa" or "zh"; got ${describe(own)}`,
          doc.source === undefined ? {} : { file: doc.source },
        );
      }
      lang = code;
    } else if (corpusLang !== undefined) lang = corpusLang;
    else if (detect) lang = await detectLanguage(doc.text, detection);
    else return doc;
    return doc.meta.lang === lang ? doc : { ...doc, meta: { ...doc.meta, lang } };
  };
}
