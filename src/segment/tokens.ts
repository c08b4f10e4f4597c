import type { Corpus, Tokens } from "../types";
import { scanText, type SurfaceCache } from "./scan-text";
import { TokenBuffer } from "./token-buffer";
import { stopMask, tokenPolicy, type TokenOptions } from "./token-filter";
import { createVocabulary } from "./vocabulary";

/**
 * Tokenizes a corpus into one flat stream of interned ids with UTF-16 offsets, and splits
 * it into sentences.
 *
 * Words keep internal apostrophes ("O'Brien") and split English clitics as the Penn
 * Treebank does ("Iran's" is Iran + 's, "don't" is do + n't); curly and straight
 * apostrophes normalize to the same type. Initialisms and titles keep their periods
 * ("U.S.", "Mr.") and do not end sentences; numbers keep separators and units ("2,000km",
 * "1953"). Hyphenated words split by default (option `hyphens: "keep"` keeps them whole).
 * Sentences end at . ! ? … followed by a space and a non-lowercase character, and at
 * blank lines.
 *
 * @param corpus The documents.
 * @param options See {@link TokenOptions}: `lowercase` (true), `hyphens` ("split"),
 *   `removePunct` (false), `removeNumbers` (false), `removeSymbols` (= removePunct),
 *   `stopwords` (none). Removed tokens leave the stream; offsets of the rest are unchanged.
 * @returns {@link Tokens}: `text.slice(charStart[i], charEnd[i])` is token i's surface.
 * @example
 * const t = tokens([{ id: "a", text: "Mr. Smith didn't go.", meta: {} }]);
 * t.length;                          // 6: Mr. / Smith / did / n't / go / .
 * t.vocabulary.term(t.typeId[0]);    // "mr."
 */
export function tokens(corpus: Corpus, options: TokenOptions = {}): Tokens {
  const policy = tokenPolicy("tokens", options, false);
  const vocab = createVocabulary();
  const cache: SurfaceCache = new Map();
  const buf = new TokenBuffer();
  const docStart = new Uint32Array(corpus.length + 1);
  const docSentenceStart = new Uint32Array(corpus.length + 1);
  for (let d = 0; d < corpus.length; d++) {
    docStart[d] = buf.length;
    docSentenceStart[d] = buf.sentences;
    scanText(corpus[d].text, vocab, cache, buf, policy.scan);
  }
  docStart[corpus.length] = buf.length;
  docSentenceStart[corpus.length] = buf.sentences;

  // Filter in place (sentence ids and offsets are kept); docStart moves to the new indices.
  const drop = stopMask(vocab, policy.stop, new Uint8Array(vocab.size), 0);
  const origStart = docStart.slice();
  let w = 0;
  let d = 0;
  for (let r = 0; r < buf.length; r++) {
    while (d < corpus.length && origStart[d + 1] <= r) docStart[++d] = w;
    if (!policy.keepKind[buf.kind[r]] || drop[buf.typeId[r]] === 1) continue;
    buf.typeId[w] = buf.typeId[r];
    buf.charStart[w] = buf.charStart[r];
    buf.charEnd[w] = buf.charEnd[r];
    buf.kind[w] = buf.kind[r];
    buf.sentenceId[w] = buf.sentenceId[r];
    w++;
  }
  while (d < corpus.length) docStart[++d] = w;
  const kept = w;
  return {
    vocabulary: vocab,
    length: kept,
    typeId: buf.typeId.slice(0, kept),
    charStart: buf.charStart.slice(0, kept),
    charEnd: buf.charEnd.slice(0, kept),
    kind: buf.kind.slice(0, kept),
    sentenceId: buf.sentenceId.slice(0, kept),
    docIds: corpus.map((doc) => doc.id),
    docStart,
    docSentenceStart,
    sentenceStart: buf.sentenceStart.slice(0, buf.sentences),
    sentenceEnd: buf.sentenceEnd.slice(0, buf.sentences),
  };
}
