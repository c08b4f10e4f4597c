import { phraseEnd } from "./clause";
import { PUNCT, WORD, type RhetoricRule, type RuleContext, type RuleSpan } from "./rule";

const NEGATION = new Set(["not", "n't", "never"]);

/**
 * `antithesis`: contrast and correction. Three forms, each within one sentence (or two
 * for the last):
 * - "not X but Y": a negation, then "but" at most 10 tokens on ("do not decrease pressures
 *   but open the way"); not "not only ... but also", not "but" after a comma-less gap
 *   longer than 10 tokens;
 * - "X, not Y": a comma then "not" then a short phrase closing the clause ("peace, not war");
 * - "No. It ...": a sentence that is only "No" (or "Not so"), then the correction.
 */
export const antithesisRule: RhetoricRule = {
  id: "antithesis",
  description: "Contrast and correction: not X but Y; X, not Y; No. It is ... (within a sentence, or a lone No then the next sentence).",
  references: [
    "Fahnestock, J. (2011). Rhetorical Style: The Uses of Language in Persuasion. Oxford University Press (antithesis, correctio).",
    "Harris, R. A. & Di Marco, C. (2017). Rhetorical figures, arguments, computation. Argument & Computation 8(3).",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    notButSpans(doc, out);
    commaNotSpans(doc, out);
    loneNoSpans(doc, out);
    return out;
  },
};

function notButSpans(doc: RuleContext, out: RuleSpan[]): void {
  for (let i = 0; i < doc.length; i++) {
    if (!NEGATION.has(doc.forms[i])) continue;
    if (i + 1 < doc.length && doc.forms[i + 1] === "only") continue;
    const s = doc.sentence[i];
    for (let j = i + 2; j < doc.length && j - i <= 10 && doc.sentence[j] === s; j++) {
      const f = doc.forms[j];
      if (NEGATION.has(f) || f === ";" || f === ":") break;
      if (f !== "but") continue;
      if (j + 1 < doc.length && (doc.forms[j + 1] === "also" || doc.forms[j + 1] === "i")) break;
      const end = phraseEnd(doc, j + 1, 8);
      if (end > j + 1) {
        out.push({ start: doc.start[i], end: doc.end[end - 1] });
        i = end - 1;
      }
      break;
    }
  }
}

function commaNotSpans(doc: RuleContext, out: RuleSpan[]): void {
  for (let i = 1; i + 2 < doc.length; i++) {
    if (doc.forms[i] !== "," || doc.forms[i + 1] !== "not" || doc.kind[i + 2] !== WORD) continue;
    if (doc.forms[i + 2] === "only" || doc.forms[i + 2] === "least" || doc.forms[i + 2] === "even") continue;
    const end = phraseEnd(doc, i + 2, 5);
    // The contrasted phrase must close its clause, and something must come before the comma.
    if (end < doc.length && doc.sentence[end] === doc.sentence[i] && doc.kind[end] !== PUNCT) continue;
    if (doc.kind[i - 1] !== WORD || doc.sentence[i - 1] !== doc.sentence[i]) continue;
    // The X before the comma: back to the clause start, at most 5 tokens.
    let a = i - 1;
    while (a > 0 && i - a < 5 && doc.sentence[a - 1] === doc.sentence[i] && doc.kind[a - 1] !== PUNCT) a--;
    out.push({ start: doc.start[a], end: doc.end[end - 1] });
  }
}

function loneNoSpans(doc: RuleContext, out: RuleSpan[]): void {
  for (let s = 0; s + 1 < doc.sentences; s++) {
    const a = doc.sentenceFirstToken[s];
    const b = doc.sentenceFirstToken[s + 1];
    let words = 0;
    let no = false;
    for (let k = a; k < b; k++) {
      if (doc.kind[k] === PUNCT) continue;
      words++;
      if (doc.forms[k] === "no") no = true;
    }
    if (words !== 1 || !no) continue;
    const c = doc.sentenceFirstToken[s + 2];
    if (c <= b) continue;
    out.push({ start: doc.start[a], end: doc.end[c - 1] });
  }
}
