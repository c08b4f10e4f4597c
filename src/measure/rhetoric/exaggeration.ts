import { EXAGGERATION_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/** `exaggeration`: superlatives and extremes ("the worst ever", "never before", "millions of", "totally"). */
export const exaggerationRule = lexiconRule({
  id: "exaggeration",
  description: "Superlatives and extremes (ever, in history, the worst, never before, millions of, totally).",
  references: ["Dimitrov et al. (2021). SemEval-2021 Task 6 (Exaggeration/Minimisation)."],
  technique: null,
  phrases: EXAGGERATION_PHRASES,
});
