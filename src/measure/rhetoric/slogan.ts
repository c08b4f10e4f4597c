import { PUNCT, type RhetoricRule, type RuleSpan } from "./rule";

/** Words of a short exclamation read as a slogan. */
const MIN_WORDS = 2;
const MAX_WORDS = 6;

/**
 * `slogan`: a short exclamation of two to six words ending in "!" ("Lock her up!", "Drain the
 * swamp!"), or a hashtag phrase ("#StopTheSteal"): the words and the mark.
 */
export const sloganRule: RhetoricRule = {
  id: "slogan",
  description: "A short exclamation of 2 to 6 words ending in ! (Drain the swamp!), or a hashtag.",
  references: ["Dimitrov et al. (2021). SemEval-2021 Task 6 (Slogans).", "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP."],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let s = 0; s < doc.sentences; s++) {
      const a = doc.sentenceFirstToken[s];
      const b = doc.sentenceFirstToken[s + 1];
      if (b <= a) continue;
      let words = 0;
      for (let i = a; i < b; i++) {
        if (doc.kind[i] !== PUNCT) words++;
        // A hashtag is one token ("#VoteThemOut"); a lone "#" glued to the next word reads the same.
        if (doc.forms[i].length > 1 && doc.forms[i].startsWith("#")) out.push({ start: doc.start[i], end: doc.end[i] });
        else if (doc.forms[i] === "#" && i + 1 < b && doc.kind[i + 1] !== PUNCT && doc.start[i + 1] === doc.end[i]) out.push({ start: doc.start[i], end: doc.end[i + 1] });
      }
      let last = b - 1;
      while (last > a && doc.kind[last] === PUNCT && doc.forms[last] !== "!") last--;
      if (doc.forms[last] === "!" && words >= MIN_WORDS && words <= MAX_WORDS) {
        let first = a;
        while (first < last && doc.kind[first] === PUNCT) first++;
        out.push({ start: doc.start[first], end: doc.end[last] });
      }
    }
    return out;
  },
};
