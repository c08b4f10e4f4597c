import afinn = require("sentiment/languages/en/labels.json");
import { lexiconRule } from "./lexicon-rule";

/** Smallest AFINN-165 magnitude counted as loaded: negative words at -3 and below, positive at 4 and above. */
export const LOADED_NEGATIVE = -3;
/** @internal */
export const LOADED_POSITIVE = 4;

const phrases = Object.entries(afinn as Record<string, number>)
  .filter(([, v]) => v <= LOADED_NEGATIVE || v >= LOADED_POSITIVE)
  .map(([k]) => k)
  .sort();

/**
 * `loaded-language`: high-intensity evaluative words, from the AFINN-165 lexicon (Nielsen
 * 2011, shipped in the `sentiment` npm package, MIT): words scored -3 to -5 ("brutal",
 * "vicious", "awful") or +4 to +5 ("outstanding"). Milder words ("bad", "good") are not
 * counted.
 */
export const loadedLanguageRule = lexiconRule({
  id: "loaded-language",
  description: "High-intensity evaluative words: AFINN-165 score <= -3 or >= 4.",
  references: [
    "Nielsen, F. Å. (2011). A new ANEW: Evaluation of a word list for sentiment analysis in microblogs. ESWC workshop (AFINN); AFINN-165 via the sentiment npm package (MIT).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Loaded_Language).",
  ],
  technique: "Loaded Language",
  phrases,
});
