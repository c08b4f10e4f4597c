import { isWordKind } from "../segment/is-word-kind";
import type { ScanOptions } from "../segment/scan-text";
import { scanCorpus } from "../segment/token-stream";

/**
 * A term as the corpus's tokenizer reads it: its words' normalized forms (lowercased when
 * `lowercase`, Unicode-normalized, curly apostrophes straight) joined by single spaces, so
 * "Federal  Government" is "federal government", "Iran's" is "iran 's", a Chinese
 * phrase is its segmented words, and "café" typed either way is one form. Punctuation
 * inside a term is dropped. A term without any word falls back to its trimmed text.
 * @internal
 */
export function normalizeTerm(term: string, scan: boolean | Partial<ScanOptions>): string {
  const s: ScanOptions = typeof scan === "boolean" ? { lowercase: scan, hyphens: "split" } : { lowercase: scan.lowercase ?? true, hyphens: scan.hyphens ?? "split", unicode: scan.unicode };
  const tk = scanCorpus([{ id: "term", text: term, meta: {} }], s);
  const forms: string[] = [];
  for (let i = 0; i < tk.length; i++) if (isWordKind(tk.kind[i])) forms.push(tk.vocabulary.term(tk.typeId[i]));
  if (forms.length > 0) return forms.join(" ");
  const t = term.trim().replace(/\s+/g, " ").replace(/[’ʼ]/g, "'");
  return s.lowercase ? t.toLowerCase() : t;
}
