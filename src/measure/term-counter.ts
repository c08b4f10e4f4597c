/**
 * The counting engine behind termFrequency and termFrequencyStream: documents go in one at
 * a time (so a corpus can stream from disk), counts accumulate by interned id in typed
 * arrays, memory is bounded by the vocabulary and the number of groups, not the corpus.
 * @internal
 */
import { argumentError, checkInteger } from "../errors";
import type { Document, OnWarning, Tokens, Vocabulary } from "../types";
import { isWordKind } from "../segment/is-word-kind";
import { scanText, type ScanOptions, type SurfaceCache } from "../segment/scan-text";
import { TokenBuffer } from "../segment/token-buffer";
import { StopMasks, tokenPolicy, warnUnlisted, type TokenOptions, type TokenPolicy } from "../segment/token-filter";
import { createVocabulary, type MutableVocabulary } from "../segment/vocabulary";
import type { DocumentGroup, GroupOptions } from "../group/document-group";
import { ratePer1k } from "../group/group-rates";
import { GroupTally, groupKey, type TallyState } from "../group/group-tally";
import { PhraseTerms } from "./term-phrases";

/** Columns of a term-frequency row, in output order. */
export const TERM_FREQUENCY_COLUMNS = [
  "group",
  "group_start",
  "split",
  "term",
  "count",
  "per_1k",
  "doc_freq",
  "tfidf",
  "total_tokens",
  "n_words",
  "n_docs",
] as const;

/**
 * One term in one group.
 * - `group`: "all" when ungrouped; else the document id, field value or period label.
 * - `group_start`: ISO date where the group's period starts (a document's own date when
 *   grouped by document); null for groups that are not periods.
 * - `split`: the value of the `split` field, or null.
 * - `count`: occurrences of the term in the group.
 * - `per_1k`: count per 1,000 tokens of the group (`total_tokens`); NaN for a group
 *   without tokens (the empty-group rule of every per-group table).
 * - `doc_freq`: documents of the group containing the term.
 * - `tfidf`: count x log10(N / df), N documents in the corpus, df documents of the corpus
 *   containing the term (quanteda's dfm_tfidf with scheme_tf "count", base 10).
 * - `total_tokens`: tokens counted in the group (after punctuation and number filters,
 *   before stopword removal; for n-grams, the n-grams formed; for a phrase of `terms`, the
 *   n-grams of its length formed): the denominator of per_1k.
 * - `n_words`: words of the group's documents (tokens other than punctuation and symbols, `wordCounts`), the
 *   n_words of every table; equal to total_tokens for single words with numbers kept.
 * - `n_docs`: documents in the group.
 */
export type TermFrequencyRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly term: string;
  readonly count: number;
  readonly per_1k: number;
  readonly doc_freq: number;
  readonly tfidf: number;
  readonly total_tokens: number;
  readonly n_words: number;
  readonly n_docs: number;
};

/** Options of termFrequency. */
export interface TermFrequencyOptions extends TokenOptions, GroupOptions {
  /** Count n-grams of this length (1 to 3). Default 1. N-grams never cross punctuation or sentences. Not used with `terms`. */
  readonly ngram?: number;
  /** Keep the K most frequent terms of each group. Default: all. */
  readonly top?: number;
  /** Keep terms counted at least this often in the group. Default 1. */
  readonly minCount?: number;
  /**
   * Report exactly these terms in every group, zeros included (for trends). Each term is
   * tokenized as the corpus is and counted as a phrase of its own length whatever `ngram`
   * is ("iran" as a word, "federal government" as two consecutive words of a sentence);
   * stopwords never remove a term asked for. A term's `total_tokens` is the n-grams of its
   * length formed in the group.
   */
  readonly terms?: readonly string[];
  /** Receives warnings (documents lacking a grouping field, unknown terms). */
  readonly onWarning?: OnWarning;
}

