/**
 * The tokenizer and sentence splitter: one left-to-right pass over a text with a
 * character-class table, no regular expression on user text, no backtracking. Linear in
 * the text length. Appends tokens with UTF-16 offsets to a {@link TokenBuffer}.
 *
 * Runs of letters of scripts written without spaces (Chinese, Japanese, Thai, ...) are
 * split into words by `Intl.Segmenter` (ICU's dictionaries); URLs, e-mail addresses,
 * `@handles` and `#hashtags` are single tokens of their own kinds. Offsets always point into
 * the text as given; only the normalized forms (the vocabulary) are Unicode-normalized.
 * @internal
 */
import { TokenKind } from "../types";
import {
  C_APOS,
  C_CLOSE,
  C_DIGIT,
  C_HYPHEN,
  C_JOINER,
  C_LETTER,
  C_NEWLINE,
  C_NOSPACE,
  C_SPACE,
  C_TERMINAL,
  charClasses,
  endsWithoutSpace,
} from "./char-classes";
import { bareDomainEnd, emailEnd, hashtagEnd, handleEnd, urlEnd, urlForm } from "./web-tokens";
import type { TokenBuffer } from "./token-buffer";
import type { MutableVocabulary } from "./vocabulary";

/** How hyphenated words are tokenized. */
export const HyphenMode = { split: "split", keep: "keep" } as const;
export type HyphenMode = (typeof HyphenMode)[keyof typeof HyphenMode];

/** Unicode normalization of the normalized forms: "NFC" (default), "NFKC" (also folds compatibility forms: ﬁ, ², fullwidth Ａ, Arabic presentation forms), or "none". */
export const UnicodeForm = { nfc: "NFC", nfkc: "NFKC", none: "none" } as const;
export type UnicodeForm = (typeof UnicodeForm)[keyof typeof UnicodeForm];

export interface ScanOptions {
  /** Lowercase the normalized form (the surface is untouched). */
  readonly lowercase: boolean;
  /** "split": "self-government" is self, -, government; "keep": one token. */
  readonly hyphens: HyphenMode;
  /** Unicode normalization of the normalized form (the surface is untouched). Default "NFC". */
  readonly unicode?: UnicodeForm;
}

/** Titles that take a period and never end a sentence ("Mr. Rouhani"). */
const TITLES = new Set(
  "mr mrs ms messrs mmes dr prof gen sen rep reps gov lt col capt cmdr adm maj sgt rev hon st jr sr pres supt ft mt gen".split(" "),
);
/** Abbreviations that take a period and end a sentence only before a sentence opener. */
const ABBREVIATIONS = new Set("etc vs jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd dept approx est".split(" "));
/** Words that, capitalized after "U.S." or "etc.", show that a new sentence began. */
const OPENERS = new Set(
  ("the this that these those it its he she we they i in on at but and or so yet as if when while there our my his her " +
    "their a an for with after before since not what why how who let today now then however thus also all each every " +
    "you your one some many most no nor both such").split(" "),
);
/** English clitics split off as their own tokens (Penn Treebank): 's 'd 'm 're 've 'll n't. */
const CLITICS = new Set(["s", "d", "m", "re", "ve", "ll"]);

const enum Pending {
  none = 0,
  /** After . ! ? …: a new sentence starts at the next token unless it is lowercase. */
  strong = 1,
  /** After "U.S." or "etc.": a new sentence starts only before a capitalized opener. */
  weak = 2,
}

/** What a text may hold besides prose, found once per text with indexOf (so prose pays nothing per word). */
const HINT_URL = 1;
const HINT_AT = 2;

/** Per-vocabulary cache from raw surface to id, so known surfaces skip normalization. */
export type SurfaceCache = Map<string, number>;

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * Scans `text`, appending its tokens and sentences to `out` (sentence ids continue from
 * `out.sentences`). Returns the number of tokens added.
 */
