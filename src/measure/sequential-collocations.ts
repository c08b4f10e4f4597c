import { checkInteger, checkOneOf } from "../errors";
import { StopMasks, tokenPolicy, warnUnlisted, type TokenOptions } from "../segment/token-filter";
import { isWordKind } from "../segment/is-word-kind";
import { tokens } from "../segment/tokens";
import { TokenKind, type Corpus } from "../types";
import { association, AssociationMeasure, rankByMeasure } from "./association-measures";

/** Columns of a sequential-collocation row, in output order. */
export const SEQUENTIAL_COLLOCATION_COLUMNS = ["ngram", "prefix", "last", "o11", "f_prefix", "f_last", "n", "e11", "mi", "t_score", "g2", "dice"] as const;

/**
 * One bigram "w1 w2" or trigram "w1 w2 w3", scored as the pair (prefix, last word):
 * prefix is w1 for bigrams and "w1 w2" for trigrams.
 * - `o11`: occurrences of the n-gram.
 * - `f_prefix` (R1): n-grams starting with the prefix; `f_last` (C1): n-grams ending
 *   with the last word; `n` (N): n-grams in the corpus; `e11` = R1·C1/N.
 * - `mi`, `t_score`, `g2`, `dice`: as in {@link CollocateRow}, on
 *   [[O11, R1 - O11], [C1 - O11, N - R1 - C1 + O11]].
 */
export type SequentialCollocationRow = {
  readonly ngram: string;
  readonly prefix: string;
  readonly last: string;
  readonly o11: number;
  readonly f_prefix: number;
  readonly f_last: number;
  readonly n: number;
  readonly e11: number;
  readonly mi: number;
  readonly t_score: number;
  readonly g2: number;
  readonly dice: number;
};

/** Options of sequentialCollocations. */
export interface SequentialCollocationsOptions extends Omit<TokenOptions, "removePunct" | "removeSymbols"> {
  /** 2 for bigrams (default), 3 for trigrams. */
  readonly n?: number;
  /** Rank by "g2" (default), "mi", "t_score", "dice" or "o11". */
  readonly measure?: AssociationMeasure;
  /** Keep n-grams occurring at least this often. Default 1. */
  readonly minCount?: number;
  /** Keep the K best n-grams. Default: all. */
  readonly top?: number;
}

/**
 * Sequential collocations: adjacent bigrams or trigrams ranked by MI, t-score,
 * log-likelihood or Dice.
 *
 * N-grams are runs of adjacent word (and number) tokens within a sentence: punctuation,
 * symbols and sentence ends break them. A trigram w1 w2 w3 is scored as the pair
 * (w1 w2, w3): O11 = f(w1 w2 w3), R1 = trigrams starting with w1 w2, C1 = trigrams ending
 * with w3, N = trigrams (a bigram is (w1, w2) with the same margins over bigrams), the
 * positional margins Evert (2008) uses for adjacent pairs. With `stopwords`, n-grams
 * containing a stopword are not reported, but the margins and N count every n-gram.
 *
 * @param corpus The documents.
 * @param options
 * - `n` (2): 2 or 3.
 * - `measure` ("g2"): "g2", "mi", "t_score", "dice" or "o11".
 * - `minCount` (1), `top` (all).
 * - token options: `lowercase` (true), `hyphens` ("split"), `removeNumbers` (false: numbers
 *   are words; true: they break n-grams), `stopwords` (none).
 * @returns Rows with the columns {@link SEQUENTIAL_COLLOCATION_COLUMNS} (see
 *   {@link SequentialCollocationRow}), by `measure` descending, ties in codepoint order.
 * @example
 * const sotu = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * const rows = sequentialCollocations(sotu, { n: 2, measure: "mi", minCount: 10, top: 10 });
 * rows.map((r) => r.ngram); // ["guadalupe hidalgo", "modus vivendi", "vera cruz", "bona fide", ...]
 * @see Evert, S. (2008). Corpora and collocations. In Lüdeling & Kytö (eds.), Corpus Linguistics: An International Handbook, article 58.
 * @see Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. Computational Linguistics 19(1).
 */
