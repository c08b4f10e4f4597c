import { MOTION_PREDICATE_OPENERS, MOTION_PREDICATE_REVERSERS } from "../lexicons/stance-lexicons";
import { textWords } from "./stance-words";

const PREDICATE_REVERSERS: ReadonlySet<string> = new Set(MOTION_PREDICATE_REVERSERS);
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(MOTION_PREDICATE_OPENERS);

/** The framing opening of a debate motion ("This house believes that", "This house would"). @internal */
export const MOTION_PREFIX = /^\s*this\s+house\s+(?:believes\s+(?:that\s+)?|would\s+|supports\s+|should\s+)?/i;

/**
 * +1 or -1: whether a debate motion speaks for (+1) or against (-1) its subject, read from
 * the reversers in predicate position: at the start of the motion ("would ban X", "opposes X")
 * or after a modal, "to", a form of "be" or "in" ("should not subsidize X", "X should be
 * abolished", "X is harmful", "justified in forbidding X"); each one flips the polarity.
 * A reverser inside a noun phrase ("enforce term limits") does not count.
 *
 * @param topic The motion ("This house would ban X").
 * @returns The polarity and the reversers that set it.
 * @example
 * claimMotionPolarity("This house would enforce term limits").polarity; // 1
 * claimMotionPolarity("This house believes that X should be abolished").polarity; // -1
 */
export function claimMotionPolarity(topic: string): { polarity: 1 | -1; reversers: string[] } {
  const words = textWords(topic.replace(MOTION_PREFIX, ""));
  const reversers: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!PREDICATE_REVERSERS.has(words[k].norm)) continue;
    let j = k - 1;
    while (j >= 0 && (words[j].norm === "a" || words[j].norm === "an" || (words[j].norm.endsWith("ly") && words[j].norm.length > 4))) j--;
    if (j < 0 || PREDICATE_OPENERS.has(words[j].norm)) reversers.push(words[k].surface);
  }
  return { polarity: reversers.length % 2 === 0 ? 1 : -1, reversers };
}