/** One group of a {@link CounterState}. */
export interface CounterGroupState {
  readonly key: DocumentGroup;
  /** Tokens (or n-grams) counted, one total per counted length (see `TermCounter`). */
  readonly totals: readonly number[];
  /** Index into `CounterState.terms` of each counted term. */
  readonly termIdx: Uint32Array;
  readonly counts: Uint32Array;
  readonly dfs: Uint32Array;
}

/** A counter's counts as plain, transferable data. @internal */
export interface CounterState {
  readonly docs: number;
  readonly terms: readonly string[];
  /** Corpus document frequency of each term. */
  readonly df: Uint32Array;
  readonly groups: readonly CounterGroupState[];
  /** Documents and words per group (the per-group step's partial table). */
  readonly tally: TallyState;
}

interface GroupAcc {
  readonly key: DocumentGroup;
  /** term id -> slot (sparse groups) */
  slots: Map<number, number> | undefined;
  ids: Uint32Array;
  counts: Uint32Array;
  dfs: Uint32Array;
  used: number;
  /** Tokens (or n-grams) counted: one total per length counted (one length unless phrases of several lengths were asked for). */
  totals: number[];
}

/** Streaming term counter. @internal */
export class TermCounter {
  readonly vocab: MutableVocabulary;
  private readonly cache: SurfaceCache = new Map();
  private readonly policy: TokenPolicy;
  private readonly n: number;
  private readonly tally: GroupTally;
  private readonly single: boolean;
  private readonly buf = new TokenBuffer();
  private readonly masks: StopMasks;
  /** The requested terms when `terms` is given (each counted as a phrase of its own length). */
  private readonly phrases: PhraseTerms | undefined;
  /** Per-document totals of each counted length (scratch). */
  private readonly docTotals: number[];
  /** For n-grams: interned n-gram keys -> term id. */
  private readonly gramIds = new Map<number | string, number>();
  private readonly gramTerms: string[] = [];
  private docCount: Uint32Array = new Uint32Array(1024);
  private touched: Uint32Array = new Uint32Array(1024);
  private corpusDf: Uint32Array = new Uint32Array(1024);
  private readonly groups = new Map<string, GroupAcc>();
  docs = 0;

  constructor(
    private readonly fn: string,
    private readonly options: TermFrequencyOptions,
  ) {
    this.policy = tokenPolicy(fn, options, true);
    this.n = checkInteger(fn, 'option "ngram"', options.ngram ?? 1, 1, 3);
    if (options.top !== undefined) checkInteger(fn, 'option "top"', options.top, 1, Number.MAX_SAFE_INTEGER);
    if (options.minCount !== undefined) checkInteger(fn, 'option "minCount"', options.minCount, 1, Number.MAX_SAFE_INTEGER);
    if (options.terms !== undefined && (!Array.isArray(options.terms) || options.terms.some((t) => typeof t !== "string" || t.trim() === ""))) {
      throw argumentError(fn, 'option "terms"', "a list of non-empty strings", options.terms);
    }
    this.tally = new GroupTally(fn, options, options.onWarning);
    this.single = (options.by ?? "none") === "none" && options.split === undefined;
    this.vocab = createVocabulary();
    this.phrases = options.terms === undefined ? undefined : new PhraseTerms(fn, options.terms, this.vocab, this.cache, this.policy.scan);
    this.masks = new StopMasks(this.phrases ? undefined : this.policy.stop); // a term asked for is never a stopword
    this.docTotals = new Array<number>(this.phrases ? this.phrases.lengths.length : 1).fill(0);
  }

  /** How texts are scanned (lowercasing, hyphens): the shared tokenization to count from. */
  get scan(): ScanOptions {
    return this.policy.scan;
  }

  /** Whether the counts depend on each document's language (`meta.lang`): stopwords following it, or grouping or splitting by "lang". */
  get readsLanguage(): boolean {
    return (this.policy.stop?.byDocument === true && !this.phrases) || this.options.by === "lang" || this.options.split === "lang";
  }

  /** Counts one document, scanning its text (streams: nothing else reads it). */
  add(doc: Document): void {
    this.addText(doc.text, this.groupOf(doc), doc.date ?? null, doc.meta.lang);
  }

