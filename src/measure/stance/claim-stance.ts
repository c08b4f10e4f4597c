import { argumentError } from "../../errors";
import { DIMINISHERS, OUTCOME_CUES } from "../lexicons/stance-lexicons";
import { predictStance } from "./predict-stance";
import { motionPolarity } from "./stance-features";
import { checkStanceModel, type StanceInput, type StanceModel } from "./stance-model";
import { anyPhraseAt, negationScopes, phraseList, wordsOf } from "./stance-words";
import { scoreWords } from "./text-sentiment";

/** Columns of {@link claimStance}. */
export const CLAIM_STANCE_COLUMNS = ["id", "target", "stance", "score", "confidence", "motion_polarity", "claim_sentiment", "cues"] as const;

/** The stance of one claim toward its topic. */
export type ClaimStanceRow = {
  readonly id: string;
  readonly target: string;
  /** FAVOR (supports the topic) or AGAINST (contests it). */
  readonly stance: "FAVOR" | "AGAINST";
  /** Above 0 for FAVOR, below for AGAINST. */
  readonly score: number;
  /** |score| squashed to 0..1: rank by it to trade coverage for accuracy. */
  readonly confidence: number;
  /** +1 when the motion speaks for its subject, -1 when against ("ban", "not", "harmful"). */
  readonly motion_polarity: 1 | -1;
  /** Negation-aware lexicon score of the claim (AFINN-165 plus outcome words). */
  readonly claim_sentiment: number;
  /** What decided it: motion reversers, scored words, model score. */
  readonly cues: string;
};

/** Options of {@link claimStance}. */
export interface ClaimStanceOptions {
  /**
   * A model from `trainStanceModel` with `motionPolarity: true`, trained on other topics;
   * its score is added to the lexicon rule's (default: the rule alone).
   */
  readonly model?: StanceModel;
  /** Weight of the model score against the rule's (default 1). */
  readonly modelWeight?: number;
}

const OUTCOME = phraseList(OUTCOME_CUES);
const DIMINISHER_SET: ReadonlySet<string> = new Set(DIMINISHERS);
/** Words between a diminisher and the word it turns. */
const DIMINISHER_WINDOW = 3;

/**
 * Whether a claim supports or contests a debate topic ("This house would ban X"), for
 * topics never seen before: the claim's negation-aware sentiment toward what it talks
 * about (AFINN-165; a negated outcome such as "does not reduce" counts -1; a negative word
 * after a diminisher such as "reduces crime" counts as positive) times the
 * polarity of the motion (each "ban", "not", "criminalize", "harmful", ... flips it). A
 * claim with no sentiment gets FAVOR with confidence 0. With `options.model` the model's
 * score is added.
 *
 * @param rows Rows `{id, target, text}`: target the topic, text the claim.
 * @param options See {@link ClaimStanceOptions}.
 * @returns Rows {@link CLAIM_STANCE_COLUMNS}, in input order.
 * @example
 * claimStance([{ id: "1", target: "This house would ban smoking in public", text: "Smoking harms the health of bystanders" }])[0].stance;
 * // "FAVOR": the claim is negative about smoking, the motion is against it
 * @see Bar-Haim, R. et al. (2017). Stance classification of context-dependent claims. EACL.
 */
export function claimStance(rows: readonly StanceInput[], options: ClaimStanceOptions = {}): ClaimStanceRow[] {
  const FN = "claimStance";
  if (!Array.isArray(rows)) throw argumentError(FN, 'argument "rows"', "an array of {id, target, text}", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string") throw argumentError(FN, `rows[${i}]`, "an object with string id, target and text", r);
  });
  const model = options.model === undefined ? undefined : checkStanceModel(options.model);
  if (model && !model.settings.motionPolarity) throw argumentError(FN, 'option "model"', "a model trained with motionPolarity: true", "motionPolarity: false");
  const modelWeight = options.modelWeight ?? 1;
  if (typeof modelWeight !== "number" || !(modelWeight >= 0)) throw argumentError(FN, 'option "modelWeight"', "a number >= 0", modelWeight);
  const predicted = model ? predictStance(model, rows) : undefined;
  return rows.map((r, i) => {
    const { polarity, reversers } = motionPolarity(r.target);
    const words = wordsOf(r.text);
    const sentiment = scoreWords(words);
    const scope = negationScopes(words);
    let outcome = 0;
    const outcomeCues: string[] = [];
    for (let k = 0; k < words.length; k++) {
      if (scope[k] >= 0 && anyPhraseAt(words, k, OUTCOME) > 0) {
        outcome -= 1;
        outcomeCues.push(`${words[scope[k]].surface} ${words[k].surface}`);
      }
    }
    // "reduces crime": a negative word acted on by a diminisher counts as good news.
    const at = new Map(words.map((w, k) => [w.start, k]));
    let turned = 0;
    const turnedCues: string[] = [];
    for (const sw of sentiment.words) {
      if (sw.valence >= 0) continue;
      const k = at.get(sw.char_start)!;
      for (let j = k - 1; j >= 0 && j >= k - DIMINISHER_WINDOW && !words[j + 1].breakBefore; j--) {
        if (DIMINISHER_SET.has(words[j].norm)) {
          turned -= 2 * sw.contribution;
          turnedCues.push(`${words[j].surface} ${sw.word}:${-sw.contribution}`);
          break;
        }
      }
    }
    const claimSentiment = sentiment.score + outcome + turned;
    const rule = Math.tanh((polarity * claimSentiment) / 4);
    const modelScore = predicted ? predicted[i].score : 0;
    const score = rule + modelWeight * modelScore;
    const cues = [
      `motion:${polarity > 0 ? "+1" : "-1"}${reversers.length ? `(${reversers.join(",")})` : ""}`,
      ...sentiment.words.map((w) => `${w.word}:${w.contribution}${w.negated_by ? `(${w.negated_by})` : ""}`),
      ...outcomeCues.map((c) => `futility:${c}`),
      ...turnedCues.map((c) => `diminished:${c}`),
      ...(predicted ? [`model:${round(modelScore)}`] : []),
    ];
    return {
      id: String(r.id),
      target: r.target,
      stance: score >= 0 ? "FAVOR" : "AGAINST",
      score: round(score),
      confidence: round(Math.abs(Math.tanh(score))),
      motion_polarity: polarity,
      claim_sentiment: claimSentiment,
      cues: cues.join(" "),
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
