import { argumentError, checkInteger, checkOneOf, checkString } from "../errors";
import { tokenPolicy, type TokenOptions } from "../segment/token-filter";
import { tokens } from "../segment/tokens";
import type { Corpus, OnWarning } from "../types";
import { association, AssociationMeasure, rankByMeasure } from "./association-measures";
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
 *   windows span the kept tokens).
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
  const fn = "collocates";
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
  const across = options.acrossSentences ?? false;

  const tk = tokens(corpus, { ...options, removePunct: options.removePunct ?? true });
  const nodeId = tk.vocabulary.id(form);
  const N = tk.length;
  const V = tk.vocabulary.size;
  const freq = new Uint32Array(V);
  for (let i = 0; i < N; i++) freq[tk.typeId[i]]++;
  if (nodeId < 0 || freq[nodeId] === 0) {
    options.onWarning?.({ code: "unseen_term", message: `${fn}: node ${JSON.stringify(node)} never occurs in the corpus` });
    return [];
  }
  // Mark the union of the windows, then count the marked tokens by type.
  const inWindow = new Uint8Array(N);
  const sent = tk.sentenceId;
  let d = 0;
  for (let i = 0; i < N; i++) {
    if (tk.typeId[i] !== nodeId) continue;
    while (tk.docStart[d + 1] <= i) d++;
    const lo = Math.max(tk.docStart[d], i - left);
    const hi = Math.min(tk.docStart[d + 1] - 1, i + right);
    for (let j = i - 1; j >= lo && (across || sent[j] === sent[i]); j--) inWindow[j] = 1;
    for (let j = i + 1; j <= hi && (across || sent[j] === sent[i]); j++) inWindow[j] = 1;
  }
  const o11 = new Uint32Array(V);
  let r1 = 0;
  for (let i = 0; i < N; i++) {
    if (inWindow[i] === 0) continue;
    r1++;
    o11[tk.typeId[i]]++;
  }
  const rows: CollocateRow[] = [];
  for (let id = 0; id < V; id++) {
    if (o11[id] < minCount || o11[id] === 0) continue;
    const m = association(o11[id], r1, freq[id], N);
    rows.push({
      node: form,
      collocate: tk.vocabulary.term(id),
      o11: o11[id],
      f_node: freq[nodeId],
      f_collocate: freq[id],
      window_tokens: r1,
      n: N,
      e11: m.e11,
      mi: m.mi,
      t_score: m.t_score,
      g2: m.g2,
      dice: m.dice,
    });
  }
  return rankByMeasure(rows, measure, (r) => r.collocate, top);
}