  /** The group of a document (documents lacking the field are reported by {@link report} or with the rows). */
  groupOf(doc: Document): DocumentGroup {
    return this.tally.groupOf(doc);
  }

  /** Reports the documents placed so far that lacked the grouping's field or date (see `GroupTally.report`); throws for a field no document has. */
  report(): void {
    this.tally.report();
  }

  /** Counts one text in a group computed by {@link groupOf} (possibly in another thread); `lang` chooses its stopwords when they follow each document's language. */
  addText(text: string, group: DocumentGroup, date: string | null, lang?: unknown): void {
    this.buf.reset();
    scanText(text, this.vocab, this.cache, this.buf, this.policy.scan);
    this.countBuffer(group, date, lang);
  }

  /**
   * Counts document `d` of a shared tokenization (`tokenStream` with this counter's
   * {@link scan} options) without scanning its text again.
   */
  addTokens(tk: Tokens, d: number, group: DocumentGroup, date: string | null, lang?: unknown): void {
    const map = this.idMap(tk.vocabulary);
    const buf = this.buf;
    buf.reset();
    for (let i = tk.docStart[d]; i < tk.docStart[d + 1]; i++) {
      const shared = tk.typeId[i];
      let id = map[shared];
      if (id < 0) id = map[shared] = this.vocab.intern(tk.vocabulary.term(shared));
      buf.push(id, tk.charStart[i], tk.charEnd[i], tk.kind[i], tk.sentenceId[i]);
    }
    this.countBuffer(group, date, lang);
  }

  private mapped: { vocabulary: Vocabulary; ids: Int32Array } | undefined;

  /** Ids of this counter's vocabulary for the ids of a shared one (-1: not yet met). */
  private idMap(vocabulary: Vocabulary): Int32Array {
    if (this.mapped?.vocabulary !== vocabulary) this.mapped = { vocabulary, ids: new Int32Array(vocabulary.size).fill(-1) };
    return this.mapped.ids;
  }

  /** Counts the document in the buffer into its group. */
  private countBuffer(group: DocumentGroup, date: string | null, lang: unknown): void {
    const acc = this.groupFor(group);
    this.tally.addGrouped(group, date, wordsIn(this.buf));
    this.docs++;
    const totals = this.docTotals;
    let touched: number;
    if (this.phrases) touched = this.countPhrases(this.phrases, totals);
    else {
      const drop = this.masks.of(this.vocab, lang);
      const r = this.n === 1 ? this.countWords(drop) : this.countGrams(drop);
      touched = r.touched;
      totals[0] = r.total;
    }
    for (let s = 0; s < totals.length; s++) acc.totals[s] += totals[s];
    this.mergeDocument(acc, touched);
  }

  /** Pass over the buffer for the requested terms (phrases of their own lengths); fills docCount/touched with term indexes and `totals` with the n-grams formed per length. */
  private countPhrases(phrases: PhraseTerms, totals: number[]): number {
    this.ensure(phrases.forms.length);
    phrases.totals(this.buf, this.policy.keepKind, totals);
    let touched = 0;
    phrases.forEachHit(this.buf, this.policy.keepKind, (t) => {
      if (this.docCount[t]++ === 0) {
        if (touched === this.touched.length) this.touched = grow32(this.touched, touched * 2);
        this.touched[touched++] = t;
      }
    });
    return touched;
  }

  /** Unigram pass over the buffer; fills docCount/touched with type ids. */
  private countWords(drop: Uint8Array): { touched: number; total: number } {
    const buf = this.buf;
    const keep = this.policy.keepKind;
    this.ensure(this.vocab.size);
    const docCount = this.docCount;
    const typeId = buf.typeId;
    const kind = buf.kind;
    let touched = 0;
    let total = 0;
    // Plain version: for each token, if its kind is kept count it in total, and unless
    // it is a stopword increment docCount[id] (remembering first-seen ids in `touched`).
    for (let i = 0, len = buf.length; i < len; i++) {
      if (!keep[kind[i]]) continue;
      total++;
      const id = typeId[i];
      if (drop[id] === 1) continue;
      if (docCount[id]++ === 0) {
        if (touched === this.touched.length) this.touched = grow32(this.touched, touched * 2);
        this.touched[touched++] = id;
      }
    }
    return { touched, total };
  }

