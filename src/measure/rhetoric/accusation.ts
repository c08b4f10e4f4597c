import { ACCUSATION_PHRASES } from "../lexicons/rhetoric-lexicons";
import { phraseEnd } from "./clause";
import { longestPhraseAt, phraseTrie } from "./phrase-list";
import { PUNCT, type RhetoricRule, type RuleSpan } from "./rule";

const TRIE = phraseTrie(ACCUSATION_PHRASES);
/** Tokens of the clause kept around the accusation word, each side. */
const REACH = 12;

/**
 * `accusation`: a clause charging someone with wrongdoing ("the senator lied under oath",
 * "a rigged election"): the whole clause around an accusation word, as annotators mark a
 * smear (the statement, not the one word).
 */
export const accusationRule: RhetoricRule = {
  id: "accusation",
  description: "A clause charging someone with wrongdoing (lied, corrupt, rigged, cover-up): the clause around the accusation word.",
  references: [
    "Dimitrov et al. (2021). SemEval-2021 Task 6: Detection of Persuasion Techniques in Texts and Images (Smears).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const j = longestPhraseAt(doc, TRIE, i);
      if (j <= i) continue;
      // Back to the clause start (punctuation or sentence start), at most REACH tokens.
      let a = i;
      while (a > 0 && i - a < REACH && doc.sentence[a - 1] === doc.sentence[i] && doc.kind[a - 1] !== PUNCT) a--;
      const b = phraseEnd(doc, j, REACH);
      out.push({ start: doc.start[a], end: doc.end[Math.max(b, j) - 1] });
      i = Math.max(b, j) - 1;
    }
    return out;
  },
};
