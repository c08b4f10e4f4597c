/**
 * The one tokenization of a corpus: every measure that reads words gets its tokens from
 * here, so a corpus is scanned once per scan setting (lowercasing, hyphen mode, Unicode
 * normalization) however
 * many measures, filters and groupings run over it, and "a word" is the same thing in
 * every table (term frequency, stance, rhetoric, keyness, kwic, ...).
 *
 * The scan is remembered for the corpus array it was made from, as long as that array is
 * alive (a WeakMap: nothing leaks) and still holds the same documents with the same
 * texts (checked on every call, O(documents)); a changed or rebuilt array is scanned anew.
 * @internal
 */
import type { Corpus, Document, Tokens, Vocabulary } from "../types";
import { scanText, type ScanOptions, type SurfaceCache } from "./scan-text";
import { TokenBuffer } from "./token-buffer";
import { createVocabulary } from "./vocabulary";

interface Scan {
  readonly docs: readonly Document[];
  readonly texts: readonly string[];
  readonly tokens: Tokens;
}

const cache = new WeakMap<Corpus, Map<string, Scan>>();
let scans = 0;

/**
 * Every token of `corpus` (all kinds kept, no stopword removed) for the scan options,
 * scanned once and shared: callers must not write into the arrays.
 * @internal
 */
export function tokenStream(corpus: Corpus, scan: ScanOptions): Tokens {
  const key = `${scan.lowercase ? "lower" : "case"}:${scan.hyphens}:${scan.unicode ?? "NFC"}`;
  let byKey = cache.get(corpus);
  const hit = byKey?.get(key);
  if (hit && sameDocuments(hit, corpus)) return hit.tokens;
  scans++;
  const tokens = scanCorpus(corpus, scan);
  if (!byKey) cache.set(corpus, (byKey = new Map()));
  byKey.set(key, { docs: corpus.slice(), texts: corpus.map((d) => d.text), tokens });
  return tokens;
}

/** How many corpus scans {@link tokenStream} has made in this process (for tests). @internal */
export function tokenStreamScans(): number {
  return scans;
}

function sameDocuments(s: Scan, corpus: Corpus): boolean {
  if (s.docs.length !== corpus.length) return false;
  for (let d = 0; d < corpus.length; d++) if (s.docs[d] !== corpus[d] || s.texts[d] !== corpus[d].text) return false;
  return true;
}

/** Scans a corpus without remembering it (single texts, word-list entries). @internal */
export function scanCorpus(corpus: Corpus, scan: ScanOptions): Tokens {
  const vocab = createVocabulary();
  const surfaces: SurfaceCache = new Map();
  const buf = new TokenBuffer();
  const docStart = new Uint32Array(corpus.length + 1);
  const docSentenceStart = new Uint32Array(corpus.length + 1);
  for (let d = 0; d < corpus.length; d++) {
    docStart[d] = buf.length;
    docSentenceStart[d] = buf.sentences;
    scanText(corpus[d].text, vocab, surfaces, buf, scan);
  }
  docStart[corpus.length] = buf.length;
  docSentenceStart[corpus.length] = buf.sentences;
  const view: Vocabulary = { id: (s) => vocab.id(s), term: (i) => vocab.term(i), size: vocab.size };
  return {
    vocabulary: view,
    length: buf.length,
    typeId: buf.typeId.slice(0, buf.length),
    charStart: buf.charStart.slice(0, buf.length),
    charEnd: buf.charEnd.slice(0, buf.length),
    kind: buf.kind.slice(0, buf.length),
    sentenceId: buf.sentenceId.slice(0, buf.length),
    docIds: corpus.map((doc) => doc.id),
    docStart,
    docSentenceStart,
    sentenceStart: buf.sentenceStart.slice(0, buf.sentences),
    sentenceEnd: buf.sentenceEnd.slice(0, buf.sentences),
  };
}
