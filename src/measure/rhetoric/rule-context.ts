import { scanCorpus } from "../../segment/token-stream";
import type { Document, Tokens } from "../../types";
import type { RuleContext } from "./rule";

/**
 * One document as the rules see it, tokenized on its own (lowercased forms, punctuation
 * kept, hyphenated words split, sentence indices from 0). One pass of the tokenizer,
 * linear in the text.
 * @internal
 */
export function ruleContext(doc: Pick<Document, "id" | "text">): RuleContext {
  const tk = scanCorpus([{ id: doc.id, text: doc.text, meta: {} }], { lowercase: true, hyphens: "split" });
  return documentContext(tk, 0, doc.text);
}

/**
 * Document `d` of a corpus's shared tokenization (`tokenStream`, lowercased, hyphens
 * split) as the rules see it: token and sentence indices renumbered from 0 within the
 * document; no text is scanned again.
 * @internal
 */
export function documentContext(tk: Tokens, d: number, text: string): RuleContext {
  const a = tk.docStart[d];
  const n = tk.docStart[d + 1] - a;
  const s0 = tk.docSentenceStart[d];
  const sentences = tk.docSentenceStart[d + 1] - s0;
  const forms: string[] = new Array(n);
  const sentence = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    forms[i] = tk.vocabulary.term(tk.typeId[a + i]);
    sentence[i] = tk.sentenceId[a + i] - s0;
  }
  const first = new Uint32Array(sentences + 1);
  // Sentences without tokens (none in practice) get an empty token range.
  let s = 0;
  for (let i = 0; i < n; i++) {
    while (s <= sentence[i]) first[s++] = i;
  }
  while (s <= sentences) first[s++] = n;
  return {
    text,
    length: n,
    forms,
    kind: tk.kind.subarray(a, a + n),
    start: tk.charStart.subarray(a, a + n),
    end: tk.charEnd.subarray(a, a + n),
    sentence,
    sentences,
    sentenceStart: tk.sentenceStart.subarray(s0, s0 + sentences),
    sentenceEnd: tk.sentenceEnd.subarray(s0, s0 + sentences),
    sentenceFirstToken: first,
  };
}