export function scanText(
  text: string,
  vocab: MutableVocabulary,
  cache: SurfaceCache,
  out: TokenBuffer,
  options: ScanOptions,
): number {
  const cls = charClasses();
  const n = text.length;
  const keepHyphens = options.hyphens === HyphenMode.keep;
  const unicode = options.unicode ?? UnicodeForm.nfc;
  const hints = (text.includes("://") || text.includes("www.") ? HINT_URL : 0) | (text.includes("@") ? HINT_AT : 0);
  const before = out.length;
  let sentence = -1;
  let pending: number = Pending.none;
  let noSpaceNeeded = false; // the pending terminal ends a sentence without a space after it
  let newlines = 2; // text start counts as a paragraph break
  let sawSpace = true;
  let i = 0;

  const emit = (start: number, end: number, kind: number, curly: boolean): void => {
    // Decide whether a new sentence starts at this token.
    let open = sentence < 0 || newlines >= 2;
    if (!open && pending !== Pending.none && (sawSpace || noSpaceNeeded)) {
      const c = text.charCodeAt(start);
      if (pending === Pending.strong) {
        open = !(cls[c] === C_LETTER && isLower(text, start));
      } else {
        open = cls[c] === C_LETTER && !isLower(text, start) && OPENERS.has(text.slice(start, end).toLowerCase());
      }
    }
    if (open) sentence = out.openSentence(start);
    out.sentenceEnd[sentence] = end;
    pending = Pending.none;
    noSpaceNeeded = false;
    newlines = 0;
    sawSpace = false;
    const raw = text.slice(start, end);
    let id = cache.get(raw);
    if (id === undefined) {
      id = vocab.intern(formOf(raw, kind, curly, options.lowercase, unicode));
      cache.set(raw, id);
    }
    out.push(id, start, end, kind, sentence);
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === C_SPACE) {
      sawSpace = true;
      i++;
      continue;
    }
    if (k === C_NEWLINE) {
      sawSpace = true;
      if (!(c === 10 && i > 0 && text.charCodeAt(i - 1) === 13)) newlines++;
      i++;
      continue;
    }
    if (k === C_LETTER || k === C_DIGIT) {
      if (hints !== 0) {
        const url = (hints & HINT_URL) !== 0 ? urlEnd(text, i, n, cls) : 0;
        const email = url === 0 && (hints & HINT_AT) !== 0 ? emailEnd(text, i, n, cls) : 0;
        if (url > 0 || email > 0) {
          emit(i, url || email, url > 0 ? TokenKind.url : TokenKind.email, false);
          i = url || email;
          continue;
        }
      }
      i = scanWord(text, i, n, cls, keepHyphens, emit);
      if (lastAbbrev === 1) pending = Pending.none;
      else if (lastAbbrev === 2) pending = Pending.weak;
      continue;
    }
    if (k === C_NOSPACE) {
      i = segmentRun(text, i, n, cls, emit);
      continue;
    }
    if (k === C_TERMINAL) {
      let j = i + 1;
      while (j < n && cls[text.charCodeAt(j)] === C_TERMINAL) j++;
      emit(i, j, TokenKind.punct, false);
      pending = Pending.strong;
      noSpaceNeeded = endsWithoutSpace(text.charCodeAt(j - 1));
      i = j;
      continue;
    }
    if (k === C_CLOSE || (k === C_APOS && pending !== Pending.none)) {
      // Closing quotes and brackets stay in the sentence they close.
      const keep = pending;
      const keepNoSpace = noSpaceNeeded;
      emit(i, i + 1, TokenKind.punct, false);
      pending = keep;
      noSpaceNeeded = keepNoSpace;
      i++;
      continue;
    }
    if (k === C_JOINER) {
      i++; // a joiner outside a word joins nothing: invisible, no token
      continue;
    }
    if ((c === 64 || c === 35) && startsToken(text, i, cls)) {
      // @handle, #hashtag
      const e = c === 64 ? handleEnd(text, i, n, cls) : hashtagEnd(text, i, n, cls);
      if (e > 0) {
        emit(i, e, c === 64 ? TokenKind.handle : TokenKind.hashtag, false);
        i = e;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const e = emojiEnd(text, i + 2, n);
        emit(i, e, TokenKind.symbol, false);
        i = e;
        continue;
      }
    }
    // Any other punctuation or symbol: a run of the same character is one token ("--").
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    if (k === 8 /* C_SYMBOL */) j = emojiEnd(text, j, n);
    emit(i, j, k === 8 /* C_SYMBOL */ ? TokenKind.symbol : TokenKind.punct, false);
    i = j;
  }
  return out.length - before;
}

