import { CLICHE_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/** `cliche`: stock phrases that end thought ("it is what it is", "enough is enough", "wake up"). */
export const clicheRule = lexiconRule({
  id: "cliche",
  description: "Stock phrases that discourage thought (it is what it is, enough is enough, end of story, wake up).",
  references: ["Lifton, R. J. (1961). Thought Reform and the Psychology of Totalism (thought-terminating cliché).", "Dimitrov et al. (2021). SemEval-2021 Task 6 (Thought-terminating cliché)."],
  technique: null,
  phrases: CLICHE_PHRASES,
});
