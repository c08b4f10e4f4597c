import { argumentError } from "../../errors";
import type { OnWarning } from "../../types";

/** Columns of {@link quoteSpans}, in order. */
export const QUOTE_SPAN_COLUMNS = ["start", "end", "open_mark", "close_mark", "continues", "balanced"] as const;

/**
 * One quotation: `[start, end)` is the quoted words without the marks.
 * A quote running over paragraphs (each paragraph reopening it, as newspapers do) gives one
 * row per paragraph; the rows after the first have `continues: true`.
 */
export type QuoteSpanRow = {
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark. */
  readonly open_mark: number;
  /** Offset of the closing mark, or null when the paragraph ends first. */
  readonly close_mark: number | null;
  /** The quote continues the one of the paragraph before. */
  readonly continues: boolean;
  /** Both marks were found (or the quote runs on into the next paragraph). */
  readonly balanced: boolean;
};

/** Options of {@link quoteSpans}. */
export interface QuoteSpansOptions {
  /** Receives a warning for each unbalanced quote mark (default: none). */
  readonly onWarning?: OnWarning;
}

const OPEN_ONLY = new Set(["“", "„", "«"]);
const CLOSE_ONLY = new Set(["”", "»"]);
const STRAIGHT = '"';

/** Offsets where paragraphs end: blank lines, or a line break after a sentence end. */
export function paragraphBreaks(text: string): number[] {
  const breaks: number[] = [];
  const re = /[ \t]*\n\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const blank = (m[0].match(/\n/g)?.length ?? 0) >= 2;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (blank || /[.!?:"”’)]$/.test(before)) breaks.push(m.index);
  }
  return breaks;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/**
 * The direct quotations of a text, found from its double quote marks: curly (“ ” „ « »)
 * and straight ("), the direction of a straight mark read from the characters beside it.
 * Quotes inside quotes stay inside the outer span; a quote running over paragraphs is
 * followed when each new paragraph reopens it; an unbalanced mark never throws: the quote
 * ends with its paragraph and a warning is sent. Single quotes are left alone (they are
 * apostrophes far more often than quotes).
 *
 * @returns Rows `{start, end, open_mark, close_mark, continues, balanced}` in text
 *   order (see {@link QUOTE_SPAN_COLUMNS}).
 * @example
 * quoteSpans('He said, "We will not talk." Then he left.');
 * // [{ start: 10, end: 27, open_mark: 9, close_mark: 27, continues: false, balanced: true }]
 */
export function quoteSpans(text: string, options: QuoteSpansOptions = {}): QuoteSpanRow[] {
  if (typeof text !== "string") throw argumentError("quoteSpans", "text", "a string", text);
  const warn = options.onWarning;
  const breaks = paragraphBreaks(text);
  const rows: QuoteSpanRow[] = [];
  let open = -1; // offset of the opening mark of the current outer quote
  let depth = 0;
  let continues = false;
  let b = 0; // next paragraph break
  const closeAtParagraphEnd = (end: number, nextStart: number): void => {
    // Trim trailing spaces of the content.
    let e = end;
    while (e > open + 1 && isSpace(text[e - 1])) e--;
    const next = text[nextStart];
    const reopened = next !== undefined && (OPEN_ONLY.has(next) || next === STRAIGHT);
    if (!reopened) warn?.({ code: "unbalanced_quote", message: `quoteSpans: the quote opened at offset ${open} is not closed before its paragraph ends` });
    rows.push({ start: open + 1, end: e, open_mark: open, close_mark: null, continues, balanced: reopened });
    open = -1;
    depth = 0;
    continues = reopened;
  };
  for (let i = 0; i < text.length; i++) {
    while (b < breaks.length && breaks[b]! < i) {
      const nextStart = breaks[b]! + (/^[ \t]*\n\s*/.exec(text.slice(breaks[b]!))?.[0].length ?? 0);
      if (open >= 0) closeAtParagraphEnd(breaks[b]!, nextStart);
      else continues = false;
      b++;
    }
    const c = text[i]!;
    if (c !== STRAIGHT && !OPEN_ONLY.has(c) && !CLOSE_ONLY.has(c)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    let opener: boolean;
    if (OPEN_ONLY.has(c)) opener = true;
    else if (CLOSE_ONLY.has(c)) opener = false;
    else {
      const openCtx = (i === 0 || isSpace(prev) || /[([{\-/—–]/.test(prev!)) && !isSpace(next);
      const closeCtx = !isSpace(prev) && (next === undefined || isSpace(next) || /[.,;:!?)\]\-—–'’"]/.test(next));
      opener = openCtx === closeCtx ? open < 0 : openCtx;
    }
    if (opener) {
      if (open < 0) {
        open = i;
        depth = 1;
      } else depth++;
    } else if (open >= 0) {
      depth--;
      if (depth === 0) {
        rows.push({ start: open + 1, end: i, open_mark: open, close_mark: i, continues, balanced: true });
        open = -1;
        continues = false;
      }
    } else {
      warn?.({ code: "unbalanced_quote", message: `quoteSpans: a closing quote mark at offset ${i} has no opening mark` });
    }
  }
  if (open >= 0) {
    let e = text.length;
    while (e > open + 1 && isSpace(text[e - 1])) e--;
    warn?.({ code: "unbalanced_quote", message: `quoteSpans: the quote opened at offset ${open} is not closed before the text ends` });
    rows.push({ start: open + 1, end: e, open_mark: open, close_mark: null, continues, balanced: false });
  }
  return rows;
}