/** Set by scanWord: 0 plain word, 1 title abbreviation ("Mr."), 2 other abbreviation ("U.S."). */
let lastAbbrev = 0;

type Emit = (start: number, end: number, kind: number, curly: boolean) => void;

/** Scans one word (or number, or initialism) starting at `i`; emits it and any clitic. */
function scanWord(text: string, i: number, n: number, cls: Uint8Array, keepHyphens: boolean, emit: Emit): number {
  lastAbbrev = 0;
  const start = i;
  const kind = cls[text.charCodeAt(i)] === C_DIGIT ? TokenKind.number : TokenKind.word;
  // Initialisms: letter . letter . [letter . ...]  ("U.S.", "e.g.", "a.m.")
  if (kind === TokenKind.word && isInitialPair(text, i, n, cls) && isInitialPair(text, i + 2, n, cls)) {
    let j = i + 4;
    while (isInitialPair(text, j, n, cls)) j += 2;
    if (j >= n || cls[text.charCodeAt(j)] !== C_LETTER) {
      emit(start, j, TokenKind.word, false);
      lastAbbrev = 2;
      return j;
    }
  }
  let curly = false;
  let j = i + 1;
  for (;;) {
    while (j < n) {
      const k = cls[text.charCodeAt(j)];
      if (k === C_LETTER || k === C_DIGIT) j++;
      else break;
    }
    if (j >= n) break;
    const c = text.charCodeAt(j);
    const k = cls[c];
    const next = j + 1 < n ? cls[text.charCodeAt(j + 1)] : -1;
    if (k === C_JOINER && next === C_LETTER) {
      j += 2; // ZWNJ / ZWJ inside a word (Persian نمی‌کنیم, Devanagari conjuncts) belong to it
      continue;
    }
    if ((c === 44 || c === 46) && next === C_DIGIT && cls[text.charCodeAt(j - 1)] === C_DIGIT) {
      j += 2; // 2,000 and 3.5
      continue;
    }
    if (k === C_HYPHEN && keepHyphens && (next === C_LETTER || next === C_DIGIT)) {
      j += 2;
      continue;
    }
    if (k === C_APOS && next === C_LETTER) {
      // Read the letters after the apostrophe.
      let m = j + 1;
      while (m < n && cls[text.charCodeAt(m)] === C_LETTER) m++;
      const after = text.slice(j + 1, m).toLowerCase();
      if (CLITICS.has(after)) {
        emit(start, j, kind, curly);
        emit(j, m, TokenKind.word, c !== 39);
        return m;
      }
      if (after === "t" && j - start >= 2 && (text.charCodeAt(j - 1) | 32) === 110 /* n */) {
        emit(start, j - 1, kind, curly);
        emit(j - 1, m, TokenKind.word, c !== 39);
        return m;
      }
      if (c !== 39) curly = true;
      j = m; // O'Brien, ma'am
      continue;
    }
    break;
  }
  if (j < n && text.charCodeAt(j) === 46) {
    // A bare domain ("whitehouse.gov", "bbc.co.uk/news"): a period with a letter right after it.
    if (j + 1 < n && cls[text.charCodeAt(j + 1)] === C_LETTER) {
      const e = bareDomainEnd(text, start, n, cls);
      if (e > 0) {
        emit(start, e, TokenKind.url, false);
        return e;
      }
    }
    // Abbreviations keep their period: "Mr.", "etc.", "Jan."
    if (kind === TokenKind.word && j - start <= 5) {
      const w = text.slice(start, j).toLowerCase();
      if (TITLES.has(w)) {
        emit(start, j + 1, kind, curly);
        lastAbbrev = 1;
        return j + 1;
      }
      if (ABBREVIATIONS.has(w)) {
        emit(start, j + 1, kind, curly);
        lastAbbrev = 2;
        return j + 1;
      }
      if (j - start === 1 && !isLower(text, start) && j + 2 < n && cls[text.charCodeAt(j + 1)] === C_SPACE && !isLower(text, j + 2) && cls[text.charCodeAt(j + 2)] === C_LETTER) {
        emit(start, j + 1, kind, curly); // an initial: "John F. Kennedy"
        lastAbbrev = 1;
        return j + 1;
      }
      if ((w === "no" || w === "nos") && j + 2 < n && cls[text.charCodeAt(j + 1)] === C_SPACE && cls[text.charCodeAt(j + 2)] === C_DIGIT) {
        emit(start, j + 1, kind, curly); // "No. 5"
        lastAbbrev = 1;
        return j + 1;
      }
    }
  }
  emit(start, j, kind, curly);
  return j;
}

