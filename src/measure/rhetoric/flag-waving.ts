import { FLAG_WAVING_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `flag-waving`: appeals to the nation and its unity ("our nation", "the homeland",
 * "patriots", "stand united").
 */
export const flagWavingRule = lexiconRule({
  id: "flag-waving",
  description: "Appeals to the nation, patriotism and unity (our nation, the homeland, patriots, stand united).",
  references: [
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Flag-Waving).",
    "Billig, M. (1995). Banal Nationalism. Sage.",
  ],
  technique: "Flag-waving",
  phrases: FLAG_WAVING_PHRASES,
});
