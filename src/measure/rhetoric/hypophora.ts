import { isQuestion } from "./rhetorical-question";
import { PUNCT, type RhetoricRule, type RuleSpan } from "./rule";

const MAX_ANSWER_WORDS = 15;

/**
 * `hypophora`: a question the speaker answers at once ("Who pays for this war? We do."):
 * a question sentence followed, in the same paragraph (no blank line between), by a short
 * statement (at most 15 words) that is not itself a question. The span covers both.
 * `rhetorical-question` counts every question; this rule counts the answered ones.
 */
export const hypophoraRule: RhetoricRule = {
  id: "hypophora",
  description: "A question answered at once by the speaker: a question, then a short statement (<= 15 words) in the same paragraph.",
  references: [
    "Fahnestock, J. (2011). Rhetorical Style. Oxford University Press (hypophora, anthypophora).",
    "Ilie, C. (1994). What Else Can I Tell You? A Pragmatic Study of English Rhetorical Questions. Almqvist & Wiksell.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let s = 0; s + 1 < doc.sentences; s++) {
      if (!isQuestion(doc, s) || isQuestion(doc, s + 1)) continue;
      const a = doc.sentenceFirstToken[s + 1];
      const b = doc.sentenceFirstToken[s + 2];
      if (b <= a) continue;
      // Same paragraph: no blank line between the question and the answer.
      if (/\n\s*\n/.test(doc.text.slice(doc.sentenceEnd[s], doc.sentenceStart[s + 1]))) continue;
      let words = 0;
      for (let k = a; k < b; k++) if (doc.kind[k] !== PUNCT) words++;
      if (words === 0 || words > MAX_ANSWER_WORDS) continue;
      out.push({ start: doc.start[doc.sentenceFirstToken[s]], end: doc.end[b - 1] });
    }
    return out;
  },
};
