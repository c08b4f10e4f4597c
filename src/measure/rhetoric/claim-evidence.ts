/**
 * What each technique claim of the built-in catalogue rests on: the rule's spans and how
 * many of them overlap a span people marked with its technique, on two annotated sets.
 * Recomputed from the data by `test/measure/rhetoric/claim-evidence.test.ts`, so these
 * counts cannot drift from the rules.
 *
 * - `memes`: SemEval-2021 Task 6 subtask 2, train split (686 English meme captions, 1,497
 *   spans; Dimitrov et al. 2021). The claims were decided on it; the word lists of
 *   flag-waving, name-calling and loaded-language were revised once after reading its
 *   errors, so their figures are in-sample (exaggeration's was measured once, unread).
 * - `speeches`: 400 paragraphs of State of the Union addresses 1946-2024, annotated for
 *   the twenty techniques by six independent annotators who had not seen the rules
 *   (`bench/data/rhetoric-unseen`, `node bench/rhetoric.mjs --unseen`); unseen by the
 *   rules' authors when the rules were written.
 * @internal
 */
export const CLAIM_EVIDENCE: Readonly<Record<string, { readonly memes: ClaimCounts; readonly speeches: ClaimCounts }>> = {
  "loaded-language": { memes: { spans: 246, matched: 180 }, speeches: { spans: 147, matched: 26 } },
  "loaded-language-mild": { memes: { spans: 266, matched: 139 }, speeches: { spans: 403, matched: 35 } },
  "name-calling": { memes: { spans: 98, matched: 78 }, speeches: { spans: 20, matched: 5 } },
  "flag-waving": { memes: { spans: 21, matched: 17 }, speeches: { spans: 113, matched: 14 } },
  exaggeration: { memes: { spans: 21, matched: 16 }, speeches: { spans: 13, matched: 3 } },
};

/** A rule's spans on an annotated set, and how many overlap a gold span of its technique. @internal */
export interface ClaimCounts {
  readonly spans: number;
  readonly matched: number;
}
