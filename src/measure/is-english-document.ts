import type { Document } from "../types";

/** Characters read from the start of a text to tell its script (as language detection reads 1,000). */
const SAMPLE = 1000;
const latin = /\p{Script=Latin}/u;
const letter = /\p{L}/u;

/**
 * Whether the English-only measures (sentiment, stance markers, target stance, claim
 * stance, the built-in rhetoric rules) read a document, by its language `meta.lang` (as
 * `loadCorpus` sets it: the document's own field, `--lang`, or detected):
 * - "en" (or "en-GB", "eng", ...): read;
 * - any other language ("fa", "zh", "de", ...): not read; those measures give no score
 *   for it (null, never 0) and say so in one warning;
 * - "und" (too short to tell) or no `lang` at all (a corpus built in code): read when at
 *   least half of the letters of its first 1,000 characters are Latin script (a short
 *   English line reads; a short Persian or Chinese one does not), and when it has no letter.
 *
 * @param doc A document.
 * @returns true when the English-only measures read it.
 * @example
 * isEnglishDocument({ id: "a", text: "We will not negotiate.", meta: { lang: "en" } });   // true
 * isEnglishDocument({ id: "b", text: "ما مذاکره نمی‌کنیم.", meta: { lang: "fa" } });     // false
 * isEnglishDocument({ id: "c", text: "Thank you.", meta: { lang: "und" } });             // true
 * isEnglishDocument({ id: "d", text: "谢谢。", meta: {} });                                // false
 */
export function isEnglishDocument(doc: Document): boolean {
  return isEnglishText(doc.text, doc.meta.lang);
}

/** {@link isEnglishDocument} for a text and its language code (undefined or "und": by script). @internal */
export function isEnglishText(text: string, lang: unknown): boolean {
  if (typeof lang === "string" && lang !== "" && lang.toLowerCase() !== "und") {
    const primary = lang.toLowerCase().split(/[-_]/)[0];
    return primary === "en" || primary === "eng";
  }
  let latinLetters = 0;
  let letters = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latinLetters++;
      }
      continue;
    }
    const ch = text[i];
    if (letter.test(ch)) {
      letters++;
      if (latin.test(ch)) latinLetters++;
    }
  }
  return 2 * latinLetters >= letters;
}
