import { checkOneOf } from "../errors";
import { TokenKind, type Vocabulary } from "../types";
import { HyphenMode, type ScanOptions } from "./scan-text";
import { stopwords } from "./stopwords";
import { termForm, type TermForm, type TermFormOptions } from "./term-form";

/** Options shared by every function that tokenizes. */
export interface TokenOptions extends TermFormOptions {
  /** Lowercase the normalized forms. Default true. */
  readonly lowercase?: boolean;
  /** "split" (default): "self-government" is self, -, government; "keep": one token. */
  readonly hyphens?: HyphenMode;
  /** Drop punctuation tokens. Default false for `tokens`, true for counting measures. */
  readonly removePunct?: boolean;
  /** Drop number tokens ("1953", "2,000km"). Default false. */
  readonly removeNumbers?: boolean;
  /** Drop symbol tokens (emoji, $, %). Default: same as removePunct. */
  readonly removeSymbols?: boolean;
  /** Drop the stopwords of this language ("en", "eng", "deu", ...). Default: keep all. */
  readonly stopwords?: string | false;
}

/** Resolved token options. @internal */
export interface TokenPolicy {
  readonly scan: ScanOptions;
  readonly keepKind: readonly boolean[];
  readonly stop: ReadonlySet<string> | undefined;
  /** Stems or lemmas (`stem`, `lemma`), or undefined: words count as themselves. */
  readonly form: TermForm | undefined;
}

/** Resolves and validates token options. @internal */
export function tokenPolicy(fn: string, options: TokenOptions, removePunctDefault: boolean): TokenPolicy {
  const lowercase = options.lowercase ?? true;
  const hyphens = checkOneOf(fn, 'option "hyphens"', options.hyphens ?? HyphenMode.split, Object.values(HyphenMode));
  const removePunct = options.removePunct ?? removePunctDefault;
  const removeSymbols = options.removeSymbols ?? removePunct;
  const keepKind: boolean[] = [];
  keepKind[TokenKind.word] = true;
  keepKind[TokenKind.number] = !(options.removeNumbers ?? false);
  keepKind[TokenKind.punct] = !removePunct;
  keepKind[TokenKind.symbol] = !removeSymbols;
  const stop = options.stopwords ? stopwords(options.stopwords) : undefined;
  return { scan: { lowercase, hyphens }, keepKind, stop, form: termForm(fn, options) };
}

/**
 * Extends `mask` (1 = drop) to cover every vocabulary id, marking stopwords. Types are
 * matched against the list once, never per token (quanteda's regex2id idea).
 * @internal
 */
export function stopMask(vocab: Vocabulary, stop: ReadonlySet<string> | undefined, mask: Uint8Array, from: number): Uint8Array {
  let m = mask;
  if (m.length < vocab.size) {
    const bigger = new Uint8Array(Math.max(vocab.size, m.length * 2));
    bigger.set(m);
    m = bigger;
  }
  if (stop) for (let id = from; id < vocab.size; id++) m[id] = stop.has(vocab.term(id)) ? 1 : 0;
  return m;
}
