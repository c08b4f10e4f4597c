import type { Corpus } from "../types";
import { isWordKind } from "./is-word-kind";
import { tokenStream } from "./token-stream";

/**
 * The number of words of each document: its tokens in the shared tokenization other than
 * punctuation and symbols (words, numbers, URLs, e-mail addresses, `@handles`, `#hashtags`;
 * "don't" is two words, do + n't; "self-government" two, "2,000" one, a URL one). This is `n_words` in every table of
 * discourse-lab, and the denominator of every rate "per 1,000 words".
 *
 * @param corpus The documents.
 * @returns One count per document, in corpus order.
 * @example
 * wordCounts([{ id: "a", text: "We don't negotiate, ever.", meta: {} }]); // Uint32Array [5]
 */
export function wordCounts(corpus: Corpus): Uint32Array {
  const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" });
  const out = new Uint32Array(corpus.length);
  for (let d = 0; d < corpus.length; d++) {
    let n = 0;
    for (let i = tk.docStart[d]; i < tk.docStart[d + 1]; i++) if (isWordKind(tk.kind[i])) n++;
    out[d] = n;
  }
  return out;
}
