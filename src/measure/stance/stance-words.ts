/**
 * The stance measures' view of the shared tokens: the words of each sentence (word and
 * number tokens of `segment/`, so stance counts the same words as term frequency and
 * rhetoric), negation scopes over them, valence and phrase matching. Internal to
 * measure/stance/.
 */
import afinn = require("sentiment/languages/en/labels.json");
import { sentenceWords, textWords, type Word } from "../../segment/sentence-words";
import { tokenStream } from "../../segment/token-stream";
import type { Corpus, Document } from "../../types";
import { EXTRA_EVALUATIVE, NEGATORS, SCOPE_BREAKERS } from "../lexicons/stance-lexicons";

export { textWords, type Word } from "../../segment/sentence-words";

/** One sentence of a corpus with its words. */
export interface SentenceWords {
  readonly doc: Document;
  /** Index of the sentence in its document, from 0. */
  readonly index: number;
  /** UTF-16 offsets of the sentence in the document text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: Word[];
}

/** Every sentence of the corpus with its words, in document order (one shared tokenization). */
export function* corpusSentenceWords(corpus: Corpus): Generator<SentenceWords> {
  const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" });
  for (let d = 0; d < corpus.length; d++) {
    const doc = corpus[d];
    const first = tk.docSentenceStart[d];
    for (let s = first; s < tk.docSentenceStart[d + 1]; s++) {
      const start = tk.sentenceStart[s];
      const end = tk.sentenceEnd[s];
      yield { doc, index: s - first, start, end, text: doc.text.slice(start, end), words: sentenceWords(tk, doc.text, s) };
    }
  }
}

/**
 * How a negator reads in evidence: a clitic "n't" with the word it hangs on ("won't",
 * "don't"), any other negator as written.
 */
export function negatorText(words: readonly Word[], i: number): string {
  const w = words[i];
  const host = words[i - 1];
  return w.norm === "n't" && host && host.end === w.start ? host.surface + w.surface : w.surface;
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

/**
 * Compiles a phrase pattern ("negotiat*", "United States", "US", "let's") into words split
 * as the text is ("let's" is let + 's), so a pattern matches the words it names.
 */
export function phraseOf(pattern: string): Phrase {
  const raw = pattern.trim().split(/\s+/);
  const exactCase = raw.every((w) => /^[\p{Lu}\p{N}.]+$/u.test(w.replace(/\*$/, "")) && /\p{Lu}/u.test(w));
  const parts: string[] = [];
  const prefix: boolean[] = [];
  for (const w of raw) {
    const bare = w.replace(/\*$/, "");
    const words = textWords(bare);
    const forms = words.length === 0 ? [bare] : words.map((x) => (exactCase ? x.surface : x.norm));
    forms.forEach((f, k) => {
      parts.push(exactCase ? f : f.toLowerCase());
      prefix.push(k === forms.length - 1 && w.endsWith("*"));
    });
  }
  return { parts, prefix, exactCase };
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
