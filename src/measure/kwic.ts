import { argumentError, checkInteger, checkOneOf } from "../errors";
import { CONTEXT_CHARS } from "../segment/context-excerpt";
import { tokens } from "../segment/tokens";
import { featureViewOf } from "../segment/feature-tokens";
import type { TermFormOptions } from "../segment/term-form";
import type { Corpus, OnWarning } from "../types";
import { featurePhrase, lookupOf } from "./feature-term";
import { kwicHits, kwicHitRows } from "./kwic-hits";
import { parsePattern, patternIds } from "./pattern-ids";

const FN = "kwic";

/** Columns of {@link kwic}, in order. */
export const KWIC_COLUMNS = [
  "doc_id", "date", "speaker", "left", "match", "right", "start", "end", "context_start", "context_end", "sentence", "sentence_start", "sentence_end",
] as const;

/**
 * One concordance line. `match` is the exact surface, `doc.text.slice(start, end)`
 * (UTF-16 offsets); `left`, `right` and `sentence` are whitespace-collapsed and bounded:
 * at most `contextChars` characters on each side of the match (300 by default), cut with
 * "…" where the window or the sentence goes on, with the offsets of what is shown.
 */
export type KwicRow = {
  readonly doc_id: string;
  /** ISO date at its own precision, or null. */
  readonly date: string | null;
  readonly speaker: string | null;
  readonly left: string;
  readonly match: string;
  readonly right: string;
  readonly start: number;
  readonly end: number;
  /**
   * UTF-16 offsets of the context shown: `left` is `text.slice(context_start, start)` and
   * `right` is `text.slice(end, context_end)`, whitespace-collapsed (with `removePunct`,
   * the words in those ranges), "…" first (or last) when cut short by `contextChars`.
   */
  readonly context_start: number;
  readonly context_end: number;
  /**
   * The sentence (or sentences, for a phrase across a sentence end) holding the match,
   * whole when it is at most `contextChars` characters either side of the match, else cut
   * around it and marked "…" (a match longer than twice that keeps its two ends, " … "
   * between).
   */
  readonly sentence: string;
  /** UTF-16 offsets of the part of the sentence shown in `sentence` (the marks excluded). */
  readonly sentence_start: number;
  readonly sentence_end: number;
};

/** Orders of concordance lines. */
export const KwicSort = {
  /** Corpus order: document, then position. */
  position: "position",
  /** By the words left of the match, nearest first (1L, 2L, ...), as AntConc sorts. */
  left: "left",
  /** By the words right of the match (1R, 2R, ...). */
  right: "right",
} as const;
export type KwicSort = (typeof KwicSort)[keyof typeof KwicSort];

/** Options of {@link kwic}. */
export interface KwicOptions extends TermFormOptions {
  /** Context tokens on each side, or "sentence" for the rest of the match's sentence. Default 5. */
  readonly window?: number | "sentence";
  /** "position" (default), "left" or "right"; see {@link KwicSort}. */
  readonly sort?: KwicSort;
  /** Match the original case instead of lowercased forms. Default false. */
  readonly caseSensitive?: boolean;
  /**
   * Drop punctuation and symbols from the context: they are not counted in the window and
   * contexts become the words' surfaces joined by single spaces (none where the words
   * touched, as in "Iran’s"). Default false (punctuation kept,
   * contexts are slices of the original text).
   */
  readonly removePunct?: boolean;
  /**
   * At most this many rows. With sort "position" the search stops as soon as they are
   * found; "left" and "right" sort every match first (kept as a few integers each) and
   * build only the rows returned. Default: every match.
   */
  readonly limit?: number;
  /** Characters of context at most on each side of the match, in `left`, `right` and `sentence`. Default 300. */
  readonly contextChars?: number;
  /** Receives an `unseen_term` warning when the pattern never occurs. */
  readonly onWarning?: OnWarning;
}

