import { argumentError, checkInteger } from "../../errors";
import { tokenStream } from "../../segment/token-stream";
import type { GroupOptions } from "../../group/document-group";
import { TokenKind, type Corpus, type OnWarning } from "../../types";
import { styleGroups } from "./style-groups";

/** Columns of {@link lexicalDiversity}, in order. */
export const LEXICAL_DIVERSITY_COLUMNS = ["group", "group_start", "split", "n_docs", "n_tokens", "n_types", "ttr", "mattr", "mtld", "yules_k", "herdans_c"] as const;

/** Lexical diversity of a document or group; a measure that cannot be computed (no tokens, one token) is null. */
export type LexicalDiversityRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  readonly n_docs: number;
  /** Words (word and number tokens, lowercased): the n_words of every table. */
  readonly n_tokens: number;
  readonly n_types: number;
  readonly ttr: number | null;
  readonly mattr: number | null;
  readonly mtld: number | null;
  readonly yules_k: number | null;
  readonly herdans_c: number | null;
};

/** Options of {@link lexicalDiversity}. */
export interface LexicalDiversityOptions extends GroupOptions {
  /** MATTR window in tokens. Default 500 (Covington & McFall 2010). */
  readonly window?: number;
  /** MTLD factor threshold. Default 0.72 (McCarthy & Jarvis 2010). */
  readonly threshold?: number;
  readonly onWarning?: OnWarning;
}

/**
 * Lexical diversity per document (default) or group, in any language (it counts word
 * forms, lowercased, as the one tokenization gives them: "don't" is do + n't):
 * - TTR = V / N (types over tokens; falls with length, so compare texts of similar length);
 * - MATTR: the mean TTR of every window of `window` tokens (the TTR of the text when shorter);
 * - MTLD: N over the number of factors, a factor ending when the running TTR falls to
 *   `threshold` or below, the remainder a partial factor (1 − TTR)/(1 − threshold); the mean
 *   of a forward and a backward pass (null when no factor forms, a text whose running TTR
 *   never falls);
 * - Yule's K = 10⁴ (Σ m² V(m) − N) / N², V(m) the types occurring m times;
 * - Herdan's C = log V / log N.
 * A group's measures are computed on its documents' tokens one after another, in corpus
 * order (not a sum over documents: MATTR windows and MTLD factors run across its documents).
 *
 * @param corpus The documents.
 * @param options Grouping (`by`: "document" by default), `window` (500), `threshold` (0.72), `onWarning`.
 * @returns Rows {@link LEXICAL_DIVERSITY_COLUMNS}.
 * @example
 * lexicalDiversity([{ id: "a", text: "the cat and the hat", meta: {} }], { window: 3 })[0];
 * // { n_tokens: 5, n_types: 4, ttr: 0.8, mattr: 0.888..., yules_k: 1200, herdans_c: 0.861..., ... }
 * @see Covington & McFall (2010), J. Quantitative Linguistics 17(2) (MATTR); McCarthy & Jarvis (2010),
 *   Behavior Research Methods 42(2) (MTLD); Yule (1944), The Statistical Study of Literary Vocabulary;
 *   Herdan (1960), Type-token Mathematics; Tweedie & Baayen (1998), Computers and the Humanities 32.
 */
export function lexicalDiversity(corpus: Corpus, options: LexicalDiversityOptions = {}): LexicalDiversityRow[] {
  const fn = "lexicalDiversity";
  const window = checkInteger(fn, 'option "window"', options.window ?? 500, 1, Number.MAX_SAFE_INTEGER);
  const threshold = options.threshold ?? 0.72;
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1)) throw argumentError(fn, 'option "threshold"', "a number between 0 and 1 (exclusive)", threshold);
  const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" });
  const docTokens = corpus.map((_, d) => {
    const ids: number[] = [];
    for (let i = tk.docStart[d]; i < tk.docStart[d + 1]; i++) if (tk.kind[i] === TokenKind.word || tk.kind[i] === TokenKind.number) ids.push(tk.typeId[i]);
    return ids;
  });
  const { groups, members } = styleGroups(fn, corpus, docTokens.map((t) => t.length), options);
  const V = tk.vocabulary.size;
  return groups.map((g, k) => {
    const ids = Uint32Array.from(members[k].flatMap((d) => docTokens[d]));
    const m = diversity(ids, V, window, threshold);
    return { group: g.group, group_start: g.group_start, split: g.split, n_docs: g.n_docs, ...m };
  });
}

type Measures = Omit<LexicalDiversityRow, "group" | "group_start" | "split" | "n_docs">;

/** The measures of one token sequence (type ids below V). */
function diversity(ids: Uint32Array, V: number, window: number, threshold: number): Measures {
  const N = ids.length;
  const freq = new Uint32Array(V);
  let types = 0;
  for (const id of ids) if (freq[id]++ === 0) types++;
  if (N === 0) return { n_tokens: 0, n_types: 0, ttr: null, mattr: null, mtld: null, yules_k: null, herdans_c: null };
  let s2 = 0;
  for (const id of new Set(ids)) s2 += freq[id] * freq[id];
  const mtld = (mtldPass(ids, V, threshold, false) + mtldPass(ids, V, threshold, true)) / 2;
  return {
    n_tokens: N,
    n_types: types,
    ttr: types / N,
    mattr: mattr(ids, V, window),
    mtld: Number.isFinite(mtld) ? mtld : null,
    yules_k: (1e4 * (s2 - N)) / (N * N),
    herdans_c: N > 1 ? Math.log(types) / Math.log(N) : null,
  };
}

/** Mean TTR of all windows of `w` tokens (a sliding count of types). */
function mattr(ids: Uint32Array, V: number, w: number): number {
  const N = ids.length;
  const win = Math.min(w, N);
  const count = new Uint32Array(V);
  let types = 0;
  for (let i = 0; i < win; i++) if (count[ids[i]]++ === 0) types++;
  let sum = types / win;
  for (let i = win; i < N; i++) {
    if (--count[ids[i - win]] === 0) types--;
    if (count[ids[i]]++ === 0) types++;
    sum += types / win;
  }
  return sum / (N - win + 1);
}

/** One MTLD pass: tokens over factors (Infinity when no factor forms). */
function mtldPass(ids: Uint32Array, V: number, threshold: number, backward: boolean): number {
  const N = ids.length;
  const seen = new Uint32Array(V); // stamp of the factor a type was last seen in
  let stamp = 1;
  let types = 0;
  let tokens = 0;
  let factors = 0;
  for (let k = 0; k < N; k++) {
    const id = ids[backward ? N - 1 - k : k];
    tokens++;
    if (seen[id] !== stamp) {
      seen[id] = stamp;
      types++;
    }
    if (types / tokens <= threshold) {
      factors++;
      stamp++;
      types = 0;
      tokens = 0;
    }
  }
  if (tokens > 0) factors += (1 - types / tokens) / (1 - threshold);
  return N / factors;
}
