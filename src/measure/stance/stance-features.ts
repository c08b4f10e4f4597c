/**
 * Features of the trainable stance model and the motion polarity of a debate topic.
 * Internal to measure/stance/.
 */
import { MOTION_REVERSERS } from "../lexicons/stance-lexicons";
import { negationScopes, textWords } from "./stance-words";
import { scoreWords } from "./text-sentiment";

/** Feature options stored in a model (every field set). */
export interface FeatureSettings {
  /** Word n-grams from 1 to this (0 for none). */
  readonly wordNgrams: number;
  /** Character n-grams from 3 to this within words (0 for none). */
  readonly charNgrams: number;
  /** Mark words inside a negation scope ("not_good"). */
  readonly negation: boolean;
  /** Add the negation-aware AFINN score of the text as a feature. */
  readonly lexicon: boolean;
  /** Read the label relative to the topic's polarity (claim stance). */
  readonly motionPolarity: boolean;
}

const REVERSERS: ReadonlySet<string> = new Set(MOTION_REVERSERS);
const MOTION_PREFIX = /^\s*this\s+house\s+(?:believes\s+(?:that\s+)?|would\s+|supports\s+|should\s+)?/i;

/**
 * +1 or -1: whether a motion speaks for (+1) or against (-1) its subject. Each reversing
 * word ("not", "ban", "criminalize", "harmful", ...) flips it, so "should not subsidize
 * tobacco" is -1 and "would unleash the free market" is +1.
 */
export function motionPolarity(topic: string): { polarity: 1 | -1; reversers: string[] } {
  const words = textWords(topic.replace(MOTION_PREFIX, ""));
  const reversers = words.filter((w) => REVERSERS.has(w.norm)).map((w) => w.surface);
  return { polarity: reversers.length % 2 === 0 ? 1 : -1, reversers };
}

/** Sparse features of a text: names with values. */
export function textFeatures(text: string, s: FeatureSettings): Map<string, number> {
  const words = textWords(text);
  const scope = s.negation ? negationScopes(words) : new Int32Array(words.length).fill(-1);
  const toks = words.map((w, i) => (scope[i] >= 0 ? `not_${w.norm}` : w.norm));
  const f = new Map<string, number>();
  for (let n = 1; n <= s.wordNgrams; n++) {
    for (let i = 0; i + n <= toks.length; i++) f.set(`w:${toks.slice(i, i + n).join(" ")}`, 1);
  }
  if (s.charNgrams >= 3) {
    for (const w of words) {
      const padded = `<${w.norm}>`;
      for (let n = 3; n <= s.charNgrams; n++) for (let i = 0; i + n <= padded.length; i++) f.set(`c:${padded.slice(i, i + n)}`, 1);
    }
  }
  if (s.lexicon) {
    const score = scoreWords(words).score;
    f.set("lex:score", Math.tanh(score / 3));
    if (score > 0) f.set("lex:positive", 1);
    if (score < 0) f.set("lex:negative", 1);
  }
  f.set("bias", 1);
  return f;
}
