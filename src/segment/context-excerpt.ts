/**
 * A bounded piece of text around a hit, for rows that show where a finding sits (the
 * sentence of a kwic line, a stance marker, a rhetoric span): the whole region when it is
 * short, else cut around the hit, so a row costs a bounded number of characters however
 * long the sentence is (a 60 KB "sentence" without a full stop gives every one of its
 * hits a few hundred characters, not 60 KB each).
 * @internal
 */

/** Characters of context kept on each side of a hit by default. @internal */
export const CONTEXT_CHARS = 300;

/** What {@link contextExcerpt} returns. @internal */
export interface ContextExcerpt {
  /** The text shown: "…" where it was cut (before, after, and " … " inside a very long hit). */
  readonly text: string;
  /** UTF-16 offsets of the shown range in the document text (the marks excluded). */
  readonly start: number;
  readonly end: number;
}

/**
 * The region `[from, to)` of `text` (a sentence, say) around the hit `[start, end)`:
 * whole when it fits, else at most `side` characters either side of the hit, marked "…"
 * where cut; a hit longer than `2 x side` keeps its first and last `side` characters with
 * " … " between. A cut never splits a surrogate pair. With `collapse`, whitespace runs
 * become one space and the ends are trimmed (after cutting: linear in what is shown).
 * @internal
 */
export function contextExcerpt(text: string, from: number, to: number, start: number, end: number, side: number = CONTEXT_CHARS, collapse = true): ContextExcerpt {
  from = Math.max(0, Math.min(from, start));
  to = Math.min(text.length, Math.max(to, end));
  let lo = Math.max(from, start - side);
  let hi = Math.min(to, end + side);
  if (lo > from && isLowSurrogate(text, lo)) lo++;
  if (hi < to && isLowSurrogate(text, hi)) hi--;
  let mid: string;
  if (end - start > 2 * side) {
    let a = start + side;
    let b = end - side;
    if (isLowSurrogate(text, a)) a--;
    if (isLowSurrogate(text, b)) b++;
    mid = text.slice(start, a) + " … " + text.slice(b, end);
  } else {
    mid = text.slice(start, end);
  }
  let body = text.slice(lo, start) + mid + text.slice(end, hi);
  if (collapse) body = collapseSpace(body);
  return { text: (lo > from ? "…" : "") + body + (hi < to ? "…" : ""), start: lo, end: hi };
}

/** Whitespace runs (newlines included) to one space, trimmed. Linear: no backtracking. @internal */
export function collapseSpace(s: string): string {
  // Most text has single spaces only: then trimming is all there is to do.
  return NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, " ").trim() : s.trim();
}

/** Whitespace other than a single space: a run of two, or a newline, tab, no-break space, ... */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** Whether position i holds the second half of a surrogate pair (cutting there would split a character). @internal */
export function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return p >= 0xd800 && p <= 0xdbff;
}
