/**
 * A search term under stemming or lemmatization: which feature (stem or lemma) it stands for.
 * @internal
 */
import type { FeatureView } from "../segment/feature-tokens";
import type { OnWarning } from "../types";

/** What a term resolved to. @internal */
export type FeatureOfTerm =
  | { readonly feature: string; readonly how: "form" | "feature" | "truncation"; readonly words: readonly string[] }
  | { readonly feature: undefined; readonly candidates: readonly string[] };

/** The parts of a {@link FeatureView} resolution needs (a counter keeps its own). @internal */
export type FeatureLookup = Pick<FeatureView, "form" | "words" | "features"> & { readonly featureOfWord: (id: number) => number };

/**
 * The feature a single normalized word `term` stands for, in this order:
 * 1. its own stem or lemma, when the corpus has it ("negotiations" -> "negoti");
 * 2. the term itself, when it is a feature of the corpus (a stem typed as such: "negoti");
 * 3. as a truncation: the one feature of all corpus words beginning with the term
 *    ("negotiat" begins negotiate, negotiation, negotiating, ...: all "negoti"). A
 *    truncation beginning words of several features resolves to none (`candidates` names them).
 * @internal
 */
export function featureOfTerm(term: string, view: FeatureLookup): FeatureOfTerm {
  const own = view.form.reduce(term);
  if (view.features.id(own) >= 0) return { feature: own, how: "form", words: wordsOf(view, view.features.id(own)) };
  if (view.features.id(term) >= 0) return { feature: term, how: "feature", words: wordsOf(view, view.features.id(term)) };
  const found = new Map<number, string[]>();
  if (term.length >= 2) {
    for (let id = 0; id < view.words.size; id++) {
      const w = view.words.term(id);
      if (!w.startsWith(term)) continue;
      const f = view.featureOfWord(id);
      const list = found.get(f);
      if (list) list.push(w);
      else found.set(f, [w]);
    }
  }
  if (found.size === 1) {
    const [[f, words]] = [...found];
    return { feature: view.features.term(f), how: "truncation", words: words.sort() };
  }
  return { feature: undefined, candidates: [...found.keys()].map((f) => view.features.term(f)).sort() };
}

function wordsOf(view: FeatureLookup, feature: number): string[] {
  const out: string[] = [];
  for (let id = 0; id < view.words.size; id++) if (view.featureOfWord(id) === feature) out.push(view.words.term(id));
  return out.sort();
}

/**
 * Resolves a term (words joined by single spaces) to its features joined the same way,
 * telling `onWarning` what each word was counted as; undefined when a word resolves to
 * nothing (also told). @internal
 */
export function featurePhrase(fn: string, term: string, view: FeatureLookup, onWarning: OnWarning | undefined): string | undefined {
  const parts: string[] = [];
  for (const word of term.split(" ")) {
    const r = featureOfTerm(word, view);
    if (r.feature === undefined) {
      const why = r.candidates.length > 1 ? `it begins words of several ${kind(view)}s (${r.candidates.slice(0, 8).join(", ")}); give one of them` : "no word of the corpus has it";
      onWarning?.({ code: "unseen_term", message: `${fn}: ${JSON.stringify(word)} matches no ${kind(view)}: ${why}` });
      return undefined;
    }
    if (r.how !== "form" || r.feature !== word) {
      const shown = r.words.slice(0, 8).join(", ") + (r.words.length > 8 ? `, ... (${r.words.length} words)` : "");
      onWarning?.({ code: "term_form", message: `${fn}: ${JSON.stringify(word)} counted as the ${kind(view)} ${JSON.stringify(r.feature)} (${shown})` });
    }
    parts.push(r.feature);
  }
  return parts.join(" ");
}

function kind(view: FeatureLookup): string {
  return view.form.key.startsWith("lemma") ? "lemma" : "stem";
}

/** A {@link FeatureLookup} of a feature view. @internal */
export function lookupOf(view: FeatureView): FeatureLookup {
  return { form: view.form, words: view.words, features: view.features, featureOfWord: (id) => view.featureOf[id] };
}
