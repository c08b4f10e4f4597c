import { ABSOLUTE_EXCEPTIONS, ABSOLUTE_HEDGES, ABSOLUTE_PHRASES, NO_IDIOMS } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";
import { WORD, type RhetoricRule, type RuleSpan } from "./rule";

const words = lexiconRule({
  id: "absolutes",
  description: "",
  references: [],
  technique: null,
  phrases: ABSOLUTE_PHRASES,
  blockedAfter: ABSOLUTE_HEDGES,
  exceptions: ABSOLUTE_EXCEPTIONS,
});
const IDIOMS: ReadonlySet<string> = new Set(NO_IDIOMS);

/**
 * `absolutes`: universal quantifiers and absolutes: the words and phrases of a list ("all",
 * "every", "never", "no one", "at any level", "the only way"), unless hedged right before
 * ("not all", "almost every") or idiomatic ("all right", "after all"); and "no" as a
 * determiner before a word ("no negotiations", "no results"), except in idioms ("no
 * longer", "no doubt", "no matter") and the "no one" the list already has.
 */
export const absolutesRule: RhetoricRule = {
  id: "absolutes",
  description: "Universal quantifiers and absolutes (all, every, never, no one, no + noun, at any level), not hedged or idiomatic.",
  references: [
    "Walton, D. (1999). Rethinking the fallacy of hasty generalization. Argumentation 13, 161-182.",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Exaggeration/Minimisation).",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = words.find(doc);
    for (let i = 0; i + 1 < doc.length; i++) {
      if (doc.forms[i] !== "no" || doc.kind[i + 1] !== WORD || doc.sentence[i + 1] !== doc.sentence[i] || IDIOMS.has(doc.forms[i + 1])) continue;
      out.push({ start: doc.start[i], end: doc.end[i + 1] });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
