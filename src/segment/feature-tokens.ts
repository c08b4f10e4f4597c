/**
 * Tokens counted as stems or lemmas: the same token stream (offsets, sentences, documents
 * unchanged, so a concordance still shows the words as written) whose type ids point into
 * a vocabulary of features. The word -> feature map is made once per vocabulary and form.
 * @internal
 */
import type { Tokens, Vocabulary } from "../types";
import type { TermForm } from "./term-form";
import { createVocabulary } from "./vocabulary";

/** How the features of a feature stream relate to the words they come from. @internal */
export interface FeatureView {
  readonly form: TermForm;
  /** The word vocabulary of the shared tokenization. */
  readonly words: Vocabulary;
  /** The feature vocabulary (stems or lemmas). */
  readonly features: Vocabulary;
  /** Feature id of each word id. */
  readonly featureOf: Int32Array;
}

const maps = new WeakMap<Vocabulary, Map<string, FeatureView>>();
const views = new WeakMap<Tokens, FeatureView>();

/** The word -> feature map of a vocabulary for a form, made once. @internal */
export function featureMap(words: Vocabulary, form: TermForm): FeatureView {
  let byForm = maps.get(words);
  const hit = byForm?.get(form.key);
  if (hit && hit.featureOf.length === words.size) return hit;
  const features = createVocabulary();
  const featureOf = new Int32Array(words.size);
  for (let id = 0; id < words.size; id++) featureOf[id] = features.intern(form.reduce(words.term(id)));
  const view: FeatureView = { form, words, features: { id: (s) => features.id(s), term: (i) => features.term(i), size: features.size }, featureOf };
  if (!byForm) maps.set(words, (byForm = new Map()));
  byForm.set(form.key, view);
  return view;
}

/**
 * `tk` with each type id replaced by its feature's id (stopwords and kinds must already be
 * filtered on the words). @internal
 */
export function featureTokens(tk: Tokens, form: TermForm): Tokens {
  const view = featureMap(tk.vocabulary, form);
  const typeId = new Uint32Array(tk.length);
  for (let i = 0; i < tk.length; i++) typeId[i] = view.featureOf[tk.typeId[i]];
  const out: Tokens = { ...tk, vocabulary: view.features, typeId };
  views.set(out, view);
  return out;
}

/** The feature view of tokens made by {@link featureTokens}, or undefined for word tokens. @internal */
export function featureViewOf(tk: Tokens): FeatureView | undefined {
  return views.get(tk);
}
