/**
 * A term as the tokenizer normalizes it: trimmed, inner whitespace collapsed to single
 * spaces, curly apostrophes made straight, lowercased when `lowercase`.
 * @internal
 */
export function normalizeTerm(term: string, lowercase: boolean): string {
  const t = term.trim().replace(/\s+/g, " ").replace(/[’ʼ]/g, "'");
  return lowercase ? t.toLowerCase() : t;
}
