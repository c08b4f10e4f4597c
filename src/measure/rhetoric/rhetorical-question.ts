import { PUNCT, type RhetoricRule, type RuleContext, type RuleSpan } from "./rule";

/**
 * `rhetorical-question`: a sentence ending in a question mark, in monologue (a speech or
 * a statement asks questions for effect, answered or not). The span is the sentence.
 * Not a "?" inside a sentence that goes on ("the 'why?' of it").
 */
export const rhetoricalQuestionRule: RhetoricRule = {
  id: "rhetorical-question",
  description: "A question in monologue: a sentence whose last punctuation is a question mark (?, ?!, ?\").",
  references: [
    "Ilie, C. (1994). What Else Can I Tell You? A Pragmatic Study of English Rhetorical Questions as Discursive and Argumentative Acts. Almqvist & Wiksell.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let s = 0; s < doc.sentences; s++) {
      if (isQuestion(doc, s)) out.push({ start: doc.start[doc.sentenceFirstToken[s]], end: doc.end[doc.sentenceFirstToken[s + 1] - 1] });
    }
    return out;
  },
};

/** Whether sentence s ends with a question mark (before closing quotes and brackets). @internal */
export function isQuestion(doc: RuleContext, s: number): boolean {
  const a = doc.sentenceFirstToken[s];
  const b = doc.sentenceFirstToken[s + 1];
  if (b <= a) return false;
  let k = b - 1;
  // Skip closing quotes and brackets; look for the last ? or ! run.
  while (k > a && doc.kind[k] === PUNCT && /^[”"’')\]]+$/.test(doc.forms[k])) k--;
  let q = false;
  while (k >= a && doc.kind[k] === PUNCT && /^[?!]+$/.test(doc.forms[k])) {
    if (doc.forms[k].includes("?")) q = true;
    k--;
  }
  return q && k >= a;
}
