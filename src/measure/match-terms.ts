import { argumentError } from "../errors";
import type { ScanOptions } from "../segment/scan-text";
import type { OnWarning, Tokens } from "../types";
import { featureViewOf } from "../segment/feature-tokens";
import { featurePhrase, lookupOf } from "./feature-term";
import { normalizeTerm } from "./normalize-term";

/** Terms to find in a token stream, resolved to ids once. @internal */
export interface TermMatcher {
  /** Normalized forms, duplicates removed, in the order given. */
  readonly forms: readonly string[];
  /** Type ids of each form's words (-1 for a word never seen). */
  readonly ids: readonly Int32Array[];
  /** First term (index into forms) starting with each type id, or -1. */
  readonly head: Int32Array;
  /** Next term with the same first id, or -1. */
  readonly next: Int32Array;
}

/**
 * Resolves terms (words or space-separated phrases) against the vocabulary of `tk`,
 * warning about terms never seen. Matching then walks ids, never strings (quanteda's
 * regex2id idea). @internal
 */
export function termMatcher(fn: string, tk: Tokens, terms: readonly string[], scan: ScanOptions, onWarning: OnWarning | undefined): TermMatcher {
  if (!Array.isArray(terms) || terms.length === 0 || terms.some((t) => typeof t !== "string" || t.trim() === "")) {
    throw argumentError(fn, "terms", "a non-empty list of non-empty strings", terms);
  }
  const view = featureViewOf(tk);
  // With stems or lemmas, each term stands for its feature (see featurePhrase).
  const reduce = (t: string): string => (view ? featurePhrase(fn, t, lookupOf(view), onWarning) ?? t : t);
  const forms = [...new Set(terms.map((t) => reduce(normalizeTerm(t, scan))))];
  const V = tk.vocabulary.size;
  const head = new Int32Array(V).fill(-1);
  const next = new Int32Array(forms.length).fill(-1);
  const ids = forms.map((f) => Int32Array.from(f.split(" "), (w) => tk.vocabulary.id(w)));
  const unseen: string[] = [];
  for (let t = forms.length - 1; t >= 0; t--) {
    if (ids[t].some((id) => id < 0)) {
      unseen.push(forms[t]);
      continue;
    }
    next[t] = head[ids[t][0]];
    head[ids[t][0]] = t;
  }
  if (unseen.length > 0) onWarning?.({ code: "unseen_term", message: `${fn}: never seen in the corpus: ${unseen.reverse().join(", ")}` });
  return { forms, ids, head, next };
}

/**
 * Calls `visit(term, start, end)` for every occurrence of a term: tokens start..end-1 of
 * one sentence, in token order (terms in the order given at one position). @internal
 */
export function forEachMatch(tk: Tokens, m: TermMatcher, visit: (term: number, start: number, end: number) => void): void {
  for (const h of termMatches(tk, m)) visit(h.term, h.start, h.end);
}

/** One occurrence of term number `term`: tokens start..end-1. @internal */
export interface TermMatch {
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every occurrence of a term, lazily, in the order of {@link forEachMatch}: a reader that
 * stops early stops the walk. @internal
 */
export function* termMatches(tk: Tokens, m: TermMatcher): Generator<TermMatch> {
  const typeId = tk.typeId;
  const sent = tk.sentenceId;
  for (let i = 0; i < tk.length; i++) {
    for (let t = m.head[typeId[i]]; t >= 0; t = m.next[t]) {
      const w = m.ids[t];
      const end = i + w.length;
      if (end > tk.length) continue;
      let k = 1;
      while (k < w.length && typeId[i + k] === w[k] && sent[i + k] === sent[i]) k++;
      if (k === w.length) yield { term: t, start: i, end };
    }
  }
}
