import { FEAR_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `appeal-to-fear`: words that raise the fear of a threat ("threat", "destroy",
 * "infiltration", "brought to their knees").
 */
export const appealToFearRule = lexiconRule({
  id: "appeal-to-fear",
  description: "Words raising fear of a threat or enemy (threat, destroy, infiltrate, attack, terror).",
  references: [
    "Walton, D. (2000). Scare Tactics: Arguments that Appeal to Fear and Threats. Kluwer.",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Appeal_to_fear-prejudice).",
  ],
  technique: null,
  phrases: FEAR_PHRASES,
  exceptions: ["die hard", "war room"],
});
