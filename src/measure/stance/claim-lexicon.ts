/**
 * The lexicon of claim stance: AFINN-165 (with the discourse-lab additions) first, then the
 * words WordNet reaches in one step from an AFINN word (derivation, antonym, synonym; see
 * scripts/build-wordnet-lexicon.mjs), each value with its source; and WordNet's antonym
 * pairs, read as contrastive targets. Internal to measure/stance/.
 */
import { WORDNET_ANTONYMS, WORDNET_SENTIMENT } from "../lexicons/wordnet-lexicon";
import { valenceAt, wordValence, type Word } from "./stance-words";

const EXPANDED: ReadonlyMap<string, readonly [number, string]> = new Map(WORDNET_SENTIMENT.map(([w, v, seed, rel]) => [w, [v, `wordnet:${rel}:${seed}`] as const]));

const ANTONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const l = m.get(a);
    if (l) l.push(b);
    else m.set(a, [b]);
  };
  for (const p of WORDNET_ANTONYMS) {
    const [a, b] = p.split(" ");
    add(a, b);
    add(b, a);
  }
  return m;
})();

const CAPITALISED = /^\p{Lu}/u;

/**
 * Value of word k of a claim and its source: "afinn" (AFINN-165 and the discourse-lab
 * additions), "wordnet:<relation>:<seed>" for a word WordNet reaches from an AFINN word, or
 * 0. Names (a run of capitalised words) score nothing.
 */
export function claimValence(words: readonly Word[], k: number): { value: number; source: string } {
  const v = valenceAt(words, k);
  if (v !== 0) return { value: v, source: "afinn" };
  const norm = words[k].norm;
  if (wordValence(norm) !== 0) return { value: 0, source: "" }; // an AFINN word inside a name
  const e = EXPANDED.get(norm) ?? (norm.endsWith("s") ? EXPANDED.get(norm.slice(0, -1)) : undefined);
  if (!e) return { value: 0, source: "" };
  const w = words[k];
  const named = CAPITALISED.test(w.surface) && ((k + 1 < words.length && CAPITALISED.test(words[k + 1].surface)) || (k > 0 && CAPITALISED.test(words[k - 1].surface)));
  return named ? { value: 0, source: "" } : { value: e[0], source: e[1] };
}

/** The target word `norm` is a WordNet antonym of ("private" -> "public"), or undefined. */
export function contrastiveTo(norm: string, targetWords: readonly string[]): string | undefined {
  const own = ANTONYMS.get(norm) ?? (norm.endsWith("s") ? ANTONYMS.get(norm.slice(0, -1)) : undefined);
  if (!own) return undefined;
  for (const t of targetWords) {
    if (own.includes(t) || (t.endsWith("s") && own.includes(t.slice(0, -1)))) return t;
  }
  return undefined;
}
