import { PUNCT, type RuleContext } from "./rule";

/** Punctuation that does not end a phrase inside a clause. */
const INNER = new Set(["-", "'", "’", "\"", "“", "”"]);

/**
 * Index after the last token of the phrase starting at token j: it runs to the next
 * clause punctuation (, ; : . ! ? brackets), the sentence end, or `max` tokens.
 * @internal
 */
export function phraseEnd(doc: RuleContext, j: number, max: number): number {
  const s = doc.sentence[j];
  let k = j;
  while (k < doc.length && k - j < max && doc.sentence[k] === s && !(doc.kind[k] === PUNCT && !INNER.has(doc.forms[k]))) k++;
  return k;
}

/**
 * Correlative pairs ("either ... or", "neither ... nor"): for each `first` form, the
 * nearest `second` form after it in the same sentence, at most `maxGap` tokens on; the
 * span runs from `first` to the end of the phrase after `second`. Linear: each token is
 * looked at a bounded number of times.
 * @internal
 */
export function correlativeSpans(doc: RuleContext, first: string, second: string, maxGap: number, maxTail: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < doc.length; i++) {
    if (doc.forms[i] !== first) continue;
    const s = doc.sentence[i];
    for (let j = i + 2; j < doc.length && j - i <= maxGap && doc.sentence[j] === s; j++) {
      if (doc.forms[j] === first) break;
      if (doc.forms[j] !== second) continue;
      const end = phraseEnd(doc, j + 1, maxTail);
      if (end === j + 1) break;
      out.push({ start: doc.start[i], end: doc.end[end - 1] });
      i = end - 1;
      break;
    }
  }
  return out;
}