/**
 * Splits a run of letters of a script written without spaces (Han, kana, Thai, Lao, Khmer,
 * Myanmar) into words with `Intl.Segmenter` (ICU's dictionary-based word breaks), emitting
 * each with its offsets in the text.
 */
function segmentRun(text: string, i: number, n: number, cls: Uint8Array, emit: Emit): number {
  let j = i + 1;
  while (j < n) {
    const k = cls[text.charCodeAt(j)];
    if (k === C_NOSPACE) j++;
    else if (k === C_JOINER && j + 1 < n && cls[text.charCodeAt(j + 1)] === C_NOSPACE) j += 2;
    else break;
  }
  if (j - i === 1) {
    emit(i, j, TokenKind.word, false);
    return j;
  }
  wordSegmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  for (const s of wordSegmenter.segment(text.slice(i, j))) {
    const a = i + s.index;
    emit(a, a + s.segment.length, TokenKind.word, false);
  }
  return j;
}

/** End of an emoji sequence whose first character ends at `j`: variation selectors, skin tones, ZWJ sequences, flag pairs, keycaps. */
function emojiEnd(text: string, j: number, n: number): number {
  for (;;) {
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if ((c >= 0xfe00 && c <= 0xfe0f) || c === 0x20e3) j++; // variation selector, combining keycap
    else if (c === 0xd83c && j + 1 < n && isModifierOrFlag(text.charCodeAt(j + 1))) j += 2; // skin tone, regional indicator
    else if (c === 0x200d && j + 1 < n && isPictographStart(text.charCodeAt(j + 1))) j += text.charCodeAt(j + 1) >= 0xd800 ? 3 : 2; // ZWJ sequence
    else return j;
  }
}

function isModifierOrFlag(low: number): boolean {
  return (low >= 0xdffb && low <= 0xdfff) || (low >= 0xdde6 && low <= 0xddff);
}

function isPictographStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2640 || c === 0x2642;
}

/** Whether an @ or # at `i` starts a token: at the text start or after a character that is no part of a word. */
function startsToken(text: string, i: number, cls: Uint8Array): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  const k = cls[p];
  return k !== C_LETTER && k !== C_DIGIT && k !== C_NOSPACE && p !== 95 /* _ */;
}

/**
 * The normalized form of a surface: Unicode-normalized (only when it holds a character at
 * or above U+00A0: below that every string is already NFC and NFKC), lowercased on
 * request, typographic marks folded; a URL lowercases only its scheme and host.
 */
function formOf(raw: string, kind: number, curly: boolean, lowercase: boolean, unicode: UnicodeForm): string {
  let norm = raw;
  if (unicode !== UnicodeForm.none && !isBelowA0(raw)) norm = norm.normalize(unicode);
  if (kind === TokenKind.url) return lowercase ? urlForm(norm) : norm;
  if (lowercase) norm = norm.toLowerCase();
  if (curly || kind !== TokenKind.word) norm = normalizeMarks(norm);
  return norm;
}

function isBelowA0(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xa0) return false;
  return true;
}

function isLower(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== ch.toUpperCase();
}

/** A letter followed by a period at `i`. */
function isInitialPair(text: string, i: number, n: number, cls: Uint8Array): boolean {
  return i + 1 < n && cls[text.charCodeAt(i)] === C_LETTER && text.charCodeAt(i + 1) === 46;
}

/** Folds typographic marks in a normalized form: ’ ‘ ʼ to ', “ ” „ to ". */
function normalizeMarks(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc) out += "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e) out += '"';
    else out += s[i];
  }
  return out;
}
