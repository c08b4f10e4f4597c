/**
 * The engine of kwic: where each match's context starts and ends (bounded in tokens and in
 * characters), the left/right sort, and the rows built from those bounds one at a time.
 * A hit is a handful of integers; text is cut only for the rows handed out, so memory
 * depends on the corpus and the rows kept, never on matches x context.
 * @internal
 */
import { collapseSpace, contextExcerpt, isLowSurrogate } from "../segment/context-excerpt";
import { isWordKind } from "../segment/is-word-kind";
import type { Corpus, Tokens } from "../types";
import type { KwicRow, KwicSort } from "./kwic";
import { patternMatchStarts } from "./pattern-ids";

/** How much context a line shows. @internal */
export interface KwicContext {
  readonly window: number | "sentence";
  readonly contextChars: number;
  readonly removePunct: boolean;
}

/**
 * One match with its context: tokens [lo, start) left, [end, hi) right; `ctxStart` /
 * `ctxEnd` are the character offsets shown; flags say where the context was cut short
 * and whether a lone token was shown in part.
 * @internal
 */
export interface KwicHit {
  readonly doc: number;
  readonly lo: number;
  readonly start: number;
  readonly end: number;
  readonly hi: number;
  readonly ctxStart: number;
  readonly ctxEnd: number;
  readonly flags: number;
}

const CUT_LEFT = 1;
const CUT_RIGHT = 2;
const PART_LEFT = 4;
const PART_RIGHT = 8;

/**
 * The hits of the masks in `tk`, in the order asked, at most `limit`: lazily in corpus
 * order (the walk stops once `limit` are found), or every hit sorted first (as 8 integers
 * each) for "left" and "right".
 * @internal
 */
export function kwicHits(tk: Tokens, masks: readonly Uint8Array[], c: KwicContext, sort: KwicSort, limit: number): Iterable<KwicHit> {
  const n = masks.length;
  function* inOrder(): Generator<KwicHit> {
    if (limit <= 0) return;
    let d = 0;
    let k = 0;
    for (const start of patternMatchStarts(tk, masks)) {
      while (tk.docStart[d + 1] <= start) d++;
      yield hitOf(tk, d, start, start + n, c);
      if (++k >= limit) return;
    }
  }
  if (sort === "position") return inOrder();
  return sortedHits(tk, masks, c, sort, limit);
}

/** The rows of hits, built one at a time. @internal */
export function* kwicHitRows(corpus: Corpus, tk: Tokens, hits: Iterable<KwicHit>, c: KwicContext): Generator<KwicRow> {
  for (const h of hits) yield rowOf(corpus, tk, h, c);
}

/** A match's context bounds: within its document, the window, the sentence and `contextChars` characters. */
function hitOf(tk: Tokens, d: number, start: number, end: number, c: KwicContext): KwicHit {
  const first = tk.docStart[d];
  const last = tk.docStart[d + 1];
  const sentence = c.window === "sentence";
  const w = c.window === "sentence" ? 0 : c.window;
  let flags = 0;

  // Left: walk back token by token while inside the window (or sentence) and the budget;
  // each step moves at least one character, so a walk costs at most contextChars steps.
  const minChar = tk.charStart[start] - c.contextChars;
  const leftLimit = sentence ? first : Math.max(first, start - w);
  let lo = start;
  while (lo > leftLimit) {
    const j = lo - 1;
    if (sentence && tk.sentenceId[j] !== tk.sentenceId[start]) break;
    if (tk.charStart[j] < minChar) {
      flags |= CUT_LEFT;
      break;
    }
    lo = j;
  }
  let ctxStart = lo < start ? tk.charStart[lo] : tk.charStart[start];
  if (flags & CUT_LEFT && lo === start && tk.charEnd[start - 1] > minChar) {
    // The nearest token alone is longer than the budget: show its last characters.
    ctxStart = minChar;
    flags |= PART_LEFT;
  }

  const maxChar = tk.charEnd[end - 1] + c.contextChars;
  const rightLimit = sentence ? last : Math.min(last, end + w);
  let hi = end;
  while (hi < rightLimit) {
    if (sentence && tk.sentenceId[hi] !== tk.sentenceId[end - 1]) break;
    if (tk.charEnd[hi] > maxChar) {
      flags |= CUT_RIGHT;
      break;
    }
    hi++;
  }
  let ctxEnd = hi > end ? tk.charEnd[hi - 1] : tk.charEnd[end - 1];
  if (flags & CUT_RIGHT && hi === end && tk.charStart[end] < maxChar) {
    ctxEnd = maxChar;
    flags |= PART_RIGHT;
  }
  return { doc: d, lo, start, end, hi, ctxStart, ctxEnd, flags };
}