export function sequentialCollocations(corpus: Corpus, options: SequentialCollocationsOptions = {}): SequentialCollocationRow[] {
  const fn = "sequentialCollocations";
  const policy = tokenPolicy(fn, options, false);
  const n = checkInteger(fn, 'option "n"', options.n ?? 2, 2, 3);
  const minCount = checkInteger(fn, 'option "minCount"', options.minCount ?? 1, 1, Number.MAX_SAFE_INTEGER);
  const top = checkInteger(fn, 'option "top"', options.top ?? Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER);
  const measure = checkOneOf(fn, 'option "measure"', options.measure ?? AssociationMeasure.g2, Object.values(AssociationMeasure));
  const tk = tokens(corpus, { lowercase: options.lowercase, hyphens: options.hyphens, removePunct: false, removeSymbols: false });
  const V = tk.vocabulary.size;
  // An n-gram holding a stopword is not listed (its counts stay in the totals). With
  // stopwords following each document's language, a form is a stopword when it is one in
  // the language of any document (the languages' words rarely meet in one corpus).
  const masks = new StopMasks(policy.stop);
  const stop = new Uint8Array(V);
  const seen = new Set<Uint8Array>();
  for (const doc of corpus) {
    const m = masks.of(tk.vocabulary, doc.meta.lang);
    if (seen.has(m)) continue;
    seen.add(m);
    for (let id = 0; id < V; id++) stop[id] |= m[id];
  }
  warnUnlisted(fn, policy.stop, options.onWarning);
  const keepNumbers = !(options.removeNumbers ?? false);

  // Prefix ids: the type of w1 (bigrams) or an interned (w1, w2) pair (trigrams).
  const pairIds = new Map<number, number>();
  const pairFirst: number[] = [];
  const pairSecond: number[] = [];
  const gramIds = new Map<number, number>();
  const gramPrefix: number[] = [];
  const gramLast: number[] = [];
  const gramCount: number[] = [];
  const prefixCount: number[] = n === 2 ? Array.from(new Uint32Array(V)) : [];
  const lastCount = new Uint32Array(V);
  let total = 0;
  let run = 0;
  let prevSentence = -1;
  const typeId = tk.typeId;
  for (let i = 0; i < tk.length; i++) {
    const kd = tk.kind[i];
    const isWord = isWordKind(kd) && (kd !== TokenKind.number || keepNumbers);
    if (!isWord || tk.sentenceId[i] !== prevSentence) run = 0;
    prevSentence = tk.sentenceId[i];
    if (!isWord) continue;
    run++;
    if (run < n) continue;
    let prefix = typeId[i - 1];
    if (n === 3) {
      const key = typeId[i - 2] * V + typeId[i - 1];
      let p = pairIds.get(key);
      if (p === undefined) {
        p = pairFirst.length;
        pairIds.set(key, p);
        pairFirst.push(typeId[i - 2]);
        pairSecond.push(typeId[i - 1]);
        prefixCount.push(0);
      }
      prefix = p;
    }
    const last = typeId[i];
    const key = prefix * V + last;
    let g = gramIds.get(key);
    if (g === undefined) {
      g = gramCount.length;
      gramIds.set(key, g);
      gramPrefix.push(prefix);
      gramLast.push(last);
      gramCount.push(0);
    }
    gramCount[g]++;
    prefixCount[prefix]++;
    lastCount[last]++;
    total++;
  }
  const term = (id: number): string => tk.vocabulary.term(id);
  const rows: SequentialCollocationRow[] = [];
  for (let g = 0; g < gramCount.length; g++) {
    const o11 = gramCount[g];
    if (o11 < minCount) continue;
    const p = gramPrefix[g];
    const last = gramLast[g];
    if (stop[last] === 1 || (n === 2 ? stop[p] === 1 : stop[pairFirst[p]] === 1 || stop[pairSecond[p]] === 1)) continue;
    const prefix = n === 2 ? term(p) : `${term(pairFirst[p])} ${term(pairSecond[p])}`;
    const m = association(o11, prefixCount[p], lastCount[last], total);
    rows.push({
      ngram: `${prefix} ${term(last)}`,
      prefix,
      last: term(last),
      o11,
      f_prefix: prefixCount[p],
      f_last: lastCount[last],
      n: total,
      e11: m.e11,
      mi: m.mi,
      t_score: m.t_score,
      g2: m.g2,
      dice: m.dice,
    });
  }
  return rankByMeasure(rows, measure, (r) => r.ngram, top);
}
