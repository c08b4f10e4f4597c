import type { Corpus, Tokens } from "../types";
import { stopMask, tokenPolicy, type TokenOptions, type TokenPolicy } from "./token-filter";
import { featureTokens } from "./feature-tokens";
import { tokenStream } from "./token-stream";

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
 * This is the one tokenization of discourse-lab: term frequency, keyness, kwic,
 * collocates, dispersion, stance and rhetoric all read these tokens, and a corpus is
 * scanned once per `lowercase` / `hyphens` setting however many of them run (the filters
 * below are applied to the shared scan). A document's words (`n_words` in every table)
 * are its word and number tokens.
 *
 * @param corpus The documents.
 * @param options See {@link TokenOptions}: `lowercase` (true), `hyphens` ("split"),
 *   `removePunct` (false), `removeNumbers` (false), `removeSymbols` (= removePunct),
 *   `stopwords` (none), `stem` (none: a language of `STEM_LANGUAGES`, e.g. "en" for Porter),
 *   `lemma` (false: English lemmas). Removed tokens leave the stream; offsets of the rest
 *   are unchanged. With `stem` or `lemma` the vocabulary holds stems or lemmas (stopwords
 *   are removed before, on the words as written), and the offsets still point at the words.
 * @returns {@link Tokens}: `text.slice(charStart[i], charEnd[i])` is token i's surface.
 * @example
 * const t = tokens([{ id: "a", text: "Mr. Smith didn't go.", meta: {} }]);
 * t.length;                          // 6: Mr. / Smith / did / n't / go / .
 * t.vocabulary.term(t.typeId[0]);    // "mr."
 */
export function tokens(corpus: Corpus, options: TokenOptions = {}): Tokens {
  const policy = tokenPolicy("tokens", options, false);
  const kept = filterTokens(tokenStream(corpus, policy.scan), policy);
  return policy.form ? featureTokens(kept, policy.form) : kept;
}

/** The tokens a policy keeps (kinds and stopwords), sentence ids and offsets unchanged. */
function filterTokens(all: Tokens, policy: TokenPolicy): Tokens {
  const drop = stopMask(all.vocabulary, policy.stop, new Uint8Array(all.vocabulary.size), 0);
  const keep = (i: number) => policy.keepKind[all.kind[i]] && drop[all.typeId[i]] !== 1;
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (keep(i)) kept++;
  if (kept === all.length) return all;
  const typeId = new Uint32Array(kept);
  const charStart = new Uint32Array(kept);
  const charEnd = new Uint32Array(kept);
  const kind = new Uint8Array(kept);
  const sentenceId = new Uint32Array(kept);
  const docStart = new Uint32Array(all.docStart.length);
  let w = 0;
  for (let d = 0; d + 1 < all.docStart.length; d++) {
    docStart[d] = w;
    for (let r = all.docStart[d]; r < all.docStart[d + 1]; r++) {
      if (!keep(r)) continue;
      typeId[w] = all.typeId[r];
      charStart[w] = all.charStart[r];
      charEnd[w] = all.charEnd[r];
      kind[w] = all.kind[r];
      sentenceId[w] = all.sentenceId[r];
      w++;
    }
  }
  docStart[docStart.length - 1] = w;
  return { ...all, length: kept, typeId, charStart, charEnd, kind, sentenceId, docStart };
}
