import type { Corpus, Tokens } from "../types";
import { StopMasks, tokenPolicy, warnUnlisted, type TokenOptions, type TokenPolicy } from "./token-filter";
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
 * Sentences end at . ! ? … followed by a space and a non-lowercase character, at 。！？ ؟
 * ۔ । (no space needed), and at blank lines.
 *
 * Any script: runs of Chinese, Japanese, Thai, Lao, Khmer or Burmese letters are split
 * into words by `Intl.Segmenter` (ICU's dictionaries); zero-width joiners and non-joiners
 * stay inside words (Persian "نمی‌کنیم" is one word). Text that is not prose: URLs,
 * e-mail addresses, `@handles` and `#hashtags` are single tokens of their own
 * {@link TokenKind}. Normalized forms are Unicode NFC (option `unicode`), the text never:
 * offsets point into the text as given.
 *
 * This is the one tokenization of discourse-lab: term frequency, keyness, kwic,
 * collocates, dispersion, stance and rhetoric all read these tokens, and a corpus is
 * scanned once per `lowercase` / `hyphens` / `unicode` setting however many of them run
 * (the filters below are applied to the shared scan). A document's words (`n_words` in
 * every table) are its tokens other than punctuation and symbols.
 *
 * @param corpus The documents.
 * @param options See {@link TokenOptions}: `lowercase` (true), `hyphens` ("split"),
 *   `unicode` ("NFC"), `removePunct` (false), `removeNumbers` (false), `removeSymbols`
 *   (= removePunct), `removeUrls`, `removeEmails`, `removeHandles`, `removeHashtags`
 *   (false), `stopwords` (none; "auto" follows each document's `meta.lang`), `onWarning`.
 *   Removed tokens leave the stream; offsets of the rest are unchanged.
 * @returns {@link Tokens}: `text.slice(charStart[i], charEnd[i])` is token i's surface.
 * @example
 * const t = tokens([{ id: "a", text: "Mr. Smith didn't go.", meta: {} }]);
 * t.length;                          // 6: Mr. / Smith / did / n't / go / .
 * t.vocabulary.term(t.typeId[0]);    // "mr."
 */
export function tokens(corpus: Corpus, options: TokenOptions = {}): Tokens {
  const policy = tokenPolicy("tokens", options, false);
  const out = filterTokens(corpus, tokenStream(corpus, policy.scan), policy);
  warnUnlisted("tokens", policy.stop, options.onWarning);
  return out;
}

/** The tokens a policy keeps (kinds and stopwords of each document's language), sentence ids and offsets unchanged. */
function filterTokens(corpus: Corpus, all: Tokens, policy: TokenPolicy): Tokens {
  const masks = new StopMasks(policy.stop);
  const drops = corpus.map((doc) => masks.of(all.vocabulary, doc.meta.lang));
  let d = 0;
  const keep = (i: number) => {
    while (all.docStart[d + 1] <= i) d++;
    return policy.keepKind[all.kind[i]] && drops[d][all.typeId[i]] !== 1;
  };
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (keep(i)) kept++;
  if (kept === all.length) return all;
  d = 0;
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
