import type { Era } from "../../group/document-group";
import type { Corpus, OnWarning } from "../../types";
import { risingFallingTerms } from "./rising-falling-terms";

/** The terms a report follows when none are given: those that rose and fell most, interleaved (rose, fell, rose, ...). @internal */
export function followedTerms(corpus: Corpus, eras: readonly Era[], stopwords: string, onWarning?: OnWarning): string[] {
  const { rising, falling } = risingFallingTerms(corpus, { eras, stopwords, onWarning });
  const out: string[] = [];
  for (let i = 0; i < Math.max(rising.length, falling.length); i++) {
    if (i < rising.length) out.push(rising[i]);
    if (i < falling.length) out.push(falling[i]);
  }
  return out;
}
