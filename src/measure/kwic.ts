import { argumentError, checkInteger, checkOneOf } from "../errors";
import { isWordKind } from "../segment/is-word-kind";
import { tokens } from "../segment/tokens";
import { featureViewOf } from "../segment/feature-tokens";
import type { TermFormOptions } from "../segment/term-form";
import { type Corpus, type OnWarning, type Tokens } from "../types";
import { featurePhrase, lookupOf } from "./feature-term";
import { forEachPatternMatch, parsePattern, patternIds } from "./pattern-ids";

const FN = "kwic";

/** Columns of {@link kwic}, in order. */
export const KWIC_COLUMNS = ["doc_id", "date", "speaker", "left", "match", "right", "start", "end", "sentence"] as const;

/**
 * One concordance line. `match` is the exact surface, `doc.text.slice(start, end)`
 * (UTF-16 offsets); `left`, `right` and `sentence` are whitespace-collapsed.
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
  /** The sentence (or sentences, for a phrase across a sentence end) holding the match. */
  readonly sentence: string;
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
 * - `onWarning`: `unseen_term` when the pattern never occurs (rows are then empty).
 * @returns Rows with the columns {@link KWIC_COLUMNS} (see {@link KwicRow}).
 * @throws DiscourseError `invalid_argument` for an empty pattern, an invalid regex, or bad options.
 * @example
 * const c = [{ id: "a", text: "We will apply maximum pressure on Iran’s regime.", meta: {} }];
 * kwic(c, "iran", { window: 3 })[0];
 * // { doc_id: "a", date: null, speaker: null, left: "maximum pressure on", match: "Iran",
 * //   right: "’s regime.", start: 34, end: 38,
 * //   sentence: "We will apply maximum pressure on Iran’s regime." }
 * kwic(corpus, "maximum pressure", { window: "sentence", sort: "left" });
 * kwic(corpus, "/sanction(s|ed)?/"); // sanction, sanctions, sanctioned; not sanctioning
 * @see Luhn (1960), "Key word-in-context index for technical literature", American
 *   Documentation 11(4); AntConc's 1L/1R concordance sort (L. Anthony); quanteda's
 *   `kwic()` and `regex2id`.
 */
export function kwic(corpus: Corpus, pattern: string, options: KwicOptions = {}): KwicRow[] {
  const window = options.window ?? 5;
  if (window !== "sentence") checkInteger(FN, 'option "window"', window, 0, Number.MAX_SAFE_INTEGER);
  const sort = checkOneOf(FN, 'option "sort"', options.sort ?? KwicSort.position, Object.values(KwicSort));
  const caseSensitive = options.caseSensitive ?? false;
  const removePunct = options.removePunct ?? false;
  if (typeof caseSensitive !== "boolean") throw argumentError(FN, 'option "caseSensitive"', "a boolean", caseSensitive);
  if (typeof removePunct !== "boolean") throw argumentError(FN, 'option "removePunct"', "a boolean", removePunct);
  const parsed = parsePattern(FN, pattern, { lowercase: !caseSensitive, removePunct });

  const tk = tokens(corpus, { lowercase: !caseSensitive, removePunct, stem: options.stem, lemma: options.lemma });
  const view = featureViewOf(tk);
  // With stems or lemmas a word of the pattern stands for its feature; globs and regexes match features.
  const resolved = !view ? parsed : {
    ...parsed,
    elements: parsed.elements.map((el) => (el.kind === "form" ? { kind: "form" as const, form: featurePhrase(FN, el.form, lookupOf(view), options.onWarning) ?? el.form } : el)),
  };
  const masks = patternIds(resolved, tk.vocabulary);
  const hits: Hit[] = [];
  let d = 0;
  forEachPatternMatch(tk, masks, (start, end) => {
    while (tk.docStart[d + 1] <= start) d++;
    hits.push(contextOf(tk, d, start, end, window));
  });
  if (hits.length === 0) {
    const unseen = masks.some((m) => m.indexOf(1) < 0);
    options.onWarning?.({
      code: "unseen_term",
      message: `${FN}: pattern ${JSON.stringify(pattern)} ${unseen ? "never seen in the corpus" : "never occurs as a sequence in the corpus"}`,
    });
    return [];
  }
  if (sort !== KwicSort.position) sortHits(tk, hits, sort);
  return hits.map((h) => row(corpus, tk, h, removePunct));
}

