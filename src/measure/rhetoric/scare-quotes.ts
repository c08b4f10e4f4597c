import { PUNCT, type RhetoricRule, type RuleSpan } from "./rule";

const OPEN = new Set(['"', "“", "‘", "'"]);
const CLOSE: Readonly<Record<string, string>> = { '"': '"', "“": "”", "‘": "’", "'": "'" };
/** A quotation of at most this many words, inside a sentence with other words, is a scare quote. */
const MAX_WORDS = 3;

/**
 * `scare-quotes`: one to three words in quotation marks inside a longer sentence ('their
 * "experts"', 'the "peaceful" protest'): the quoted words with their marks, the writer
 * holding the label at a distance.
 */
export const scareQuotesRule: RhetoricRule = {
  id: "scare-quotes",
  description: "One to three words in quotation marks inside a longer sentence (their \"experts\"): a label held at a distance.",
  references: ["Predelli, S. (2003). Scare quotes and their relation to other semantic issues. Linguistics and Philosophy 26.", "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP."],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let i = 0; i < doc.length; i++) {
      const f = doc.forms[i];
      if (doc.kind[i] !== PUNCT || !OPEN.has(f)) continue;
      const close = CLOSE[f];
      let j = i + 1;
      let words = 0;
      while (j < doc.length && doc.sentence[j] === doc.sentence[i] && !(doc.kind[j] === PUNCT && (doc.forms[j] === close || doc.forms[j] === f)) && words <= MAX_WORDS) {
        if (doc.kind[j] !== PUNCT) words++;
        j++;
      }
      if (j >= doc.length || doc.sentence[j] !== doc.sentence[i] || words === 0 || words > MAX_WORDS || doc.kind[j] !== PUNCT) continue;
      // Inside a longer sentence: a word before the opening mark or after the closing one.
      const s = doc.sentence[i];
      const before = i > 0 && doc.sentence[i - 1] === s && doc.kind[i - 1] !== PUNCT;
      const after = j + 1 < doc.length && doc.sentence[j + 1] === s && doc.kind[j + 1] !== PUNCT;
      if (before || after) out.push({ start: doc.start[i], end: doc.end[j] });
      i = j;
    }
    return out;
  },
};
