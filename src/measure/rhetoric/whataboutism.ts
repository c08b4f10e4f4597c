import { WHATABOUT_PHRASES } from "../lexicons/rhetoric-lexicons";
import { phraseEnd } from "./clause";
import { longestPhraseAt, phraseTrie } from "./phrase-list";
import type { RhetoricRule, RuleSpan } from "./rule";

const TRIE = phraseTrie(WHATABOUT_PHRASES);

/**
 * `whataboutism`: a charge turned back on the accuser ("what about ...", "where was the
 * outrage when ...", "but when ..."): the opener and the rest of its clause.
 */
export const whataboutismRule: RhetoricRule = {
  id: "whataboutism",
  description: "A charge turned back on the accuser (what about ..., where was ..., but when ...): the opener and the rest of its clause.",
  references: ["Dimitrov et al. (2021). SemEval-2021 Task 6 (Whataboutism).", "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP."],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const j = longestPhraseAt(doc, TRIE, i);
      if (j <= i) continue;
      const b = Math.max(j, phraseEnd(doc, j, 15));
      out.push({ start: doc.start[i], end: doc.end[b - 1] });
      i = b - 1;
    }
    return out;
  },
};
