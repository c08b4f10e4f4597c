import { argumentError, checkOneOf } from "../errors";
import { TokenKind, type OnWarning, type Vocabulary } from "../types";
import { HyphenMode, UnicodeForm, type ScanOptions } from "./scan-text";
import { stopwordSpec, type StopwordSpec } from "./stopword-spec";
import { stopwordsFor } from "./stopwords";

/** Options shared by every function that tokenizes. */
export interface TokenOptions {
  /** Lowercase the normalized forms. Default true. */
  readonly lowercase?: boolean;
  /** "split" (default): "self-government" is self, -, government; "keep": one token. */
  readonly hyphens?: HyphenMode;
  /**
   * Unicode normalization of the normalized forms (never of the text: offsets point into
   * the text as given): "NFC" (default; "café" typed with a combining accent is the same
   * term as "café"), "NFKC" (also folds compatibility forms: ligatures, superscripts,
   * fullwidth letters, Arabic presentation forms), or "none".
   */
  readonly unicode?: UnicodeForm;
  /** Drop punctuation tokens. Default false for `tokens`, true for counting measures. */
  readonly removePunct?: boolean;
  /** Drop number tokens ("1953", "2,000km"). Default false. */
  readonly removeNumbers?: boolean;
  /** Drop symbol tokens (emoji, $, %). Default: same as removePunct. */
  readonly removeSymbols?: boolean;
  /** Drop URLs ("https://...", "www.x.org", "whitehouse.gov/x"). Default false. */
  readonly removeUrls?: boolean;
  /** Drop e-mail addresses. Default false. */
  readonly removeEmails?: boolean;
  /** Drop `@handles`. Default false. */
  readonly removeHandles?: boolean;
  /** Drop #hashtags. Default false. */
  readonly removeHashtags?: boolean;
  /**
   * Stopwords to drop. Default: none.
   * - `true` or `"auto"`: each document's own language (`meta.lang`, as `loadCorpus` sets it);
   * - a language code (`"en"`, `"fa"`, `"deu"`, ...) or several (`"en,fa"`): those lists, for every document;
   * - words added or kept: `"en+foo+bar-us"` (English, plus foo and bar, but keeping "us"), `"auto-not"`;
   * - a {@link StopwordSpec} (`{ byDocument, languages, add, keep }`), e.g. with the words of a file
   *   (`readStopwords("en,file:list.txt")`, or the CLI's `--stopwords file:list.txt`).
   */
  readonly stopwords?: string | boolean | StopwordSpec;
  /** Receives a `no_stopword_list` warning when documents are in languages without a stopword list. */
  readonly onWarning?: OnWarning;
}

/** Resolved token options. @internal */
export interface TokenPolicy {
  readonly scan: ScanOptions;
  readonly keepKind: readonly boolean[];
  readonly stop: StopPolicy | undefined;
}

/** The stopwords of each document: one set for all, or one per document language. @internal */
export interface StopPolicy {
  readonly byDocument: boolean;
  /** The stopwords of a document in language `lang` (meta.lang). */
  setFor(lang: unknown): ReadonlySet<string>;
  /** Document languages met without a list, with how many documents (filled by {@link setFor}). */
  readonly unlisted: Map<string, number>;
}

/** Resolves and validates token options. @internal */
export function tokenPolicy(fn: string, options: TokenOptions, removePunctDefault: boolean): TokenPolicy {
  const lowercase = options.lowercase ?? true;
  const hyphens = checkOneOf(fn, 'option "hyphens"', options.hyphens ?? HyphenMode.split, Object.values(HyphenMode));
  const unicode = checkOneOf(fn, 'option "unicode"', options.unicode ?? UnicodeForm.nfc, Object.values(UnicodeForm));
  const removePunct = options.removePunct ?? removePunctDefault;
  const removeSymbols = options.removeSymbols ?? removePunct;
  const keepKind: boolean[] = [];
  keepKind[TokenKind.word] = true;
  keepKind[TokenKind.number] = !(options.removeNumbers ?? false);
  keepKind[TokenKind.punct] = !removePunct;
  keepKind[TokenKind.symbol] = !removeSymbols;
  keepKind[TokenKind.url] = !(options.removeUrls ?? false);
  keepKind[TokenKind.email] = !(options.removeEmails ?? false);
  keepKind[TokenKind.handle] = !(options.removeHandles ?? false);
  keepKind[TokenKind.hashtag] = !(options.removeHashtags ?? false);
  const stop = stopPolicy(fn, options.stopwords, lowercase, unicode);
  return { scan: { lowercase, hyphens, unicode }, keepKind, stop };
}

