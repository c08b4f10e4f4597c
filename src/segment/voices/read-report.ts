import { cleanText, type CleanedText, type CleanTextOptions } from "../../clean/clean-text";
import type { OnWarning } from "../../types";
import { MASK, sentenceRanges } from "./attribution";
import { datesOf, type DateMentionRow } from "./date-mentions";
import { paragraphBreaks, quoteSpans, type QuoteSpanRow } from "./quote-spans";

/** One sentence of a report: `[start, end)` in the cleaned text, never splitting a quote. */
export interface ReportSentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Where the sentence's words start after a dateline or a live-blog time stamp ("BRUSSELS, March 14 (Wire) - ", "09:40 - "). */
  readonly body: number;
  /** A headline or label line: one short line without a full stop. */
  readonly headline: boolean;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A dateline, a time stamp or a transcript label ("ASANTE:") at the start of a paragraph. */
const PREFIX = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}.'\- ]{1,40}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?,\s+(?:${MONTH}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)\s*(?:\([^)]{1,30}\))?\s*[-:]\s*|\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|CET|CEST|UTC|ET|EST|PT|[ap]\.?m\.?))?\s*[-:]\s*|\d{1,2}\s+${MONTH}\s+\d{4}\s*[-:]\s*|[A-Z][A-Z.'\- ]{1,40}?(?:\s*\([^)\n]{1,50}\))?:[ \t]+)`,
  "u",
);

/**
 * A report read once: cleaned (with its offset map back to the text as read), its quotes,
 * a masked copy (quoted words replaced by {@link MASK}, same length), paragraphs, sentences
 * and date mentions. Every later step of {@link statements} works on this. Internal.
 */
export interface ReadReport {
  readonly id: string;
  readonly published: string;
  readonly cleaned: CleanedText;
  /** The cleaned text (`cleaned.text`). */
  readonly text: string;
  readonly masked: string;
  readonly quotes: readonly QuoteSpanRow[];
  /** Quote opening at each opening-mark offset. */
  readonly quoteAt: ReadonlyMap<number, QuoteSpanRow>;
  readonly paragraphs: readonly (readonly [number, number])[];
  readonly sentences: readonly ReportSentence[];
  readonly dates: readonly DateMentionRow[];
}

/** End of a quote's marks: after the closing mark, or the quote's end when unclosed. */
export const quoteMarkEnd = (q: QuoteSpanRow): number => (q.close_mark === null ? q.end : q.close_mark + 1);

/** Longest sentence read as one (UTF-16 units): text without sentence ends is cut at spaces, so frames stay linear. */
export const MAX_SENTENCE = 1500;

/** `[start, end)` cut into pieces of at most {@link MAX_SENTENCE} units, at a comma or space (never inside a quote). */
function bounded(masked: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  while (end - a > MAX_SENTENCE) {
    const window = masked.slice(a, a + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "));
    let at = cut > MAX_SENTENCE / 2 ? cut + 2 : window.lastIndexOf(" ") + 1;
    if (at <= 0) at = MAX_SENTENCE;
    while (at < end - a && masked[a + at - 1] === MASK && masked[a + at] === MASK) at++;
    out.push([a, a + at]);
    a += at;
    while (a < end && /\s/.test(masked[a]!)) a++;
  }
  if (end > a) out.push([a, end]);
  return out;
}

/**
 * Cleans a report once and reads what every step needs. `published` must already be a
 * valid YYYY-MM-DD (checked at the public boundary).
 */
export function readReport(id: string, original: string, published: string, clean: CleanTextOptions | undefined, onWarning: OnWarning | undefined): ReadReport {
  const cleaned = cleanText(original, clean);
  const text = cleaned.text;
  const quotes = quoteSpans(text, { onWarning: onWarning && ((w) => onWarning({ ...w, message: `${id}: ${w.message}` })) });
  const chars = text.split("");
  const quoteAt = new Map<number, QuoteSpanRow>();
  const quoteEnds = new Set<number>();
  for (const q of quotes) {
    const end = quoteMarkEnd(q);
    for (let i = q.open_mark; i < end; i++) chars[i] = MASK;
    quoteAt.set(q.open_mark, q);
    if (/[.!?]\s*$/.test(text.slice(q.start, q.end))) quoteEnds.add(end - 1);
  }
  const masked = chars.join("");
  const paragraphs: [number, number][] = [];
  let from = 0;
  for (const b of paragraphBreaks(text)) {
    paragraphs.push([from, b]);
    from = b + (/^[ \t]*\n\s*/.exec(text.slice(b))?.[0].length ?? 0);
  }
  paragraphs.push([from, text.length]);
  const sentences: ReportSentence[] = [];
  paragraphs.forEach(([a, b], paragraph) => {
    const line = text.slice(a, b);
    const headline = !line.includes("\n") && !/[.!?"”:]\s*$/.test(line) && line.split(/\s+/).length <= 16;
    sentenceRanges(masked, a, b, quoteEnds).flatMap(([start, end]) => bounded(masked, start, end)).forEach(([start, end], k) => {
      const body = k === 0 ? start + (PREFIX.exec(masked.slice(start, end))?.[0].length ?? 0) : start;
      sentences.push({ start, end, paragraph, body, headline });
    });
  });
  return { id, published, cleaned, text, masked, quotes, quoteAt, paragraphs, sentences, dates: datesOf(text, published) };
}
