import type { Corpus, Sentence } from "../types";
import { scanText, type SurfaceCache } from "./scan-text";
import { TokenBuffer } from "./token-buffer";
import { createVocabulary } from "./vocabulary";

/**
 * The sentences of every document, with UTF-16 offsets into the document text, as split by
 * {@link tokens} (. ! ? … before a non-lowercase word, blank lines; "Mr." and "U.S." do
 * not end a sentence; closing quotes stay with the sentence they close).
 *
 * @returns Rows `{doc_id, index, char_start, char_end, text}` in document order;
 *   `text === doc.text.slice(char_start, char_end)`.
 * @example
 * sentences([{ id: "a", text: "We will not negotiate. Never.", meta: {} }]).map((s) => s.text);
 * // ["We will not negotiate.", "Never."]
 */
export function sentences(corpus: Corpus): Sentence[] {
  const vocab = createVocabulary();
  const cache: SurfaceCache = new Map();
  const buf = new TokenBuffer();
  const out: Sentence[] = [];
  for (const doc of corpus) {
    buf.reset();
    scanText(doc.text, vocab, cache, buf, { lowercase: false, hyphens: "split" });
    for (let k = 0; k < buf.sentences; k++) {
      const start = buf.sentenceStart[k];
      const end = buf.sentenceEnd[k];
      out.push({ doc_id: doc.id, index: k, char_start: start, char_end: end, text: doc.text.slice(start, end) });
    }
  }
  return out;
}