/**
 * Keyword in context: every occurrence of a pattern with the text around it, one row per
 * occurrence, contexts never crossing a document.
 *
 * Patterns (whitespace separates consecutive tokens of a phrase):
 * - a word: "iran" (matches "Iran" and the "Iran" of "Iran’s"; "Iran's" is the phrase
 *   iran + 's, as the tokenizer splits it);
 * - a glob: "negotiat*" (`*` any run, `?` one character, `\*` a literal star), one token;
 * - a phrase: "maximum pressure", "nuclear weapon*": consecutive tokens of one document;
 * - a regular expression `/source/flags`, e.g. `/sanction(s|ed)?/`, anchored to the whole
 *   token; it holds no whitespace (whitespace separates phrase elements, and no token
 *   contains any). Flags g and y are ignored; `i` is added unless `caseSensitive`.
 *
 * Each element is compiled once against the vocabulary of distinct normalized forms
 * (quanteda's `regex2id`), then the token ids are walked: a regex or glob never runs over
 * the text, and runs once per distinct form, however often it occurs. A pathological
 * regex such as `/(a+)+$/` is still exponential in the length of one form, so keep
 * backtracking regexes for short words. Overlapping phrase matches are all reported.
 *
 * @param corpus The documents.
 * @param pattern A word, glob, phrase or `/regex/flags`; matched against lowercased forms
 *   (’ folded to ') unless `caseSensitive`.
 * @param options
 * - `window` (5): tokens of context each side (punctuation counts as a token), or
 *   "sentence": the rest of the match's sentence on each side.
 * - `sort` ("position"): "left" sorts by 1L, 2L, ... normalized words (punctuation
 *   skipped) in codepoint order, "right" by 1R, 2R, ...; ties in corpus order.
 * - `caseSensitive` (false), `removePunct` (false).
 * - `stem` (a language, e.g. "en") or `lemma` (true): match stems or lemmas. A word of the
 *   pattern stands for its stem ("negotiations" finds every form stemming to "negoti"; a
 *   truncation such as "negotiat" works when the words it begins share one stem); globs
 *   and regexes match the stems. `match` stays the words as written.
 * - `limit` (none): at most this many rows; the search stops early in position order.
 * - `contextChars` (300): the most characters shown on each side of the match in `left`,
 *   `right` and `sentence`; beyond it they are cut and marked "…", so a row costs a
 *   bounded number of characters however long the sentence.
 * - `onWarning`: `unseen_term` when the pattern never occurs (rows are then empty).
 *
 * {@link kwicIterate} gives the same rows one at a time, for output written as it is found.
 * @returns Rows with the columns {@link KWIC_COLUMNS} (see {@link KwicRow}).
 * @throws DiscourseError `invalid_argument` for an empty pattern, an invalid regex, or bad options.
 * @example
 * const c = [{ id: "a", text: "We will apply maximum pressure on Iran’s regime.", meta: {} }];
 * kwic(c, "iran", { window: 3 })[0];
 * // { doc_id: "a", date: null, speaker: null, left: "maximum pressure on", match: "Iran",
 * //   right: "’s regime.", start: 34, end: 38, context_start: 14, context_end: 48,
 * //   sentence: "We will apply maximum pressure on Iran’s regime.", sentence_start: 0, sentence_end: 48 }
 * kwic(corpus, "maximum pressure", { window: "sentence", sort: "left" });
 * kwic(corpus, "/sanction(s|ed)?/"); // sanction, sanctions, sanctioned; not sanctioning
 * @see Luhn (1960), "Key word-in-context index for technical literature", American
 *   Documentation 11(4); AntConc's 1L/1R concordance sort (L. Anthony); quanteda's
 *   `kwic()` and `regex2id`.
 */
export function kwic(corpus: Corpus, pattern: string, options: KwicOptions = {}): KwicRow[] {
  return Array.from(kwicSearch(FN, corpus, pattern, options));
}

/**
 * Checks the options and compiles the pattern now (errors before any work), then finds the
 * rows lazily: what {@link kwic} collects and `kwicIterate` hands out one at a time.
 * @internal
 */
export function kwicSearch(fn: string, corpus: Corpus, pattern: string, options: KwicOptions & KwicBatchHooks): IterableIterator<KwicRow> {
  const window = options.window ?? 5;
  if (window !== "sentence") checkInteger(fn, 'option "window"', window, 0, Number.MAX_SAFE_INTEGER);
  const sort = checkOneOf(fn, 'option "sort"', options.sort ?? KwicSort.position, Object.values(KwicSort));
  const caseSensitive = options.caseSensitive ?? false;
  const removePunct = options.removePunct ?? false;
  if (typeof caseSensitive !== "boolean") throw argumentError(fn, 'option "caseSensitive"', "a boolean", caseSensitive);
  if (typeof removePunct !== "boolean") throw argumentError(fn, 'option "removePunct"', "a boolean", removePunct);
  const limit = options.limit === undefined ? Infinity : checkInteger(fn, 'option "limit"', options.limit, 0, Number.MAX_SAFE_INTEGER);
  const contextChars = options.contextChars === undefined ? CONTEXT_CHARS : checkInteger(fn, 'option "contextChars"', options.contextChars, 1, 1_000_000);
  const parsed = parsePattern(fn, pattern, { lowercase: !caseSensitive, removePunct });
  return search();

  function* search(): Generator<KwicRow> {
    const tk = tokens(corpus, { lowercase: !caseSensitive, removePunct, stem: options.stem, lemma: options.lemma });
    const view = featureViewOf(tk);
    // With stems or lemmas a word of the pattern stands for its feature; globs and regexes match features.
    const resolved = !view ? parsed : {
      ...parsed,
      elements: parsed.elements.map((el) => (el.kind === "form" ? { kind: "form" as const, form: featurePhrase(fn, el.form, lookupOf(view), options.onWarning) ?? el.form } : el)),
    };
    const masks = patternIds(resolved, tk.vocabulary);
    options.onSeen?.(masks.map((m) => m.indexOf(1) >= 0));
    const context = { window, contextChars, removePunct };
    const hits = kwicHits(tk, masks, context, sort, limit);
    let n = 0;
    for (const row of kwicHitRows(corpus, tk, hits, context)) {
      n++;
      yield row;
    }
    if (n === 0 && limit > 0 && !options.batch) unseenPatternWarning(fn, pattern, masks.map((m) => m.indexOf(1) >= 0), options.onWarning);
  }
}

/** What a search over one batch of a corpus tells the whole search (`kwicStream`). @internal */
export interface KwicBatchHooks {
  /** A batch: no `unseen_term` warning (the whole search says it). */
  readonly batch?: boolean;
  /** Receives whether each element of the pattern occurs in the batch's vocabulary. */
  readonly onSeen?: (seen: boolean[]) => void;
}

/** The `unseen_term` warning of a search that found no row, from whether each element of the pattern was seen. @internal */
export function unseenPatternWarning(fn: string, pattern: string, seen: readonly boolean[], onWarning: KwicOptions["onWarning"]): void {
  onWarning?.({
    code: "unseen_term",
    message: `${fn}: pattern ${JSON.stringify(pattern)} ${seen.some((s) => !s) ? "never seen in the corpus" : "never occurs as a sequence in the corpus"}`,
  });
}
