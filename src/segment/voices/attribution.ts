/**
 * Sentences of a masked report, and the place and occasion of a speech event. Internal to
 * {@link statements}; the reporting frames live in `frames/`.
 */

/** Placeholder filling quoted text in the masked copy of a report (same length). */
export const MASK = "\uE000";

/** A place after a speech verb: "in Tehran", "at the United Nations". */
export const PLACE = new RegExp(String.raw`\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)`, "u");
/** The occasion of a speech: "on the occasion of ...", "during a rally in ...". */
export const OCCASION = new RegExp(String.raw`\b(?:on the occasion of|during|at(?= an?\s)|in a speech (?:to|at|before|marking))\s+([^,;.]{3,120}?)(?=\s+which\b|\s+where\b|\s+when\b|[,;.]|$)`, "u");
const MONTHS_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Whether a PLACE capture is a date word rather than a place. */
export const isDateWord = (s: string): boolean => MONTHS_DAYS.test(s.split(/\s+/)[0]!);

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Jr|Sr|Prof|Rev|No|Vol|U\.S|U\.N|U\.K|E\.U|[A-Z])$/;

/**
 * Sentences of a masked paragraph as [start, end) offsets (quotes are masked, so never split
 * inside; `quoteEnds` holds the closing marks of quotes ending with . ! or ?).
 */
export function sentenceRanges(masked: string, from: number, to: number, quoteEnds: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (start < to && /\s/.test(masked[start]!)) start++;
  for (let i = start; i < to; i++) {
    const c = masked[i]!;
    const endsHere = /[.!?]/.test(c) || (c === MASK && quoteEnds.has(i));
    if (!endsHere) continue;
    let j = i + 1;
    while (j < to && /[.!?)"'’”]/.test(masked[j]!)) j++;
    if (j >= to || !/\s/.test(masked[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(masked[k]!)) k++;
    if (k >= to || !/[\p{Lu}\d"“]|\uE000/u.test(masked[k]!)) continue;
    if (c === "." && ABBREVIATIONS.test(masked.slice(Math.max(start, i - 6), i))) continue;
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  let end = to;
  while (end > start && /\s/.test(masked[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
  return out;
}

