/**
 * What a rhetoric rule is and what it sees: one document's tokens with UTF-16 offsets.
 * Every built-in rule is one file of this folder exporting one {@link RhetoricRule}.
 */

/** A span a rule found: UTF-16 offsets into the document text, `end` exclusive. */
export interface RuleSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * One document as a rule sees it. Token `i` (0-based within the document) has the
 * lowercased form `forms[i]` (’ folded to ', hyphenated words split, clitics split:
 * "don't" is do + n't), the kind `kind[i]` (0 word, 1 number, 2 punctuation, 3 symbol)
 * and the surface `text.slice(start[i], end[i])`. Sentences are numbered from 0 within
 * the document; token `i` is in sentence `sentence[i]`, which covers
 * `text.slice(sentenceStart[s], sentenceEnd[s])` and holds tokens
 * `sentenceFirstToken[s]` to `sentenceFirstToken[s + 1] - 1`.
 */
export interface RuleContext {
  readonly text: string;
  readonly length: number;
  readonly forms: readonly string[];
  readonly kind: Uint8Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly sentence: Uint32Array;
  readonly sentences: number;
  readonly sentenceStart: Uint32Array;
  readonly sentenceEnd: Uint32Array;
  /** Length `sentences + 1`. */
  readonly sentenceFirstToken: Uint32Array;
}

/**
 * A named rhetoric rule: an id, what it finds, where the idea comes from, the
 * SemEval-2021 Task 6 persuasion technique it is claimed to detect (exactly as spelled
 * in that data, or null when unmapped or measured below 0.5 precision), and a
 * linear-time function returning the spans it finds in one document.
 */
export interface RhetoricRule {
  /** Kebab-case id, unique among the rules of a run. */
  readonly id: string;
  readonly description: string;
  readonly references: readonly string[];
  readonly technique: string | null;
  readonly find: (doc: RuleContext) => RuleSpan[];
}

/** Token kinds as stored in {@link RuleContext.kind}. @internal */
export const WORD = 0;
/** @internal */
export const NUMBER = 1;
/** @internal */
export const PUNCT = 2;

/** Index of the first token of the sentence holding token i's sentence end. @internal */
export function isWordish(doc: RuleContext, i: number): boolean {
  return doc.kind[i] === WORD || doc.kind[i] === NUMBER;
}