  /** Adds one document's counts (docCount over `touched` ids) to its group and the corpus df. */
  private mergeDocument(acc: GroupAcc, touched: number): void {
    const docCount = this.docCount;
    const corpusDf = this.corpusDf;
    const list = this.touched;
    for (let k = 0; k < touched; k++) {
      const id = list[k];
      if (this.single) {
        // The one group is the corpus: counts and document frequencies are dense.
        if (id >= acc.counts.length) growGroup(acc, this.docCount.length);
        acc.counts[id] += docCount[id];
      } else {
        const slot = this.slotOf(acc, id);
        acc.counts[slot] += docCount[id];
        acc.dfs[slot]++;
      }
      corpusDf[id]++;
      docCount[id] = 0;
    }
  }

  /** The slot of term `id` in a sparse group, made when new. */
  private slotOf(acc: GroupAcc, id: number): number {
    let slot = acc.slots!.get(id);
    if (slot === undefined) {
      slot = acc.used++;
      if (slot === acc.ids.length) growGroup(acc, slot * 2);
      acc.slots!.set(id, slot);
      acc.ids[slot] = id;
    }
    return slot;
  }

  /** N-gram pass over the current buffer; fills docCount/touched with n-gram ids. */
  private countGrams(drop: Uint8Array): { touched: number; total: number } {
    const buf = this.buf;
    const n = this.n;
    const keep = this.policy.keepKind;
    let touched = 0;
    let total = 0;
    let run = 0; // consecutive kept word/number tokens in the same sentence
    let prevSentence = -1;
    for (let i = 0; i < buf.length; i++) {
      const kd = buf.kind[i];
      const isWord = isWordKind(kd) && keep[kd];
      if (!isWord || buf.sentenceId[i] !== prevSentence) run = 0;
      prevSentence = buf.sentenceId[i];
      if (!isWord) continue;
      run++;
      if (run < n) continue;
      total++;
      const a = buf.typeId[i - n + 1];
      const b = buf.typeId[i - n + 2];
      const key: number | string = n === 2 ? a * 67108864 + b : `${a},${b},${buf.typeId[i]}`;
      let id = this.gramIds.get(key);
      if (id === undefined) {
        id = this.gramTerms.length;
        this.gramIds.set(key, id);
        const parts = n === 2 ? [a, b] : [a, b, buf.typeId[i]];
        this.gramTerms.push(parts.map((p) => this.vocab.term(p)).join(" "));
        this.ensure(id + 1);
      }
      // Stopwords depend on the document's language when they follow it: checked per n-gram.
      if (drop[a] === 1 || drop[b] === 1 || (n === 3 && drop[buf.typeId[i]] === 1)) continue;
      if (this.docCount[id]++ === 0) {
        if (touched === this.touched.length) this.touched = grow32(this.touched, touched * 2);
        this.touched[touched++] = id;
      }
    }
    return { touched, total };
  }

  private termCount(): number {
    return this.phrases ? this.phrases.forms.length : this.n === 1 ? this.vocab.size : this.gramTerms.length;
  }

  private termOf(id: number): string {
    return this.phrases ? this.phrases.forms[id] : this.n === 1 ? this.vocab.term(id) : this.gramTerms[id];
  }

  private ensure(size: number): void {
    if (size <= this.docCount.length) return;
    const cap = Math.max(size, this.docCount.length * 2);
    this.docCount = grow32(this.docCount, cap);
    this.corpusDf = grow32(this.corpusDf, cap);
  }

