import type { RuleContext, RuleSpan } from "./rule";

/**
 * A list of phrases compiled into a trie over lowercased token forms. A phrase element
 * ending in `*` matches any form starting with the rest ("threat*": threat, threats,
 * threatened). Matching walks each token once per phrase element it could extend, so the
 * time is at most tokens x longest phrase: linear, no backtracking.
 * @internal
 */
export interface PhraseTrie {
  readonly exact: Map<string, PhraseTrie>;
  readonly prefix: [string, PhraseTrie][];
  /** Whether a phrase ends here. */
  final: boolean;
}

function node(): PhraseTrie {
  return { exact: new Map(), prefix: [], final: false };
}

/** Splits a phrase the way the tokenizer would: words, clitics, hyphens. @internal */
export function phraseElements(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/-/g, " - ")
    .replace(/(\w)(n't)\b/g, "$1 $2")
    .replace(/(\w)('s|'re|'ve|'ll|'d|'m)\b/g, "$1 $2")
    .split(/\s+/)
    .filter((e) => e.length > 0);
}

/** Compiles phrases ("no one", "at any level", "threat*"). @internal */
export function phraseTrie(phrases: readonly string[]): PhraseTrie {
  const root = node();
  for (const p of phrases) {
    let n = root;
    for (const el of phraseElements(p)) {
      if (el.length > 1 && el.endsWith("*")) {
        const stem = el.slice(0, -1);
        let found = n.prefix.find(([s]) => s === stem);
        if (!found) {
          found = [stem, node()];
          n.prefix.push(found);
        }
        n = found[1];
      } else {
        let next = n.exact.get(el);
        if (!next) {
          next = node();
          n.exact.set(el, next);
        }
        n = next;
      }
    }
    n.final = true;
  }
  return root;
}

/**
 * Longest phrase of the trie starting at token i (within one sentence), as the index
 * after its last token, or -1.
 * @internal
 */
export function longestPhraseAt(doc: RuleContext, trie: PhraseTrie, i: number): number {
  // Fast path: most tokens start no phrase (no exact child, no prefix at the root).
  if (trie.prefix.length === 0 && !trie.exact.has(doc.forms[i])) return -1;
  let best = -1;
  // Breadth over the (few) trie nodes alive at each position; the frontier stays tiny.
  let frontier: PhraseTrie[] = [trie];
  const s = doc.sentence[i];
  for (let j = i; j < doc.length && frontier.length > 0 && doc.sentence[j] === s; j++) {
    const f = doc.forms[j];
    const next: PhraseTrie[] = [];
    for (const n of frontier) {
      const e = n.exact.get(f);
      if (e) next.push(e);
      for (const [stem, child] of n.prefix) if (f.startsWith(stem)) next.push(child);
    }
    for (const n of next) if (n.final) best = j + 1;
    frontier = next;
  }
  return best;
}

/** Non-overlapping longest matches of the trie, left to right, as token ranges [i, j). @internal */
export function phraseMatches(doc: RuleContext, trie: PhraseTrie): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < doc.length; i++) {
    const j = longestPhraseAt(doc, trie, i);
    if (j > i) {
      out.push([i, j]);
      i = j - 1;
    }
  }
  return out;
}

/** Character span of tokens [i, j). @internal */
export function tokenSpan(doc: RuleContext, i: number, j: number): RuleSpan {
  return { start: doc.start[i], end: doc.end[j - 1] };
}
