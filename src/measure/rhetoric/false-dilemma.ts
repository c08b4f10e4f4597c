import { correlativeSpans } from "./clause";
import type { RhetoricRule } from "./rule";

/**
 * `false-dilemma`: "either X or Y" in one sentence, the two options presented as the only
 * ones ("either very simple-minded or a collaborator"). Not "either" alone ("not that
 * either"), nor "or" without "either".
 */
export const falseDilemmaRule: RhetoricRule = {
  id: "false-dilemma",
  description: "Either ... or: two options presented as the only ones, within one sentence (at most 25 tokens apart).",
  references: [
    "Tindale, C. W. (2007). Fallacies and Argument Appraisal. Cambridge University Press (false dilemma).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Black-and-White Fallacy).",
  ],
  // 5 spans in the data (4 correct): too few to claim the technique on 4 of 5 cross-validation folds.
  technique: null,
  find: (doc) => correlativeSpans(doc, "either", "or", 25, 10),
};
