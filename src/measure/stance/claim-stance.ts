import { argumentError } from "../../errors";
import { claimStructures, type ClaimStructure } from "./claim-structure";
import { calibratedFavor, checkClaimStanceModel, type ClaimStanceModel } from "./claim-stance-model";
import type { StanceInput } from "./stance-model";
import type { OnWarning } from "../../types";
import { warnNotEnglish } from "../english-only";
import { isEnglishText } from "../is-english-document";

/** Columns of {@link claimStance}. */
export const CLAIM_STANCE_COLUMNS = ["id", "target", "stance", "score", "confidence", "motion_target", "motion_polarity", "claim_target", "relation", "claim_sentiment", "cues"] as const;

/** The stance of one claim toward its topic, with the structure behind it. */
export type ClaimStanceRow = {
  readonly id: string;
  readonly target: string;
  /** FAVOR (supports the topic) or AGAINST (contests it); NONE when a model is given and its probability is below `abstainBelow`; null for a claim not in English (its numbers are NaN). */
  readonly stance: "FAVOR" | "AGAINST" | "NONE" | null;
  /** Above 0 for FAVOR, below for AGAINST (with a model: 2 P(FAVOR) - 1). */
  readonly score: number;
  /** 0..1: rank by it to trade coverage for accuracy (with a model: the calibrated probability of the stance, rescaled 2p - 1). */
  readonly confidence: number;
  /** The motion's target as written ("the sale of violent video games to minors"). */
  readonly motion_target: string;
  /** +1 when the motion speaks for its target, -1 when against ("ban", "not", "harmful"); NaN for a claim not read. */
  readonly motion_polarity: number;
  /** The claim's target: its mention of the motion's target or of a contrastive counterpart ("" when it names neither). */
  readonly claim_target: string;
  /** consistent (the claim names the motion's target), contrastive (only a counterpart: a WordNet antonym, "anti-X"), unstated; null for a claim not read. */
  readonly relation: "consistent" | "contrastive" | "unstated" | null;
  /** Sentiment toward the motion's target read from the claim (lexicon words with negation, diminishers, comparison, counterparts). */
  readonly claim_sentiment: number;
  /** Every piece of evidence: motion polarity and reversers, targets, relation, each scored word with its source and what turned it, model probability. */
  readonly cues: string;
};

/** Options of {@link claimStance}. */
export interface ClaimStanceOptions {
  /**
   * A model from `trainClaimStanceModel` (trained on other topics): the stance and
   * confidence come from its calibrated probability; the rule's structure stays as evidence.
   */
  readonly model?: ClaimStanceModel;
  /**
   * Count the words WordNet 3.1 reaches in one step from AFINN-165 (derivations, antonyms,
   * synonyms; 4,045 words) in the rule's sentiment (default false: on the development topics
   * they lowered the rule's accuracy from 0.662 to 0.619, polysemy bringing in "right",
   * "even", "form"; the trainable model weighs them as a feature of their own instead).
   */
  readonly expandLexicon?: boolean;
  /** With a model: stance NONE when the calibrated probability of the stance is below this (default 0: never). */
  readonly abstainBelow?: number;
  /** Receives one `not_english` warning naming the languages of the claims left out. */
  readonly onWarning?: OnWarning;
}

/**
 * Whether a claim supports or contests a debate topic ("This house would ban X"), for
 * topics never seen before, by the structure of the claim (Bar-Haim et al. 2017): the
 * motion's target and its polarity ("would ban X" is -1 toward X); the claim's target and its
 * relation to the motion's (consistent when it names it; contrastive when it names a
 * WordNet antonym of it, "private" for "public", or "anti-X"); the sentiment toward it; stance
 * is the product. Sentiment: AFINN-165 and the words WordNet 3.1 reaches from it in one step
 * (derivations, antonyms, synonyms); a negator flips the next three words; a word acted on by a
 * diminisher ("reduces crime") is turned; a word after "than", "instead of" is about the
 * alternative and is turned; a denied outcome ("does not help") counts -1; words near a
 * mention count double; a denial ("it is not true that") reverses it all. A claim with no
 * sentiment gets FAVOR with confidence 0. Every decision keeps its evidence in `cues`.
 *
 * Reads English only: a claim whose `lang` names another language, or without `lang` whose
 * letters are mostly not Latin script (see `isEnglishDocument`), gets stance null and NaN
 * numbers, with one `not_english` warning naming the languages.
 *
 * @param rows Rows `{id, target, text, lang?}`: target the topic, text the claim.
 * @param options See {@link ClaimStanceOptions}.
 * @returns Rows {@link CLAIM_STANCE_COLUMNS}, in input order.
 * @example
 * claimStance([{ id: "1", target: "This house would ban smoking in public", text: "Smoking harms the health of bystanders" }])[0].stance;
 * // "FAVOR": the claim is negative about smoking, the motion is against it
 * @see Bar-Haim, R. et al. (2017). Stance classification of context-dependent claims. EACL.
 * @see Bar-Haim, R. et al. (2017). Improving claim stance classification with lexical knowledge expansion and context utilization. ArgMining workshop.
 */