function stopPolicy(fn: string, option: TokenOptions["stopwords"], lowercase: boolean, unicode: UnicodeForm): StopPolicy | undefined {
  if (option === undefined || option === false) return undefined;
  let spec: StopwordSpec;
  if (option === true) spec = { byDocument: true };
  else if (typeof option === "string") spec = stopwordSpec(option, fn);
  else if (typeof option === "object" && option !== null && !Array.isArray(option)) spec = option;
  else throw argumentError(fn, 'option "stopwords"', 'true, a language code, a list such as "en,fa+word-word", or {byDocument, languages, add, keep}', option);
  if (spec.files !== undefined && spec.files.length > 0) {
    throw argumentError(fn, 'option "stopwords"', "words, not files (read file: lists first with readStopwords)", `file:${spec.files[0]}`);
  }
  const form = (w: string): string => {
    const t = unicode === UnicodeForm.none ? w.trim() : w.trim().normalize(unicode);
    return lowercase ? t.toLowerCase() : t;
  };
  const words = (key: "add" | "keep"): string[] => {
    const v = spec[key] ?? [];
    if (!Array.isArray(v) || v.some((w) => typeof w !== "string" || w.trim() === "")) throw argumentError(fn, `option "stopwords.${key}"`, "a list of words", v);
    return v.map(form);
  };
  const add = words("add");
  const keep = new Set(words("keep"));
  const fixed = new Set<string>(add);
  for (const lang of spec.languages ?? []) for (const w of stopwordsFor(fn, lang)) fixed.add(form(w));
  for (const w of keep) fixed.delete(w);
  const byDocument = spec.byDocument === true;
  const unlisted = new Map<string, number>();
  const perLanguage = new Map<string, ReadonlySet<string>>();
  return {
    byDocument,
    unlisted,
    setFor(lang) {
      if (!byDocument) return fixed;
      const code = typeof lang === "string" && lang !== "" ? lang : "(none)";
      let set = perLanguage.get(code);
      if (set === undefined) {
        const own = code === "(none)" ? undefined : stopwordsFor(undefined, code);
        const s = new Set(fixed);
        if (own) for (const w of own) if (!keep.has(form(w))) s.add(form(w));
        perLanguage.set(code, (set = s));
        if (!own) unlisted.set(code, 0);
      }
      if (unlisted.has(code)) unlisted.set(code, unlisted.get(code)! + 1);
      return set;
    },
  };
}

/** Reports languages without a stopword list, once, with document counts. @internal */
export function warnUnlisted(fn: string, stop: StopPolicy | undefined, onWarning: OnWarning | undefined): void {
  if (!stop || stop.unlisted.size === 0 || !onWarning) return;
  const parts = [...stop.unlisted].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([lang, n]) => `${lang} (${n})`);
  const docs = [...stop.unlisted.values()].reduce((a, b) => a + b, 0);
  onWarning({
    code: "no_stopword_list",
    message: `${fn}: no stopword list for the language of ${docs} document(s): ${parts.join(", ")}; only the words given explicitly were removed from them`,
  });
  stop.unlisted.clear();
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

/**
 * Stopword masks over a growing vocabulary, one per stopword set (so per document language
 * when stopwords follow each document's language), each extended as the vocabulary grows.
 * @internal
 */
export class StopMasks {
  private readonly masks = new Map<ReadonlySet<string>, { mask: Uint8Array; checked: number }>();
  private readonly none = { mask: new Uint8Array(0), checked: 0 };

  constructor(private readonly stop: StopPolicy | undefined) {}

  /** The mask (1 = drop) for a document of language `lang`, covering every id of `vocab`. */
  of(vocab: Vocabulary, lang: unknown): Uint8Array {
    const set = this.stop?.setFor(lang);
    let m = set === undefined ? this.none : this.masks.get(set);
    if (m === undefined) this.masks.set(set!, (m = { mask: new Uint8Array(1024), checked: 0 }));
    if (m.checked < vocab.size || m.mask.length < vocab.size) {
      m.mask = stopMask(vocab, set, m.mask, m.checked);
      m.checked = vocab.size;
    }
    return m.mask;
  }
}