/** One match with its context token ranges [lo, start) and [end, hi). */
interface Hit {
  readonly doc: number;
  readonly lo: number;
  readonly start: number;
  readonly end: number;
  readonly hi: number;
}

function contextOf(tk: Tokens, doc: number, start: number, end: number, window: number | "sentence"): Hit {
  const first = tk.docStart[doc];
  const last = tk.docStart[doc + 1];
  let lo: number;
  let hi: number;
  if (window === "sentence") {
    lo = start;
    while (lo > first && tk.sentenceId[lo - 1] === tk.sentenceId[start]) lo--;
    hi = end;
    while (hi < last && tk.sentenceId[hi] === tk.sentenceId[end - 1]) hi++;
  } else {
    lo = Math.max(first, start - window);
    hi = Math.min(last, end + window);
  }
  return { doc, lo, start, end, hi };
}

function row(corpus: Corpus, tk: Tokens, h: Hit, removePunct: boolean): KwicRow {
  const doc = corpus[h.doc];
  const text = doc.text;
  const charStart = tk.charStart[h.start];
  const charEnd = tk.charEnd[h.end - 1];
  const context = (from: number, to: number): string => {
    if (from >= to) return "";
    if (!removePunct) return collapse(text.slice(tk.charStart[from], tk.charEnd[to - 1]));
    // Words' surfaces, with one space where the text had a gap (or removed punctuation).
    let out = text.slice(tk.charStart[from], tk.charEnd[from]);
    for (let i = from + 1; i < to; i++) {
      out += (tk.charStart[i] > tk.charEnd[i - 1] ? " " : "") + text.slice(tk.charStart[i], tk.charEnd[i]);
    }
    return collapse(out);
  };
  return {
    doc_id: doc.id,
    date: doc.date ?? null,
    speaker: doc.speaker ?? null,
    left: context(h.lo, h.start),
    match: text.slice(charStart, charEnd),
    right: context(h.end, h.hi),
    start: charStart,
    end: charEnd,
    sentence: collapse(text.slice(tk.sentenceStart[tk.sentenceId[h.start]], tk.sentenceEnd[tk.sentenceId[h.end - 1]])),
  };
}

/** Whitespace runs (newlines included) to one space, trimmed. Linear: no backtracking. */
function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Sorts by the context's normalized forms, nearest first, punctuation and symbols skipped,
 * compared by their rank in codepoint order (computed once over the vocabulary); a
 * shorter context sorts first, ties keep corpus order.
 */
function sortHits(tk: Tokens, hits: Hit[], sort: KwicSort): void {
  const V = tk.vocabulary.size;
  const byTerm = Array.from({ length: V }, (_, id) => id).sort((a, b) => cmp(tk.vocabulary.term(a), tk.vocabulary.term(b)));
  const rank = new Uint32Array(V);
  byTerm.forEach((id, r) => (rank[id] = r));
  const isWord = (i: number): boolean => isWordKind(tk.kind[i]);
  const keys = new Map<Hit, number[]>();
  for (const h of hits) {
    const key: number[] = [];
    if (sort === KwicSort.left) {
      for (let i = h.start - 1; i >= h.lo; i--) if (isWord(i)) key.push(rank[tk.typeId[i]]);
    } else {
      for (let i = h.end; i < h.hi; i++) if (isWord(i)) key.push(rank[tk.typeId[i]]);
    }
    keys.set(h, key);
  }
  // Array.prototype.sort is stable, so ties stay in corpus order.
  hits.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    const n = Math.min(x.length, y.length);
    for (let k = 0; k < n; k++) if (x[k] !== y[k]) return x[k] - y[k];
    return x.length - y.length;
  });
}

/** Codepoint order: deterministic across locales, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
