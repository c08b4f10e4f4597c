import { DOUBT_PHRASES } from "../lexicons/rhetoric-lexicons";
import { lexiconRule } from "./lexicon-rule";

/**
 * `doubt`: words casting doubt on the other side's honesty ("a trick", "deceptive",
 * "so-called", "hoax", "they pretend").
 */
export const doubtRule = lexiconRule({
  id: "doubt",
  description: "Doubt cast on the honesty of the other side (a trick, deceptive, so-called, hoax, pretend, distort).",
  references: [
    "Da San Martino et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP (Doubt).",
  ],
  technique: null,
  phrases: DOUBT_PHRASES,
  exceptions: ["lie down", "lies ahead", "lie ahead", "lies in", "lie in"],
});
