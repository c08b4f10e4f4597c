import { stopwords } from "../../segment/stopwords";
import { PUNCT, type RuleContext } from "./rule";

/** Function words: an opening or closing made of them alone is no figure. @internal */
export const STOP_OPENERS: ReadonlySet<string> = new Set([...stopwords("en"), "'s", "n't", "said", "says"]);

/** A sentence or clause with its first two and last words. @internal */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly first: string;
  readonly second: string;
  readonly last: string;
  /** The word before the last ("" when the unit has one word). */
  readonly beforeLast: string;
}

/**
 * The sentences of a document split further at ; and :, each with its first two and
 * last word forms ("" when it has fewer words). One pass over the tokens.
 * @internal
 */
export function unitOpenings(doc: RuleContext): Unit[] {
  const units: Unit[] = [];
  let a = -1;
  let first = "";
  let second = "";
  let last = "";
  let beforeLast = "";
  let lastEnd = 0;
  const close = () => {
    if (a >= 0) units.push({ start: doc.start[a], end: lastEnd, first, second, last, beforeLast });
    a = -1;
    first = second = last = beforeLast = "";
  };
  for (let i = 0; i < doc.length; i++) {
    if (i > 0 && doc.sentence[i] !== doc.sentence[i - 1]) close();
    const f = doc.forms[i];
    if (doc.kind[i] === PUNCT) {
      if (a >= 0) lastEnd = doc.end[i];
      if (f === ";" || f === ":") close();
      continue;
    }
    if (a < 0) a = i;
    if (first === "") first = f;
    else if (second === "") second = f;
    beforeLast = last;
    last = f;
    lastEnd = doc.end[i];
  }
  close();
  return units;
}
