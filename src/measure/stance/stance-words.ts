/**
 * Words of a text with UTF-16 offsets, lowercased, and the negation scopes over them:
 * the shared machinery of the stance measures. Internal to measure/stance/.
 */
import afinn = require("sentiment/languages/en/labels.json");
import { EXTRA_EVALUATIVE, NEGATORS, SCOPE_BREAKERS } from "../lexicons/stance-lexicons";

/** One word of a text. */
export interface Word {
  /** Lowercased form, curly apostrophes made straight. */
  readonly norm: string;
  /** Surface as written. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation (, ; : — ( ") between this word and the previous one. */
  readonly breakBefore: boolean;
}

// Letters/digits with inner apostrophes, hyphens and dots (U.S.); no nested quantifiers.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu;

/** Words of `text` (from offset `from` to `to`), offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let surface = m[0];
    // A trailing dot belongs to the word only for abbreviations such as "U.S.".
    if (surface.endsWith(".") && !/\.[\p{L}]\.$/u.test(surface)) surface = surface.slice(0, -1);
    const between = slice.slice(prevEnd, m.index);
    out.push({
      norm: surface.toLowerCase().replace(/’/g, "'"),
      surface,
      start: from + m.index,
      end: from + m.index + surface.length,
      breakBefore: /[,;:()"“”—–]|\s-\s/.test(between),
    });
    prevEnd = m.index + surface.length;
  }
  return out;
}

const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS);
const BREAKER_SET: ReadonlySet<string> = new Set(SCOPE_BREAKERS);

/** Whether a word is a negator ("not", "never", "won't", any "...n't"). */
export function isNegator(norm: string): boolean {
  return NEGATOR_SET.has(norm) || norm.endsWith("n't");
}

/** Words a negation reaches: up to this many after the negator, within the clause. */
export const NEGATION_WINDOW = 3;

/**
 * For each word, the index of the negator whose scope covers it, or -1. A scope opens at a
 * negator and covers the next {@link NEGATION_WINDOW} words, closed early by punctuation or
 * a clause link ("but", "and", "which", ...).
 */
export function negationScopes(words: readonly Word[]): Int32Array {
  const scope = new Int32Array(words.length).fill(-1);
  for (let i = 0; i < words.length; i++) {
    if (!isNegator(words[i].norm)) continue;
    for (let j = i + 1; j < words.length && j <= i + NEGATION_WINDOW; j++) {
      if (words[j].breakBefore || BREAKER_SET.has(words[j].norm)) break;
      scope[j] = i;
    }
  }
  return scope;
}

const LEXICON = afinn as unknown as Readonly<Record<string, number>>;

/** AFINN-165 score of a word (with the discourse-lab additions), 0 when unscored. */
export function wordValence(norm: string): number {
  const extra = EXTRA_EVALUATIVE[norm];
  if (extra !== undefined) return extra;
  const v = Object.prototype.hasOwnProperty.call(LEXICON, norm) ? LEXICON[norm] : undefined;
  return typeof v === "number" ? v : 0;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Valence of word i, 0 inside a run of capitalised words (a name such as "Great Britain",
 * "United Nations", "Liberty Bell" carries no sentiment).
 */
export function valenceAt(words: readonly Word[], i: number): number {
  const w = words[i];
  if (CAPITALISED.test(w.surface) && w.surface !== "I" && ((i + 1 < words.length && CAPITALISED.test(words[i + 1].surface)) || (i > 0 && CAPITALISED.test(words[i - 1].surface) && words[i - 1].surface !== "I"))) return 0;
  return wordValence(w.norm);
}

/** Lowercased phrase patterns: words separated by spaces, a trailing `*` on a word matches any ending. */
export interface Phrase {
  readonly parts: readonly string[];
  readonly prefix: readonly boolean[];
  /** Matched against the surface case-sensitively (all-caps acronyms such as "US"). */
  readonly exactCase: boolean;
}

/** Compiles a phrase pattern ("negotiat*", "United States", "US"). */
export function phraseOf(pattern: string): Phrase {
  const raw = pattern.trim().split(/\s+/);
  const exactCase = raw.every((w) => /^[\p{Lu}\p{N}.]+$/u.test(w.replace(/\*$/, "")) && /\p{Lu}/u.test(w));
  const parts = raw.map((w) => {
    const bare = w.replace(/\*$/, "");
    return exactCase ? bare : bare.toLowerCase().replace(/’/g, "'");
  });
  return { parts, prefix: raw.map((w) => w.endsWith("*")), exactCase };
}

/** Length in words of the phrase matched at word `i`, or 0. */
export function phraseAt(words: readonly Word[], i: number, phrase: Phrase): number {
  const n = phrase.parts.length;
  if (i + n > words.length) return 0;
  for (let k = 0; k < n; k++) {
    const w = phrase.exactCase ? words[i + k].surface.replace(/['’]s$/, "") : words[i + k].norm;
    const p = phrase.parts[k];
    if (phrase.prefix[k] ? !w.startsWith(p) : w !== p && !(phrase.exactCase && w === p.replace(/\.$/, ""))) return 0;
  }
  return n;
}

/** Compiles a word list of single words and phrases into phrases, longest first. */
export function phraseList(list: readonly string[]): Phrase[] {
  return list.map(phraseOf).sort((a, b) => b.parts.length - a.parts.length);
}

/** The first phrase of `list` matched at word `i`: its length in words, or 0. */
export function anyPhraseAt(words: readonly Word[], i: number, list: readonly Phrase[]): number {
  for (const p of list) {
    const n = phraseAt(words, i, p);
    if (n > 0) return n;
  }
  return 0;
}
