import { argumentError, checkInteger, checkOneOf, checkString } from "../errors";
import { tokenPolicy, type TokenOptions } from "../segment/token-filter";
import { tokens } from "../segment/tokens";
import type { Corpus, OnWarning } from "../types";
import { association, AssociationMeasure, rankByMeasure } from "./association-measures";
import { featureViewOf } from "../segment/feature-tokens";
import { featurePhrase, lookupOf } from "./feature-term";
import { normalizeTerm } from "./normalize-term";

export { AssociationMeasure } from "./association-measures";

/** Columns of a collocate row, in output order. */
export const COLLOCATE_COLUMNS = ["node", "collocate", "o11", "f_node", "f_collocate", "window_tokens", "n", "e11", "mi", "t_score", "g2", "dice"] as const;

/**
 * One collocate of a node term (Evert 2008 notation).
 * - `o11`: tokens of the collocate inside the node's windows.
 * - `f_node`: occurrences of the node; `f_collocate` (C1): occurrences of the collocate.
 * - `window_tokens` (R1): tokens inside the node's windows (each window clipped at the
 *   sentence, unless `acrossSentences`, and at the document; overlapping windows merged,
 *   so a token counts once; the node occurrence itself is not in its window).
 * - `n` (N): tokens in the corpus; `e11` = R1·C1/N.
 * - `mi` = log2(O11/E11); `t_score` = (O11 - E11)/√O11; `g2`: log-likelihood over
 *   [[O11, R1 - O11], [C1 - O11, N - R1 - C1 + O11]]; `dice` = 2·O11/(R1 + C1).
 */
export type CollocateRow = {
  readonly node: string;
  readonly collocate: string;
  readonly o11: number;
  readonly f_node: number;
  readonly f_collocate: number;
  readonly window_tokens: number;
  readonly n: number;
  readonly e11: number;
  readonly mi: number;
  readonly t_score: number;
  readonly g2: number;
  readonly dice: number;
};

/** Options of collocates. */
export interface CollocatesOptions extends TokenOptions {
  /** Tokens to the left of the node. Default 5. */
  readonly left?: number;
  /** Tokens to the right of the node. Default 5. */
  readonly right?: number;
  /** Let windows cross sentence ends (never documents). Default false. */
  readonly acrossSentences?: boolean;
  /** Keep collocates with o11 ≥ minCount. Default 1. */
  readonly minCount?: number;
  /** Rank by "g2" (default), "mi", "t_score", "dice" or "o11". */
  readonly measure?: AssociationMeasure;
  /** Keep the K best collocates. Default: all. */
  readonly top?: number;
  /** Receives a warning when the node never occurs. */
  readonly onWarning?: OnWarning;
}

/**
 * Window collocates of a node word: every word occurring within `left`/`right` tokens of
 * the node, with its co-occurrence count and MI, t-score, log-likelihood and Dice.
 *
 * Surface co-occurrence as in Evert (2008) and #LancsBox (Brezina et al. 2015): R1 is the
 * number of tokens inside the node's windows (windows clipped at sentence and document
 * edges; overlapping windows merged so a token is counted once, which keeps every cell of
 * the 2x2 table non-negative), C1 the collocate's corpus frequency, N the corpus tokens,
 * E11 = R1·C1/N. Counting is by type id over the flat token stream.
 *
 * @param corpus The documents.
 * @param node The node word, matched against normalized forms (lowercased by default).
 * @param options
 * - `left` (5), `right` (5): window sizes in tokens (after filtering).
 * - `acrossSentences` (false).
 * - `minCount` (1), `measure` ("g2"), `top` (all).
 * - token options: `lowercase` (true), `hyphens` ("split"), `removePunct` (true),
 *   `removeNumbers` (false), `stopwords` (none; removed tokens leave the stream, so
 *   windows span the kept tokens), `stem` / `lemma` (collocates and node as stems or lemmas).
 * - `onWarning`: the node never occurs.
 * @returns Rows with the columns {@link COLLOCATE_COLUMNS} (see {@link CollocateRow}), by
 *   `measure` descending, ties in codepoint order.
 * @example
 * const sotu = await readJsonl("../shared/corpora/sotu/data.jsonl");
 * const rows = collocates(sotu, "war", { stopwords: "en", top: 10 });
 * rows.map((r) => r.collocate); // ["secretary", "ii", "cold", "civil", "war", "department", ...]
 * @see Evert, S. (2008). Corpora and collocations. In Lüdeling & Kytö (eds.), Corpus Linguistics: An International Handbook, article 58.
 * @see Brezina, V., McEnery, T. & Wattam, S. (2015). Collocations in context. International Journal of Corpus Linguistics 20(2), 139–173.
 * @see Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. Computational Linguistics 19(1).
 */
export function collocates(corpus: Corpus, node: string, options: CollocatesOptions = {}): CollocateRow[] {
  const settings = collocateSettings("collocates", node, options);
  return collocateRows("collocates", collocateCounts(corpus, settings, options), settings, options.onWarning);
}