  private groupFor(g: DocumentGroup): GroupAcc {
    const key = groupKey(g);
    let acc = this.groups.get(key);
    if (!acc) {
      const cap = this.single ? 1024 : 256;
      acc = {
        key: g,
        slots: this.single ? undefined : new Map(),
        ids: new Uint32Array(this.single ? 0 : cap),
        counts: new Uint32Array(cap),
        dfs: new Uint32Array(this.single ? 0 : cap),
        used: 0,
        totals: new Array<number>(this.docTotals.length).fill(0),
      };
      this.groups.set(key, acc);
    }
    return acc;
  }

  /**
   * The counts as plain data (terms as strings), to send from a worker thread and
   * {@link absorb} in another counter: per-document results are additive.
   */
  state(): CounterState {
    const count = this.termCount();
    const index = new Int32Array(count).fill(-1);
    const terms: string[] = [];
    const df: number[] = [];
    const local = (id: number): number => {
      if (index[id] < 0) {
        index[id] = terms.length;
        terms.push(this.termOf(id));
        df.push(this.corpusDf[id]);
      }
      return index[id];
    };
    const groups: CounterGroupState[] = [];
    for (const acc of this.groups.values()) {
      const termIdx: number[] = [];
      const counts: number[] = [];
      const dfs: number[] = [];
      if (this.single) {
        for (let id = 0; id < Math.min(acc.counts.length, count); id++) {
          if (acc.counts[id] === 0) continue;
          termIdx.push(local(id));
          counts.push(acc.counts[id]);
          dfs.push(this.corpusDf[id]);
        }
      } else {
        for (let s = 0; s < acc.used; s++) {
          termIdx.push(local(acc.ids[s]));
          counts.push(acc.counts[s]);
          dfs.push(acc.dfs[s]);
        }
      }
      groups.push({ key: acc.key, totals: acc.totals.slice(), termIdx: Uint32Array.from(termIdx), counts: Uint32Array.from(counts), dfs: Uint32Array.from(dfs) });
    }
    return { docs: this.docs, terms, df: Uint32Array.from(df), groups, tally: this.tally.state() };
  }

  /** Adds the counts of another counter with the same options (see {@link state}). */
  absorb(state: CounterState): void {
    const ids = state.terms.map((t) => this.internTerm(t));
    this.ensure(this.termCount());
    this.docs += state.docs;
    this.tally.absorb(state.tally);
    for (let k = 0; k < ids.length; k++) this.corpusDf[ids[k]] += state.df[k];
    for (const g of state.groups) {
      const acc = this.groupFor(g.key);
      for (let s = 0; s < acc.totals.length; s++) acc.totals[s] += g.totals[s];
      for (let j = 0; j < g.termIdx.length; j++) {
        const id = ids[g.termIdx[j]];
        if (this.single) {
          if (id >= acc.counts.length) growGroup(acc, this.docCount.length);
          acc.counts[id] += g.counts[j];
          continue;
        }
        const slot = this.slotOf(acc, id);
        acc.counts[slot] += g.counts[j];
        acc.dfs[slot] += g.dfs[j];
      }
    }
  }

  private gramByTerm: Map<string, number> | undefined;

  /** Id of a term given as a string, interning it when new. */
  private internTerm(term: string): number {
    if (this.phrases) {
      const t = this.phrases.indexOf(term);
      if (t < 0) throw new Error(`${this.fn}: merged counts of a term not asked for: ${term}`);
      return t;
    }
    if (this.n === 1) return this.vocab.intern(term);
    if (!this.gramByTerm) {
      this.gramByTerm = new Map();
      this.gramTerms.forEach((t, i) => this.gramByTerm!.set(t, i));
    }
    let id = this.gramByTerm.get(term);
    if (id === undefined) {
      id = this.gramTerms.length;
      this.gramTerms.push(term);
      this.gramByTerm.set(term, id);
    }
    return id;
  }

