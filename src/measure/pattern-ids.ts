/**
 * Search patterns (words, globs, phrases, `/regex/flags`) compiled against a vocabulary
 * once, then matched by walking type ids (quanteda's `regex2id`): a regular expression or
 * glob runs once per distinct normalized form, never over the text.
 * @internal
 */
import { argumentError } from "../errors";
import { tokens } from "../segment/tokens";
import type { Tokens, Vocabulary } from "../types";

/** One token position of a pattern. @internal */
export type PatternElement =
  /** A normalized form, looked up in the vocabulary. */
  | { readonly kind: "form"; readonly form: string }
  /** `*` any run, `?` one character, `\` escapes the next character. */
  | { readonly kind: "glob"; readonly glob: string }
  /** Anchored to the whole form. */
  | { readonly kind: "regex"; readonly regex: RegExp };

/** A validated pattern: consecutive token positions. @internal */
export interface ParsedPattern {
  /** The pattern as given. */
  readonly pattern: string;
  readonly elements: readonly PatternElement[];
}

/** How pattern text is normalized; must agree with how the corpus is tokenized. @internal */
export interface PatternNormalization {
  /** Lowercase words and globs; add the `i` flag to regular expressions. */
  readonly lowercase: boolean;
  /** Drop punctuation and symbol tokens of literal words (as the corpus tokens do). */
  readonly removePunct: boolean;
}

/** `/source/flags`, with at least one character of source. */
const REGEX_ELEMENT = /^\/(.+)\/([a-z]*)$/s;

/**
 * Parses and validates a pattern before any work: whitespace separates token positions;
 * an element written `/source/flags` is a regular expression, one containing an unescaped
 * `*` or `?` a glob, anything else a literal word, tokenized as the corpus is (so
 * "Iran's" is the two positions iran + 's, and ’ is folded to '). Throws an
 * `invalid_argument` error naming the pattern when it is empty or a regex is invalid.
 * @internal
 */
export function parsePattern(fn: string, pattern: unknown, norm: PatternNormalization): ParsedPattern {
  if (typeof pattern !== "string" || pattern.trim() === "") {
    throw argumentError(fn, "pattern", "a word, glob, phrase or /regex/flags", pattern);
  }
  const elements: PatternElement[] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    const re = REGEX_ELEMENT.exec(part);
    if (re) {
      elements.push({ kind: "regex", regex: compileRegex(fn, pattern, re[1], re[2], norm.lowercase) });
    } else if (hasWildcard(part)) {
      elements.push({ kind: "glob", glob: foldMarks((norm.lowercase ? part.toLowerCase() : part).normalize("NFC")) });
    } else {
      const text = part.replace(/\\(.)/gs, "$1"); // a backslash escape is the character itself
      const t = tokens([{ id: "pattern", text, meta: {} }], { lowercase: norm.lowercase, removePunct: norm.removePunct });
      if (t.length === 0) throw argumentError(fn, "pattern", "words the tokenizer keeps", pattern);
      for (let i = 0; i < t.length; i++) elements.push({ kind: "form", form: t.vocabulary.term(t.typeId[i]) });
    }
  }
  return { pattern, elements };
}

function compileRegex(fn: string, pattern: string, source: string, flags: string, lowercase: boolean): RegExp {
  // g and y make test() stateful; they mean nothing for a whole-form match.
  let f = flags.replace(/[gy]/g, "");
  if (lowercase && !f.includes("i")) f += "i";
  try {
    return new RegExp(`^(?:${source})$`, f);
  } catch (e) {
    throw argumentError(fn, "pattern", `a valid regular expression (${(e as Error).message})`, pattern);
  }
}

function hasWildcard(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
  }
  return false;
}

/** Folds typographic marks as the tokenizer does: ’ ‘ ʼ to ', “ ” „ to ". */
function foldMarks(s: string): string {
  return s.replace(/[’‘ʼ]/g, "'").replace(/[“”„]/g, '"');
}

/**
 * For each pattern element, a mask over the vocabulary: `mask[id] === 1` when the form
 * with that id matches. Each glob and regex runs once per vocabulary entry.
 * @internal
 */
export function patternIds(parsed: ParsedPattern, vocabulary: Vocabulary): Uint8Array[] {
  const V = vocabulary.size;
  return parsed.elements.map((el) => {
    const mask = new Uint8Array(V);
    if (el.kind === "form") {
      const id = vocabulary.id(el.form);
      if (id >= 0) mask[id] = 1;
    } else if (el.kind === "glob") {
      const glob = Array.from(el.glob);
      for (let id = 0; id < V; id++) if (globMatch(glob, vocabulary.term(id))) mask[id] = 1;
    } else {
      for (let id = 0; id < V; id++) if (el.regex.test(vocabulary.term(id))) mask[id] = 1;
    }
    return mask;
  });
}

/**
 * Whole-string glob match by code point (`glob` as `Array.from(pattern)`): `*` any run, `?` one character, `\x` a literal x.
 * @internal
 * Greedy with one backtrack point (the last `*`), so O(pattern x text) at worst, never
 * exponential.
 */
export function globMatch(glob: readonly string[], text: string): boolean {
  const s = Array.from(text);
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    if (p < glob.length && glob[p] === "*") {
      starP = p++;
      starI = i;
      continue;
    }
    if (p < glob.length) {
      const escaped = glob[p] === "\\" && p + 1 < glob.length;
      const g = escaped ? glob[p + 1] : glob[p];
      if ((!escaped && g === "?") || g === s[i]) {
        p += escaped ? 2 : 1;
        i++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    i = ++starI;
  }
  while (p < glob.length && glob[p] === "*") p++;
  return p === glob.length;
}

/**
 * The first token of every run of tokens `start .. start + masks.length - 1` of one
 * document whose ids are in the masks, in token order, lazily (a reader that stops early
 * stops the walk); overlapping matches are all reported.
 * @internal
 */
export function* patternMatchStarts(tk: Tokens, masks: readonly Uint8Array[]): Generator<number> {
  const n = masks.length;
  if (n === 0) return;
  const typeId = tk.typeId;
  const first = masks[0];
  let d = 0;
  for (let i = 0; i < tk.length; i++) {
    if (first[typeId[i]] !== 1) continue;
    while (tk.docStart[d + 1] <= i) d++;
    if (i + n > tk.docStart[d + 1]) continue;
    let k = 1;
    while (k < n && masks[k][typeId[i + k]] === 1) k++;
    if (k === n) yield i;
  }
}
