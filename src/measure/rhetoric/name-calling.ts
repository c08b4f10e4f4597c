import { NAME_CALLING_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `name-calling`: a pejorative label applied to a person, group or state ("puppet
 * regime", "traitor", "milking cows", "simple-minded"), from a curated list.
 */
export const nameCallingRule = lexiconRule({
  id: "name-calling",
  description: "A pejorative label for a person, group or state (puppet regime, traitor, thug, milking cows).",
  references: [
    "Miller, C. R. (1939). How to Detect and Analyze Propaganda. Institute for Propaganda Analysis (name calling).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Name_Calling,Labeling).",
  ],
  technique: "Name calling/Labeling",
  phrases: NAME_CALLING_PHRASES,
  exceptions: ["sheep farm*", "rat race", "pig iron", "criminal justice", "criminal law", "criminal code"],
});
