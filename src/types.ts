/**
 * Data that flows between the pipeline stages.
 *
 * Dates are ISO strings at their own precision ("1790", "1790-01", "1790-01-08");
 * the core never holds a JS `Date`.
 */

/** A value in a document's free-form metadata. */
export type MetaValue = string | number | boolean | null;

/** One text of a corpus: a speech, a report, a transcript. */
export interface Document {
  /** Unique within its corpus. */
  readonly id: string;
  /** The text exactly as read (UTF-16 offsets of every finding point into it). */
  readonly text: string;
  /** ISO date at its own precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly speaker?: string;
  readonly title?: string;
  /** Where the text came from (file and line, package, URL). */
  readonly source?: string;
  /** Any other fields (party, delivery, ...). */
  readonly meta: Readonly<Record<string, MetaValue>>;
}

/** An ordered list of documents with unique ids. */
export type Corpus = readonly Document[];

/** A non-fatal problem reported through an `onWarning` callback. */
export interface Warning {
  readonly code: string;
  readonly message: string;
  /** File (or other origin) the warning is about, when known. */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;
}

/** Callback receiving warnings (skipped records, empty groups, ...). */
export type OnWarning = (warning: Warning) => void;

/** Interned strings: each distinct string gets the next integer id from 0. */
export interface Vocabulary {
  /** Id of `s`, or -1 when never interned. */
  id(s: string): number;
  /** String of id `i`. */
  term(i: number): string;
  /** Number of distinct strings. */
  readonly size: number;
}

/**
 * One flat token stream for a whole corpus (wink-nlp / quanteda style): parallel typed
 * arrays indexed by token position. `text.slice(charStart[i], charEnd[i])` on the document
 * the token belongs to is the token's surface.
 */
export interface Tokens {
  /** Vocabulary of normalized forms (lowercased when `lowercase` was on). */
  readonly vocabulary: Vocabulary;
  /** Number of tokens. */
  readonly length: number;
  /** Normalized type id of each token. */
  readonly typeId: Uint32Array;
  /** UTF-16 start offset of each token in its document's text. */
  readonly charStart: Uint32Array;
  /** UTF-16 end offset (exclusive). */
  readonly charEnd: Uint32Array;
  /** Kind of each token, one of the {@link TokenKind} values. */
  readonly kind: Uint8Array;
  /** Corpus-wide sentence index of each token. */
  readonly sentenceId: Uint32Array;
  /** Document ids, in corpus order. */
  readonly docIds: readonly string[];
  /** Token index where document d starts; `docStart[docIds.length]` is `length`. */
  readonly docStart: Uint32Array;
  /** Sentence index where document d starts; last entry is the sentence count. */
  readonly docSentenceStart: Uint32Array;
  /** UTF-16 start and end of each sentence in its document's text. */
  readonly sentenceStart: Uint32Array;
  readonly sentenceEnd: Uint32Array;
}

/**
 * Token kinds stored in {@link Tokens.kind}. Words (`n_words`, the denominator of every
 * rate) are the tokens of every kind but `punct` and `symbol`: a URL, an e-mail address,
 * an `@handle` or a `#hashtag` is one word.
 */
export const TokenKind = {
  word: 0,
  number: 1,
  punct: 2,
  symbol: 3,
  /** "https://example.org/a?b=c", "www.gov.uk", "whitehouse.gov/briefing". */
  url: 4,
  /** "press@example.org". */
  email: 5,
  /** "@POTUS", "@name@mastodon.social". */
  handle: 6,
  /** "#IranDeal", "#谈判". */
  hashtag: 7,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * A sentence of a document: its index in the document (from 0) and its UTF-16 offsets,
 * `text === doc.text.slice(start, end)`. Every row type of discourse-lab names a span
 * `start` / `end` in UTF-16 units of the document text.
 */
export interface Sentence {
  readonly doc_id: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
