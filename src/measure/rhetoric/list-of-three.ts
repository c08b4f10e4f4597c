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
const DETERMINERS = new Set(["the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "this", "these", "those", "that"]);

/**
 * `list-of-three`: a tricolon or longer list in one sentence: three or more short items
 * (1-4 words each) separated by commas and closed by "and", "or" or "etc." ("strikes,
 * border raids, stirring up unrest, embargoes, etc."; "the president, the
 * foreign minister and others"). Two items ("X and Y"), or commas around long clauses,
 * are not a list. The last item runs to the end of its clause (at most 6 words). The first item is taken as the last words before the first comma, as
 * many as the longest later item has, or fewer when a determiner ("the", "our") opens it.
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
  let pending = false;
  for (let k = a; k <= b; k++) {
    if (k === b || doc.forms[k] === ",") {
      segs.push({ from, to: k, words, punct });
      from = k + 1;
      words = 0;
      punct = pending = false;
    } else if (doc.kind[k] === PUNCT) {
      // Punctuation counts only when a word follows it in the segment (not a final period).
      if (!/^[-'’]$/.test(doc.forms[k])) pending = true;
    } else {
      if (pending) punct = true;
      words++;
    }
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
    if (firstSeg.words === 0 || firstSeg.punct) {
      p++;
      continue;
    }
    let items = 1;
    let longest = 1;
    let q = p + 1;
    let end = -1;
    for (; q < segs.length; q++) {
      const seg = segs[q];
      const head = doc.forms[seg.from];
      if (head === "etc" || head === "etc.") {
        if (items >= 3) end = doc.end[seg.from];
        break;
      }
      if (seg.words === 0 || seg.punct) break;
      if (CONJ.has(head)) {
        if (seg.words - 1 >= 1 && seg.words - 1 <= MAX_LAST) {
          items++;
          longest = Math.max(longest, Math.min(seg.words - 1, MAX_ITEM));
          end = doc.end[lastWordEnd(doc, seg) - 1];
        }
        break;
      }
      const conj = conjunctionIn(doc, seg);
      if (conj >= 0) {
        const before = conj - seg.from;
        const after = seg.words - before - 1;
        if (before >= 1 && before <= MAX_ITEM && after >= 1 && after <= MAX_LAST) {
          items += 2;
          longest = Math.max(longest, before);
          end = doc.end[lastWordEnd(doc, seg) - 1];
        }
        break;
      }
      if (seg.words > MAX_ITEM) break;
      longest = Math.max(longest, seg.words);
      items++;
    }
    if (end >= 0 && items >= 3) {
      // The first item: as many words as the longest later item, from the end of its segment.
      const fEnd = lastWordEnd(doc, firstSeg);
      let fStart = fEnd;
      let w = 0;
      while (fStart > firstSeg.from && w < longest) {
        fStart--;
        if (doc.kind[fStart] !== PUNCT) w++;
        if (DETERMINERS.has(doc.forms[fStart])) break; // a noun phrase starts here
      }
      out.push({ start: doc.start[fStart], end });
      p = q + 1;
    } else {
      // Any start between p and q would run into the same break at q: resume there (linear).
      p = Math.max(p + 1, q);
    }
  }
}

/** Token index of the first "and"/"or" inside a segment, or -1. */
function conjunctionIn(doc: RuleContext, seg: Segment): number {
  for (let k = seg.from + 1; k < seg.to; k++) if (CONJ.has(doc.forms[k])) return k;
  return -1;
}
