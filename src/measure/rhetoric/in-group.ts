import { IN_GROUP_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `in-group`: the speaker's side named: we, us, our, "our nation". With `out-group`,
 * the two rates and their ratio measure us-versus-them framing.
 */
export const inGroupRule = lexiconRule({
  id: "in-group",
  description: "In-group reference: we, us, our, ourselves, our nation, our people.",
  references: [
    "Pennebaker, J. W. (2011). The Secret Life of Pronouns. Bloomsbury.",
    "van Dijk, T. A. (1998). Ideology: A Multidisciplinary Approach. Sage (the ideological square: us and them).",
  ],
  technique: null,
  phrases: IN_GROUP_PHRASES,
});
