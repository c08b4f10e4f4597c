import { ABSOLUTE_EXCEPTIONS, ABSOLUTE_HEDGES, ABSOLUTE_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `absolutes`: universal quantifiers and absolutes ("all", "every", "never", "no one",
 * "at any level", "the only way"), unless hedged right before ("not all", "almost
 * every") or idiomatic ("all right", "after all").
 */
export const absolutesRule = lexiconRule({
  id: "absolutes",
  description: "Universal quantifiers and absolutes (all, every, never, no one, at any level), not hedged or idiomatic.",
  references: [
    "Walton, D. (1999). Rethinking the fallacy of hasty generalization. Argumentation 13, 161-182.",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Exaggeration/Minimisation).",
  ],
  technique: null,
  phrases: ABSOLUTE_PHRASES,
  blockedAfter: ABSOLUTE_HEDGES,
  exceptions: ABSOLUTE_EXCEPTIONS,
});