function rowOf(corpus: Corpus, tk: Tokens, h: KwicHit, c: KwicContext): KwicRow {
  const doc = corpus[h.doc];
  const text = doc.text;
  const charStart = tk.charStart[h.start];
  const charEnd = tk.charEnd[h.end - 1];
  // A partial token never starts or ends inside a surrogate pair.
  let ctxStart = h.ctxStart;
  let ctxEnd = h.ctxEnd;
  if (h.flags & PART_LEFT && isLowSurrogate(text, ctxStart)) ctxStart++;
  if (h.flags & PART_RIGHT && isLowSurrogate(text, ctxEnd)) ctxEnd--;

  let left: string;
  if (h.flags & PART_LEFT) left = collapseSpace(text.slice(ctxStart, tk.charEnd[h.start - 1]));
  else left = contextText(text, tk, h.lo, h.start, c.removePunct);
  let right: string;
  if (h.flags & PART_RIGHT) right = collapseSpace(text.slice(tk.charStart[h.end], ctxEnd));
  else right = contextText(text, tk, h.end, h.hi, c.removePunct);
  if (h.flags & CUT_LEFT) left = "…" + left;
  if (h.flags & CUT_RIGHT) right = right + "…";

  const s = contextExcerpt(text, tk.sentenceStart[tk.sentenceId[h.start]], tk.sentenceEnd[tk.sentenceId[h.end - 1]], charStart, charEnd, c.contextChars);
  return {
    doc_id: doc.id,
    date: doc.date ?? null,
    speaker: doc.speaker ?? null,
    left,
    match: text.slice(charStart, charEnd),
    right,
    start: charStart,
    end: charEnd,
    context_start: ctxStart,
    context_end: ctxEnd,
    sentence: s.text,
    sentence_start: s.start,
    sentence_end: s.end,
  };
}

/** Tokens [from, to) as shown: the text between them collapsed, or with removePunct the words' surfaces. */
function contextText(text: string, tk: Tokens, from: number, to: number, removePunct: boolean): string {
  if (from >= to) return "";
  if (!removePunct) return collapseSpace(text.slice(tk.charStart[from], tk.charEnd[to - 1]));
  // Words' surfaces, with one space where the text had a gap (or removed punctuation).
  let out = text.slice(tk.charStart[from], tk.charEnd[from]);
  for (let i = from + 1; i < to; i++) {
    out += (tk.charStart[i] > tk.charEnd[i - 1] ? " " : "") + text.slice(tk.charStart[i], tk.charEnd[i]);
  }
  return collapseSpace(out);
}

/**
 * Every hit sorted by its context's normalized forms, nearest first, punctuation and
 * symbols skipped, compared by their rank in codepoint order (computed once over the
 * vocabulary); a shorter context sorts first, ties keep corpus order. Keys are read from
 * the tokens during the sort, not stored.
 */
function* sortedHits(tk: Tokens, masks: readonly Uint8Array[], c: KwicContext, sort: KwicSort, limit: number): Generator<KwicHit> {
  if (limit <= 0) return;
  const n = masks.length;
  const store = new HitStore();
  let d = 0;
  for (const start of patternMatchStarts(tk, masks)) {
    while (tk.docStart[d + 1] <= start) d++;
    store.push(hitOf(tk, d, start, start + n, c));
  }
  const V = tk.vocabulary.size;
  const byTerm = Array.from({ length: V }, (_, id) => id).sort((a, b) => cmp(tk.vocabulary.term(a), tk.vocabulary.term(b)));
  const rank = new Uint32Array(V);
  byTerm.forEach((id, r) => (rank[id] = r));
  const isWord = (i: number): boolean => isWordKind(tk.kind[i]);
  const left = sort === "left";
  // The next word of hit h's context from token i on (leftwards or rightwards), or -1.
  const next = (h: number, i: number): number => {
    if (left) {
      const lo = store.get(h, LO);
      while (i >= lo && !isWord(i)) i--;
      return i >= lo ? i : -1;
    }
    const hi = store.get(h, HI);
    while (i < hi && !isWord(i)) i++;
    return i < hi ? i : -1;
  };
  const order = Array.from({ length: store.length }, (_, h) => h);
  // Array.prototype.sort is stable, so ties stay in corpus order.
  order.sort((a, b) => {
    let i = next(a, left ? store.get(a, START) - 1 : store.get(a, END));
    let j = next(b, left ? store.get(b, START) - 1 : store.get(b, END));
    while (i >= 0 && j >= 0) {
      const x = rank[tk.typeId[i]];
      const y = rank[tk.typeId[j]];
      if (x !== y) return x - y;
      i = next(a, left ? i - 1 : i + 1);
      j = next(b, left ? j - 1 : j + 1);
    }
    return (i >= 0 ? 1 : 0) - (j >= 0 ? 1 : 0);
  });
  const k = Math.min(limit, order.length);
  for (let r = 0; r < k; r++) yield store.hit(order[r]);
}

const DOC = 0;
const LO = 1;
const START = 2;
const END = 3;
const HI = 4;
const CTX_START = 5;
const CTX_END = 6;
const FLAGS = 7;
const FIELDS = 8;

/** Hits as 8 integers each in one growing typed array. */
class HitStore {
  private data = new Uint32Array(FIELDS * 1024);
  length = 0;
  push(h: KwicHit): void {
    if ((this.length + 1) * FIELDS > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const o = this.length++ * FIELDS;
    this.data[o + DOC] = h.doc;
    this.data[o + LO] = h.lo;
    this.data[o + START] = h.start;
    this.data[o + END] = h.end;
    this.data[o + HI] = h.hi;
    this.data[o + CTX_START] = h.ctxStart;
    this.data[o + CTX_END] = h.ctxEnd;
    this.data[o + FLAGS] = h.flags;
  }
  get(h: number, field: number): number {
    return this.data[h * FIELDS + field];
  }
  hit(h: number): KwicHit {
    const g = (f: number) => this.get(h, f);
    return { doc: g(DOC), lo: g(LO), start: g(START), end: g(END), hi: g(HI), ctxStart: g(CTX_START), ctxEnd: g(CTX_END), flags: g(FLAGS) };
  }
}

/** Codepoint order: deterministic across locales, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
