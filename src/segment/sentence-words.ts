import type { Tokens } from "../types";
import { isWordKind } from "./is-word-kind";
import { scanCorpus } from "./token-stream";

/**
 * One word of a sentence: a word or number token of the shared tokenization (see
 * `tokens`), so measures reading words one by one (stance cues, negation scopes) count
 * the same words as term frequency and rhetoric. Clitics are words of their own ("don't"
 * is do + n't), hyphenated words are their parts, punctuation is no word.
 */
export interface Word {
  /** Normalized form: lowercased, curly apostrophes made straight (the vocabulary term). */
  readonly norm: string;
  /** Surface as written. */
  readonly surface: string;
  /** UTF-16 offsets in the document text. */
  readonly start: number;
  readonly end: number;
  /** Clause punctuation (, ; : ( ) " “ ” — – or a spaced dash) stands between this word and the previous one. */
  readonly breakBefore: boolean;
}

const firstTokens = new WeakMap<Tokens, Uint32Array>();

/** Index of the first token of each sentence of `tk` (length: sentences + 1). */
function sentenceFirstTokens(tk: Tokens): Uint32Array {
  let first = firstTokens.get(tk);
  if (first) return first;
  const n = tk.sentenceStart.length;
  first = new Uint32Array(n + 1);
  let s = 0;
  for (let i = 0; i < tk.length; i++) while (s <= tk.sentenceId[i]) first[s++] = i;
  while (s <= n) first[s++] = tk.length;
  firstTokens.set(tk, first);
  return first;
}

/** Clause punctuation between words (the scope of a negation ends there). */
const BREAKS = new Set([",", ";", ":", "(", ")", '"', "“", "”", "—", "–"]);

/**
 * The words of corpus-wide sentence `s` of `tk`, a view over the shared tokens of the
 * document whose text is `text`.
 * @internal
 */
export function sentenceWords(tk: Tokens, text: string, s: number): Word[] {
  const first = sentenceFirstTokens(tk);
  const out: Word[] = [];
  let pendingBreak = false;
  for (let i = first[s]; i < first[s + 1]; i++) {
    const k = tk.kind[i];
    const start = tk.charStart[i];
    const end = tk.charEnd[i];
    if (!isWordKind(k)) {
      if (isBreak(text, start, end)) pendingBreak = true;
      continue;
    }
    out.push({ norm: tk.vocabulary.term(tk.typeId[i]), surface: text.slice(start, end), start, end, breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return out;
}

/** A punctuation token that ends a clause: , ; : brackets, double quotes, dashes, or a hyphen with spaces around it. */
function isBreak(text: string, start: number, end: number): boolean {
  const c = text[start];
  if (BREAKS.has(c)) return true;
  if (c !== "-") return false;
  const before = start === 0 ? " " : text[start - 1];
  const after = end >= text.length ? " " : text[end];
  return /\s/.test(before) && /\s/.test(after);
}

/**
 * The words of a single text (a claim, a motion, a word-list entry), sentence by sentence;
 * the first word of each sentence after the first has `breakBefore` (a sentence end closes
 * a clause).
 * @internal
 */
export function textWords(text: string): Word[] {
  const tk = scanCorpus([{ id: "text", text, meta: {} }], { lowercase: true, hyphens: "split" });
  const out: Word[] = [];
  for (let s = 0; s < tk.sentenceStart.length; s++) {
    const words = sentenceWords(tk, text, s);
    if (s > 0 && words.length > 0) words[0] = { ...words[0], breakBefore: true };
    out.push(...words);
  }
  return out;
}
