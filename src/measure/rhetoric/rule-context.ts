import { tokens } from "../../segment/tokens";
import type { Document } from "../../types";
import type { RuleContext } from "./rule";

/**
 * Tokenizes one document for the rules: lowercased forms, punctuation kept, hyphenated
 * words split, sentence indices from 0. One pass of the tokenizer, linear in the text.
 * @internal
 */
export function ruleContext(doc: Pick<Document, "id" | "text">): RuleContext {
  const tk = tokens([{ id: doc.id, text: doc.text, meta: {} }], { lowercase: true });
  const n = tk.length;
  const forms: string[] = new Array(n);
  for (let i = 0; i < n; i++) forms[i] = tk.vocabulary.term(tk.typeId[i]);
  const sentences = tk.sentenceStart.length;
  const first = new Uint32Array(sentences + 1);
  // Sentences without tokens (none in practice) get an empty token range.
  let s = 0;
  for (let i = 0; i < n; i++) {
    while (s <= tk.sentenceId[i]) first[s++] = i;
  }
  while (s <= sentences) first[s++] = n;
  return {
    text: doc.text,
    length: n,
    forms,
    kind: tk.kind,
    start: tk.charStart,
    end: tk.charEnd,
    sentence: tk.sentenceId,
    sentences,
    sentenceStart: tk.sentenceStart,
    sentenceEnd: tk.sentenceEnd,
    sentenceFirstToken: first,
  };
}
