import afinn = require("sentiment/languages/en/labels.json");
import { lexiconRule } from "./lexicon-rule";

const phrases = Object.entries(afinn as Record<string, number>)
  .filter(([, v]) => v === -2)
  .map(([k]) => k)
  .sort();

/**
 * `loaded-language-mild`: negative evaluative words of middle intensity, AFINN-165 score -2
 * ("vicious", "sad", "ridiculous"): the words `loaded-language` leaves out. They claim
 * Loaded Language because cross-validation says so: on each of the 5 fixed folds of the
 * SemEval-2021 Task 6 spans their precision on the other 4 folds was at least 0.5, and the
 * loaded-language claim (both rules) holds 0.623 precision on held-out folds (bench/rhetoric.mjs).
 */
export const loadedLanguageMildRule = lexiconRule({
  id: "loaded-language-mild",
  description: "Negative evaluative words of middle intensity: AFINN-165 score -2.",
  references: [
    "Nielsen, F. Å. (2011). A new ANEW: Evaluation of a word list for sentiment analysis in microblogs. ESWC workshop (AFINN); AFINN-165 via the sentiment npm package (MIT).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Loaded_Language).",
  ],
  technique: "Loaded Language",
  phrases,
});