/** The checked options of {@link collocates}: the node's normalized form, window and ranking. @internal */
export interface CollocateSettings {
  /** The node as given (for messages) and its normalized form. */
  readonly node: string;
  readonly form: string;
  readonly left: number;
  readonly right: number;
  readonly across: boolean;
  readonly minCount: number;
  readonly top: number;
  readonly measure: AssociationMeasure;
}

/** Checks the node and options of {@link collocates} (before any counting). @internal */
export function collocateSettings(fn: string, node: string, options: CollocatesOptions): CollocateSettings {
  checkString(fn, "node", node);
  const policy = tokenPolicy(fn, options, true);
  const left = checkInteger(fn, 'option "left"', options.left ?? 5, 0, 1000);
  const right = checkInteger(fn, 'option "right"', options.right ?? 5, 0, 1000);
  if (left + right === 0) throw argumentError(fn, 'options "left" and "right"', "not both 0", 0);
  const minCount = checkInteger(fn, 'option "minCount"', options.minCount ?? 1, 1, Number.MAX_SAFE_INTEGER);
  const top = checkInteger(fn, 'option "top"', options.top ?? Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER);
  const measure = checkOneOf(fn, 'option "measure"', options.measure ?? AssociationMeasure.g2, Object.values(AssociationMeasure));
  const form = normalizeTerm(node, policy.scan);
  if (/\s/.test(form)) throw argumentError(fn, "node", "a single word", node);
  return { node, form, left, right, across: options.acrossSentences ?? false, minCount, top, measure };
}

/**
 * The counts behind {@link collocates}, all sums over documents (windows never cross a
 * document): tokens `n`, window tokens `r1`, and per type its frequency and its tokens
 * inside the node's windows. @internal
 */
export interface CollocateCounts {
  readonly n: number;
  readonly r1: number;
  readonly terms: readonly string[];
  readonly freq: ArrayLike<number>;
  readonly o11: ArrayLike<number>;
  /** The node's entry in `terms` when it is not the settings' form: its stem or lemma. */
  readonly nodeTerm?: string;
}

/** Counts the windows of the node in `corpus` (see {@link CollocateCounts}). @internal */
export function collocateCounts(corpus: Corpus, s: CollocateSettings, options: TokenOptions): CollocateCounts {
  const tk = tokens(corpus, { ...options, removePunct: options.removePunct ?? true });
  const view = featureViewOf(tk);
  const nodeForm = view ? (featurePhrase("collocates", s.form, lookupOf(view), options.onWarning) ?? s.form) : s.form;
  const nodeId = tk.vocabulary.id(nodeForm);
  const N = tk.length;
  const V = tk.vocabulary.size;
  const freq = new Uint32Array(V);
  for (let i = 0; i < N; i++) freq[tk.typeId[i]]++;
  const o11 = new Uint32Array(V);
  const terms = Array.from({ length: V }, (_, id) => tk.vocabulary.term(id));
  const nodeTerm = nodeForm === s.form ? undefined : nodeForm;
  if (nodeId < 0 || freq[nodeId] === 0) return { n: N, r1: 0, terms, freq, o11, nodeTerm };
  // Mark the union of the windows, then count the marked tokens by type.
  const inWindow = new Uint8Array(N);
  const sent = tk.sentenceId;
  let d = 0;
  for (let i = 0; i < N; i++) {
    if (tk.typeId[i] !== nodeId) continue;
    while (tk.docStart[d + 1] <= i) d++;
    const lo = Math.max(tk.docStart[d], i - s.left);
    const hi = Math.min(tk.docStart[d + 1] - 1, i + s.right);
    for (let j = i - 1; j >= lo && (s.across || sent[j] === sent[i]); j--) inWindow[j] = 1;
    for (let j = i + 1; j <= hi && (s.across || sent[j] === sent[i]); j++) inWindow[j] = 1;
  }
  let r1 = 0;
  for (let i = 0; i < N; i++) {
    if (inWindow[i] === 0) continue;
    r1++;
    o11[tk.typeId[i]]++;
  }
  return { n: N, r1, terms, freq, o11, nodeTerm };
}

/** The rows of {@link collocates} from its counts (of one corpus or merged shards). @internal */
export function collocateRows(fn: string, c: CollocateCounts, s: CollocateSettings, onWarning: OnWarning | undefined): CollocateRow[] {
  const nodeId = c.terms.indexOf(c.nodeTerm ?? s.form);
  if (nodeId < 0 || c.freq[nodeId] === 0) {
    onWarning?.({ code: "unseen_term", message: `${fn}: node ${JSON.stringify(s.node)} never occurs in the corpus` });
    return [];
  }
  const rows: CollocateRow[] = [];
  for (let id = 0; id < c.terms.length; id++) {
    if (c.o11[id] < s.minCount || c.o11[id] === 0) continue;
    const m = association(c.o11[id], c.r1, c.freq[id], c.n);
    rows.push({
      node: s.form,
      collocate: c.terms[id],
      o11: c.o11[id],
      f_node: c.freq[nodeId],
      f_collocate: c.freq[id],
      window_tokens: c.r1,
      n: c.n,
      e11: m.e11,
      mi: m.mi,
      t_score: m.t_score,
      g2: m.g2,
      dice: m.dice,
    });
  }
  return rankByMeasure(rows, s.measure, (r) => r.collocate, s.top);
}