export function claimStance(rows: readonly StanceInput[], options: ClaimStanceOptions = {}): ClaimStanceRow[] {
  const FN = "claimStance";
  if (!Array.isArray(rows)) throw argumentError(FN, 'argument "rows"', "an array of {id, target, text}", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string") throw argumentError(FN, `rows[${i}]`, "an object with string id, target and text", r);
  });
  if (options.model !== undefined && (options.model as { format?: unknown }).format === "discourse-lab/stance-model") {
    throw argumentError(FN, 'option "model"', "a model from trainClaimStanceModel (n-gram models from trainStanceModel are read by predictStance)", "a stance model");
  }
  const model = options.model === undefined ? undefined : checkClaimStanceModel(options.model);
  const abstainBelow = options.abstainBelow ?? 0;
  if (typeof abstainBelow !== "number" || !(abstainBelow >= 0 && abstainBelow <= 1)) throw argumentError(FN, 'option "abstainBelow"', "a number from 0 to 1", abstainBelow);
  const expand = options.expandLexicon ?? false;
  if (typeof expand !== "boolean") throw argumentError(FN, 'option "expandLexicon"', "true or false", expand);
  const read = rows.map((r) => isEnglishText(r.text, r.lang));
  if (read.includes(false)) {
    warnNotEnglish(FN, rows.filter((_, i) => !read[i]).map((r) => r.lang), rows.length, "claim", options.onWarning);
    const scored = claimStance(rows.filter((_, i) => read[i]), { ...options, onWarning: undefined });
    let k = 0;
    return rows.map((r, i) =>
      read[i]
        ? scored[k++]
        : { id: String(r.id), target: r.target, stance: null, score: NaN, confidence: NaN, motion_target: "", motion_polarity: NaN, claim_target: "", relation: null, claim_sentiment: NaN, cues: "" },
    );
  }
  return claimStructures(rows, expand).map((s, i) => {
    const r = rows[i];
    const cues = evidence(s);
    let score = Math.tanh(s.score / 4);
    let stance: ClaimStanceRow["stance"] = score >= 0 ? "FAVOR" : "AGAINST";
    let confidence = Math.abs(score);
    if (model) {
      const p = calibratedFavor(model, s);
      score = 2 * p - 1;
      stance = p >= 0.5 ? "FAVOR" : "AGAINST";
      confidence = Math.abs(score);
      if (Math.max(p, 1 - p) < abstainBelow) stance = "NONE";
      cues.push(`model:P(FAVOR)=${round(p)}`);
    }
    return {
      id: String(r.id),
      target: r.target,
      stance,
      score: round(score),
      confidence: round(confidence),
      motion_target: s.motion.target,
      motion_polarity: s.motion.polarity,
      claim_target: s.target,
      relation: s.relation,
      claim_sentiment: s.sentiment,
      cues: cues.join(" "),
    };
  });
}

/** The evidence of a decision as cue strings. */
function evidence(s: ClaimStructure): string[] {
  const m = s.motion;
  return [
    `motion:${m.polarity > 0 ? "+1" : "-1"}${m.reversers.length ? `(${m.reversers.join(",")})` : ""}`,
    `motion_target:"${m.target}"`,
    `claim_target:"${s.target}"`,
    `relation:${s.relation}(${s.relationEvidence})`,
    ...s.cues.map((c) => `${c.word}:${c.value}${c.source !== "afinn" ? `[${c.source}]` : ""}${c.notes.length ? `(${c.notes.join(",")})` : ""}`),
    ...s.futility.map((f) => `futility:${f}`),
    ...(s.denial ? ["denial"] : []),
  ];
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0; // no -0
}
