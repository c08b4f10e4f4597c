import { TokenKind } from "../types";

const WORD_KINDS: boolean[] = [];
for (const k of Object.values(TokenKind)) WORD_KINDS[k] = k !== TokenKind.punct && k !== TokenKind.symbol;

/**
 * Whether tokens of this kind are words: every kind but punctuation and symbols (words,
 * numbers, URLs, e-mail addresses, `@handles`, `#hashtags`). A document's words are the
 * `n_words` of every table.
 * @internal
 */
export function isWordKind(kind: number): boolean {
  return WORD_KINDS[kind] === true;
}
