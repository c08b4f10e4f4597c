/**
 * Topic-abstract features of a claim's structure for the trainable claim model: nothing
 * here names a topic word, only what the structure says about the target (sentiment toward
 * it, relative to the motion's polarity; the relation; negation, modality, contrast, where
 * the target stands). Internal to measure/stance/.
 */
import type { ClaimStructure } from "./claim-structure";

const sign = (x: number) => (x > 0 ? "+" : x < 0 ? "-" : "0");

/** Bins of the rule's squashed score: strong and weak, each side, and none. */
function bin(score: number): string {
  const t = Math.tanh(score / 4);
  return t <= -0.5 ? "--" : t < 0 ? "-" : t === 0 ? "0" : t < 0.5 ? "+" : "++";
}

/** The feature names of one claim (binary features; "bias" always). */
export function claimFeatures(s: ClaimStructure): string[] {
  const pol = s.motion.polarity;
  const near = pol * s.nearSentiment;
  const far = pol * (s.sentiment - s.nearSentiment);
  const r = sign(s.score);
  const f = new Set<string>(["bias", `rule:${bin(s.score)}`, `near:${sign(near)}`, `far:${sign(far)}`, `relation:${s.relation}`, `relation:${s.relation}&rule:${r}`]);
  f.add(`motion:${pol > 0 ? "+" : "-"}`);
  f.add(`wordnet:${sign(pol * s.wordnetSentiment)}`);
  f.add(`position:${s.position}`);
  f.add(`position:${s.position}&rule:${r}`);
  const neg = s.negations === 0 ? "0" : s.negations === 1 ? "1" : "2+";
  f.add(`negations:${neg}`);
  f.add(`negations:${neg}&motion:${pol > 0 ? "+" : "-"}`);
  for (const m of new Set(s.modality)) {
    f.add(`modal:${m}`);
    f.add(`modal:${m}&motion:${pol > 0 ? "+" : "-"}`);
  }
  if (s.contrast) {
    f.add("contrast");
    f.add(`contrast&rule:${r}`);
  }
  if (s.futility.length) f.add("futility");
  if (s.denial) f.add("denial");
  let pos = 0;
  let negWords = 0;
  let turned = 0;
  for (const c of s.cues) {
    if (pol * c.value > 0) pos++;
    else if (pol * c.value < 0) negWords++;
    if (c.notes.some((n) => n.startsWith("turned:") || n.startsWith("contrast:"))) turned++;
  }
  f.add(`favor-words:${Math.min(pos, 3)}`);
  f.add(`against-words:${Math.min(negWords, 3)}`);
  if (turned) f.add(`turned&rule:${r}`);
  return [...f].sort();
}
