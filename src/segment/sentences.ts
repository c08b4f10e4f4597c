import type { Corpus, Sentence } from "../types";
import { tokenStream } from "./token-stream";

/**
 * The sentences of every document, with UTF-16 offsets into the document text, as split by
 * {@link tokens} (. ! ? … before a non-lowercase word, blank lines; "Mr." and "U.S." do
 * not end a sentence; closing quotes stay with the sentence they close). The one sentence
 * splitter: stance, rhetoric, kwic and every other measure see these sentences.
 *
 * @returns Rows `{doc_id, index, start, end, text}` in document order;
 *   `text === doc.text.slice(start, end)`.
 * @example
 * sentences([{ id: "a", text: "We will not negotiate. Never.", meta: {} }]).map((s) => s.text);
 * // ["We will not negotiate.", "Never."]
 */
export function sentences(corpus: Corpus): Sentence[] {
  const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" });
  const out: Sentence[] = [];
  corpus.forEach((doc, d) => {
    const first = tk.docSentenceStart[d];
    for (let s = first; s < tk.docSentenceStart[d + 1]; s++) {
      const start = tk.sentenceStart[s];
      const end = tk.sentenceEnd[s];
      out.push({ doc_id: doc.id, index: s - first, start, end, text: doc.text.slice(start, end) });
    }
  });
  return out;
}
