import { OUT_GROUP_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `out-group`: the other side named: they, them, their, "the enemy", "the other side".
 * Add named adversaries with a pattern rule of your own (see {@link rhetoricMatches}).
 */
export const outGroupRule = lexiconRule({
  id: "out-group",
  description: "Out-group reference: they, them, their, the enemy, the other side.",
  references: [
    "van Dijk, T. A. (1998). Ideology: A Multidisciplinary Approach. Sage (the ideological square: us and them).",
  ],
  technique: null,
  phrases: OUT_GROUP_PHRASES,
});
