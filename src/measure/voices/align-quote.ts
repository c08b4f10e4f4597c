/**
 * Word alignment of a quote with a transcript: natural's Levenshtein substring search finds
 * the best passage for each part of the quote (parts split at an ellipsis), then jsdiff's
 * array diff lists the words kept, removed and changed. Internal to {@link quoteFidelity}.
 */
import { diffArrays } from "diff";
import { LevenshteinDistance, LevenshteinDistanceSearch } from "natural/lib/natural/distance";
import { textWords } from "../../segment/sentence-words";

/** A word of a text: its folded form and UTF-16 offsets. */
export interface Word {
  readonly form: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The words of `text` in `[from, to)`: the word and number tokens of the shared tokenization
 * (lowercased, curly apostrophes folded, clitics and hyphenated parts as words of their own),
 * so a quote and its transcript are split as every other measure splits words.
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  return textWords(text.slice(from, to)).map((w) => ({ form: w.norm, start: from + w.start, end: from + w.end }));
}

/** An ellipsis marking words left out of a quote: "...", "…", "[...]", "(...)". */
export const ELLIPSIS = /\s*(?:\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|\[…\]|\(…\)|(?:\.\s*){3}|…)\s*/gu;

/** One edit of the alignment: a transcript word left out, a quote word not in the transcript, or a word changed. */
export interface AlignmentEdit {
  readonly op: "elided" | "added" | "changed";
  /** Quote words (added, changed), as written. */
  readonly quote: readonly Word[];
  /** Transcript words (elided, changed), as written. */
  readonly transcript: readonly Word[];
}

/** A quote aligned with its best passage in the transcript. */
export interface QuoteAlignment {
  /** Transcript words of the passage, `[first, last]` word indexes, or null when nothing matched. */
  readonly passage: readonly [number, number] | null;
  /** Quote words matched to the same transcript word. */
  readonly kept: number;
  readonly quoteWords: readonly Word[];
  readonly edits: readonly AlignmentEdit[];
  /** Word-level Levenshtein distance between the quote and its passage (natural). */
  readonly distance: number;
  /** The quote marks its cuts with an ellipsis. */
  readonly ellipsis: boolean;
}

/** Maps words to one character each, so natural's string distances run on words. */
class WordCodes {
  private readonly codes = new Map<string, string>();
  code(form: string): string {
    let c = this.codes.get(form);
    if (c === undefined) {
      // Ideographs U+4E00..U+CDFF: 32,768 distinct words, each one UTF-16 unit.
      c = String.fromCharCode(0x4e00 + Math.min(this.codes.size, 0x7fff));
      this.codes.set(form, c);
    }
    return c;
  }
  encode(words: readonly Word[]): string {
    return words.map((w) => this.code(w.form)).join("");
  }
}

/** Cost of skipping a transcript word inside a passage (cheap: quotes cut words out). */
const SKIP_COST = 0.2;

/**
 * Aligns one quote (its text in the report, `[from, to)`) with the transcript's words.
 * Each part between ellipses is searched after the previous part's passage.
 */
export function alignQuote(report: string, from: number, to: number, transcriptWords: readonly Word[], codes: WordCodes = new WordCodes()): QuoteAlignment {
  const quoteText = report.slice(from, to);
  ELLIPSIS.lastIndex = 0;
  const ellipsis = ELLIPSIS.test(quoteText.trim()) && /\S/.test(quoteText.replace(ELLIPSIS, ""));
  const parts: Word[][] = [];
  let at = 0;
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(quoteText); m; m = ELLIPSIS.exec(quoteText)) {
    parts.push(wordsOf(report, from + at, from + m.index));
    at = m.index + m[0].length;
  }
  parts.push(wordsOf(report, from + at, to));
  const quoteWords = parts.flat();
  const target = codes.encode(transcriptWords);
  let first = -1;
  let last = -1;
  let searchFrom = 0;
  for (const part of parts.filter((p) => p.length > 0)) {
    const found = LevenshteinDistanceSearch(codes.encode(part), target.slice(searchFrom), { insertion_cost: SKIP_COST });
    if (found.substring.length === 0) continue;
    const a = searchFrom + found.offset;
    if (first < 0) first = a;
    last = a + found.substring.length - 1;
    searchFrom = last + 1;
  }
  if (first < 0) return { passage: null, kept: 0, quoteWords, edits: [], distance: quoteWords.length, ellipsis };
  const passage = transcriptWords.slice(first, last + 1);
  return { passage: [first, last], ...editScript(quoteWords, passage), quoteWords, distance: LevenshteinDistance(codes.encode(quoteWords), codes.encode(passage)), ellipsis };
}

/** The words kept, and the edits from the passage to the quote (jsdiff's array diff). */
function editScript(quote: readonly Word[], passage: readonly Word[]): { kept: number; edits: AlignmentEdit[] } {
  const parts = diffArrays(passage.map((w) => w.form), quote.map((w) => w.form));
  const edits: AlignmentEdit[] = [];
  let q = 0;
  let p = 0;
  let kept = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      kept += n;
      q += n;
      p += n;
      continue;
    }
    const next = parts[k + 1];
    if (part.removed && next?.added) {
      const m = next.count ?? next.value.length;
      edits.push({ op: "changed", transcript: passage.slice(p, p + n), quote: quote.slice(q, q + m) });
      p += n;
      q += m;
      k++;
    } else if (part.removed) {
      edits.push({ op: "elided", transcript: passage.slice(p, p + n), quote: [] });
      p += n;
    } else {
      edits.push({ op: "added", transcript: [], quote: quote.slice(q, q + n) });
      q += n;
    }
  }
  return { kept, edits };
}

export { WordCodes };
