import type { Vocabulary } from "../types";

/** A vocabulary that can grow: `intern` returns the id of a string, adding it when new. */
export interface MutableVocabulary extends Vocabulary {
  intern(s: string): number;
  /** All terms in id order (a copy). */
  terms(): string[];
}

/**
 * Creates an empty interning vocabulary: each distinct string gets the next id from 0.
 *
 * @example
 * const v = createVocabulary();
 * v.intern("tariff"); // 0
 * v.intern("iran");   // 1
 * v.intern("tariff"); // 0
 * v.term(1);          // "iran"
 */
export function createVocabulary(initial: Iterable<string> = []): MutableVocabulary {
  const ids = new Map<string, number>();
  const list: string[] = [];
  const vocab: MutableVocabulary = {
    id: (s) => ids.get(s) ?? -1,
    term: (i) => list[i],
    get size() {
      return list.length;
    },
    intern(s) {
      let i = ids.get(s);
      if (i === undefined) {
        i = list.length;
        ids.set(s, i);
        list.push(s);
      }
      return i;
    },
    terms: () => list.slice(),
  };
  for (const s of initial) vocab.intern(s);
  return vocab;
}