  /** The rows: groups in the one order of per-group tables (`compareGroupTotals`), terms by count then codepoint order. */
  rows(): TermFrequencyRow[] {
    const N = this.docs;
    const out: TermFrequencyRow[] = [];
    const wanted = this.wantedIds();
    warnUnlisted(this.fn, this.phrases ? undefined : this.policy.stop, this.options.onWarning);
    for (const g of this.tally.groups()) {
      const acc = this.groups.get(groupKey(g))!;
      const kept = this.entries(acc, wanted);
      const terms = kept.map((e) => this.termOf(e.id));
      const order = kept.map((_, k) => k);
      if (!wanted) order.sort((x, y) => kept[y].count - kept[x].count || cmp(terms[x], terms[y]));
      const limit = this.options.top === undefined ? order.length : Math.min(this.options.top, order.length);
      for (let r = 0; r < limit; r++) {
        const e = kept[order[r]];
        const df = e.id < this.corpusDf.length ? this.corpusDf[e.id] : 0;
        const total = acc.totals[this.phrases ? this.phrases.slot[e.id] : 0];
        out.push({
          group: g.group,
          group_start: g.group_start,
          split: g.split,
          term: terms[order[r]],
          count: e.count,
          per_1k: ratePer1k(e.count, total),
          doc_freq: e.df,
          tfidf: df === 0 ? 0 : e.count * Math.log10(N / df),
          total_tokens: total,
          n_words: g.n_words,
          n_docs: g.n_docs,
        });
      }
    }
    return out;
  }

  /** A group's terms with count and document frequency: the wanted ones (zeros included), or all counted at least minCount times. */
  private entries(acc: GroupAcc, wanted: number[] | undefined): Array<{ id: number; count: number; df: number }> {
    const entries: Array<{ id: number; count: number; df: number }> = [];
    if (wanted) {
      for (const id of wanted) {
        if (id < 0) continue;
        const slot = this.single ? id : acc.slots!.get(id);
        const count = slot === undefined || slot >= acc.counts.length ? 0 : acc.counts[slot];
        const df = this.single ? (id < this.corpusDf.length ? this.corpusDf[id] : 0) : slot === undefined ? 0 : acc.dfs[slot];
        entries.push({ id, count, df });
      }
      return entries;
    }
    if (this.single) {
      for (let id = 0; id < Math.min(acc.counts.length, this.termCount()); id++) {
        if (acc.counts[id] > 0) entries.push({ id, count: acc.counts[id], df: this.corpusDf[id] });
      }
    } else {
      for (let s = 0; s < acc.used; s++) entries.push({ id: acc.ids[s], count: acc.counts[s], df: acc.dfs[s] });
    }
    const min = this.options.minCount ?? 1;
    return entries.filter((e) => e.count >= min);
  }

  /** Indexes of the requested `terms` (each form once, in the order given), warning about those never seen. */
  private wantedIds(): number[] | undefined {
    const phrases = this.phrases;
    if (!phrases) return undefined;
    this.ensure(phrases.forms.length);
    const ids = phrases.forms.map((_, t) => t);
    const missingTerms = phrases.forms.filter((_, t) => this.corpusDf[t] === 0);
    if (missingTerms.length > 0) {
      this.options.onWarning?.({ code: "unseen_term", message: `${this.fn}: never seen in the corpus: ${missingTerms.join(", ")}; reported with count 0` });
    }
    return ids;
  }
}

/** Codepoint order: deterministic across locales, unlike localeCompare. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function grow32(a: Uint32Array, n: number): Uint32Array {
  const b = new Uint32Array(n);
  b.set(a);
  return b;
}

function growGroup(acc: GroupAcc, n: number): void {
  acc.counts = grow32(acc.counts, Math.max(n, acc.counts.length * 2));
  if (acc.slots) {
    acc.ids = grow32(acc.ids, acc.counts.length);
    acc.dfs = grow32(acc.dfs, acc.counts.length);
  }
}

/** Words (tokens other than punctuation and symbols) in the buffer: the document's n_words. */
function wordsIn(buf: TokenBuffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (isWordKind(buf.kind[i])) n++;
  return n;
}
