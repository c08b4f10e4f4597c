import { STOP_OPENERS } from "./units";
import { PUNCT, type RhetoricRule, type RuleContext, type RuleSpan } from "./rule";

/** A comma-separated segment of a sentence: tokens [from, to). */
interface Segment {
  readonly from: number;
  readonly to: number;
  readonly words: number;
  /** Whether it holds punctuation other than hyphens and apostrophes. */
  readonly punct: boolean;
}

const MAX_ITEM = 4;
const MAX_LAST = 6;
const CONJ = new Set(["and", "or"]);

/**
 * `list-of-three`: a tricolon or longer list in one sentence: three or more short items
 * (1-4 words each) separated by commas and closed by "and", "or" or "etc." ("coups,
 * ethnic provocations, arousing separatism, sanctions, sieges, etc."; "the president, the
 * foreign minister and others"). Two items ("X and Y"), or commas around long clauses,
 * are not a list. The first item is taken as the last content words (at most 3) before
 * the first comma.
 */
export const listOfThreeRule: RhetoricRule = {
  id: "list-of-three",
  description: "Tricolon and longer lists: three or more short comma-separated items closed by and, or, or etc.",
  references: [
    "Atkinson, M. (1984). Our Masters' Voices: The Language and Body Language of Politics. Methuen (three-part lists).",
    "Jefferson, G. (1990). List construction as a task and resource. In Psathas (ed.), Interaction Competence.",
  ],
  technique: null,
  find(doc) {
    const out: RuleSpan[] = [];
    for (let s = 0; s < doc.sentences; s++) sentenceLists(doc, doc.sentenceFirstToken[s], doc.sentenceFirstToken[s + 1], out);
    return out;
  },
};

function segmentsOf(doc: RuleContext, a: number, b: number): Segment[] {
  const segs: Segment[] = [];
  let from = a;
  let words = 0;
  let punct = false;
  for (let k = a; k <= b; k++) {
    if (k === b || doc.forms[k] === ",") {
      segs.push({ from, to: k, words, punct });
      from = k + 1;
      words = 0;
      punct = false;
    } else if (doc.kind[k] === PUNCT) {
      if (!/^[-'’]$/.test(doc.forms[k])) punct = true;
    } else words++;
  }
  return segs;
}

/** Index after the last word of a segment (trailing punctuation dropped). */
function lastWordEnd(doc: RuleContext, seg: Segment): number {
  let k = seg.to;
  while (k > seg.from && doc.kind[k - 1] === PUNCT) k--;
  return k;
}

function sentenceLists(doc: RuleContext, a: number, b: number, out: RuleSpan[]): void {
  const segs = segmentsOf(doc, a, b);
  let p = 0;
  while (p + 1 < segs.length) {
    const firstSeg = segs[p];
    // The first item: the last words of the segment, stopping at a function word or at 3.
    const fEnd = lastWordEnd(doc, firstSeg);
    let fStart = fEnd;
    while (fStart > firstSeg.from && fEnd - fStart < 3 && doc.kind[fStart - 1] !== PUNCT && !(fEnd - fStart >= 1 && STOP_OPENERS.has(doc.forms[fStart - 1]) && !["the", "a", "an"].includes(doc.forms[fStart - 1]))) fStart--;
    if (fStart === fEnd) {
      p++;
      continue;
    }
    let items = 1;
    let q = p + 1;
    let end = -1;
    for (; q < segs.length; q++) {
      const seg = segs[q];
      if (seg.words === 0) break;
      const head = doc.forms[seg.from];
      if (seg.words === 1 && head === "etc") {
        if (items >= 2) end = doc.end[seg.from];
        break;
      }
      if (CONJ.has(head)) {
        if (seg.words - 1 >= 1 && seg.words - 1 <= MAX_LAST && !seg.punct) {
          items++;
          end = doc.end[lastWordEnd(doc, seg) - 1];
        }
        break;
      }
      if (seg.punct || seg.words > MAX_ITEM + MAX_LAST + 1) break;
      const conj = conjunctionIn(doc, seg);
      if (conj >= 0) {
        const before = conj - seg.from;
        const after = seg.words - before - 1;
        if (before >= 1 && before <= MAX_ITEM && after >= 1 && after <= MAX_LAST) {
          items += 2;
          end = doc.end[lastWordEnd(doc, seg) - 1];
        }
        break;
      }
      if (seg.words > MAX_ITEM) break;
      items++;
    }
    if (end >= 0 && items >= 3) {
      out.push({ start: doc.start[fStart], end });
      p = q + 1;
    } else p++;
  }
}

/** Token index of the first "and"/"or" inside a segment, or -1. */
function conjunctionIn(doc: RuleContext, seg: Segment): number {
  for (let k = seg.from + 1; k < seg.to; k++) if (CONJ.has(doc.forms[k])) return k;
  return -1;
}
