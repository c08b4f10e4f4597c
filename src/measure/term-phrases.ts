/**
 * The terms a term-frequency table was asked for (`terms`), each counted as a phrase of
 * its own length whatever `ngram` is: "iran" as a word, "federal government" as two
 * consecutive words of one sentence with no punctuation between. Terms are tokenized by the
 * corpus's own tokenizer, so "Iran's" is the phrase iran + 's and "#IranDeal" a hashtag.
 * Internal to measure/ (TermCounter uses it).
 * @internal
 */
import { argumentError } from "../errors";
import { isWordKind } from "../segment/is-word-kind";
import { scanText, type ScanOptions, type SurfaceCache } from "../segment/scan-text";
import { TokenBuffer } from "../segment/token-buffer";
import type { MutableVocabulary } from "../segment/vocabulary";

/** Requested terms resolved to ids of a counter's vocabulary. @internal */
export class PhraseTerms {
  /** Normalized forms (words joined by single spaces), duplicates removed, in the order given. */
  readonly forms: string[] = [];
  /** Word ids of each term. */
  readonly ids: Uint32Array[] = [];
  /** The distinct term lengths, ascending: the n of the n-gram totals kept per group. */
  readonly lengths: number[];
  /** Slot in {@link lengths} of each term's length. */
  readonly slot: number[] = [];
  /** First term starting with a word id; next term with the same first word. */
  private readonly head = new Map<number, number>();
  private readonly next: number[] = [];

  constructor(fn: string, terms: readonly string[], vocab: MutableVocabulary, cache: SurfaceCache, scan: ScanOptions) {
    const buf = new TokenBuffer();
    const seen = new Map<string, number>();
    for (const raw of terms) {
      buf.reset();
      scanText(raw, vocab, cache, buf, scan);
      const words: number[] = [];
      for (let i = 0; i < buf.length; i++) if (isWordKind(buf.kind[i])) words.push(buf.typeId[i]);
      if (words.length === 0) throw argumentError(fn, 'option "terms"', "terms holding at least one word", raw);
      const form = words.map((id) => vocab.term(id)).join(" ");
      if (seen.has(form)) continue;
      seen.set(form, this.forms.length);
      this.forms.push(form);
      this.ids.push(Uint32Array.from(words));
    }
    this.lengths = [...new Set(this.ids.map((w) => w.length))].sort((a, b) => a - b);
    for (let t = this.forms.length - 1; t >= 0; t--) {
      const first = this.ids[t][0];
      this.next[t] = this.head.get(first) ?? -1;
      this.head.set(first, t);
    }
    for (const w of this.ids) this.slot.push(this.lengths.indexOf(w.length));
  }

  /** Index of a form, or -1. */
  indexOf(form: string): number {
    return this.forms.indexOf(form);
  }

  /**
   * Calls `hit(t)` for every occurrence of a term in the buffer: consecutive tokens of one
   * sentence, each a word kind kept by `keep`.
   */
  forEachHit(buf: TokenBuffer, keep: readonly boolean[], hit: (t: number) => void): void {
    const { typeId, kind, sentenceId } = buf;
    for (let i = 0; i < buf.length; i++) {
      let t = this.head.get(typeId[i]);
      if (t === undefined || !isWordKind(kind[i]) || !keep[kind[i]]) continue;
      for (; t >= 0; t = this.next[t]) {
        const w = this.ids[t];
        if (i + w.length > buf.length) continue;
        let k = 1;
        while (k < w.length && typeId[i + k] === w[k] && sentenceId[i + k] === sentenceId[i] && isWordKind(kind[i + k]) && keep[kind[i + k]]) k++;
        if (k === w.length) hit(t);
      }
    }
  }

  /**
   * How many n-grams of each length in {@link lengths} the buffer forms (the denominators
   * of the terms' rates): for 1, the tokens kept; for n > 1, the runs of n consecutive kept
   * words of one sentence (as `ngram: n` counts them).
   */
  totals(buf: TokenBuffer, keep: readonly boolean[], out: number[]): void {
    out.fill(0);
    let run = 0;
    let prevSentence = -1;
    for (let i = 0; i < buf.length; i++) {
      const kd = buf.kind[i];
      if (!keep[kd]) {
        run = 0;
        continue;
      }
      if (this.lengths[0] === 1) out[0]++;
      const isWord = isWordKind(kd);
      if (!isWord || buf.sentenceId[i] !== prevSentence) run = 0;
      prevSentence = buf.sentenceId[i];
      if (!isWord) continue;
      run++;
      for (let s = 0; s < this.lengths.length; s++) if (this.lengths[s] > 1 && run >= this.lengths[s]) out[s]++;
    }
  }
}
