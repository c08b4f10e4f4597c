import { NECESSITY_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `necessity`: necessity modals and directives ("must", "should", "have to",
 * "everyone should know", "let us"); not "must have" (epistemic) nor "should I".
 */
export const necessityRule = lexiconRule({
  id: "necessity",
  description: "Necessity modals and directives: must, should, have to, need to, let us, everyone should know.",
  references: [
    "Palmer, F. R. (2001). Mood and Modality (2nd ed.). Cambridge University Press (deontic modality).",
  ],
  technique: null,
  phrases: NECESSITY_PHRASES,
  blockedBefore: ["have", "i", "you", "he", "she", "it"],
});
