import { correlativeSpans } from "./clause";
import type { RhetoricRule } from "./rule";

/**
 * `neither-nor`: "neither X nor Y" in one sentence, a double refusal ("neither
 * bilaterally nor multilaterally"). Not "neither" alone ("neither did I").
 */
export const neitherNorRule: RhetoricRule = {
  id: "neither-nor",
  description: "Neither ... nor: a double negation closing both options, within one sentence (at most 25 tokens apart).",
  references: [
    "Quirk, R. et al. (1985). A Comprehensive Grammar of the English Language. Longman, 13.37 (correlative coordination).",
  ],
  technique: null,
  find: (doc) => correlativeSpans(doc, "neither", "nor", 25, 10),
};
