import { argumentError } from "../../errors";
import { claimFeatures } from "./claim-stance-features";
import { calibratedFavor, checkClaimStanceModel, type ClaimStanceModel } from "./claim-stance-model";
import { claimStructures } from "./claim-structure";
import type { StanceInput } from "./stance-model";

/** Columns of {@link predictClaimStance}. */
export const CLAIM_STANCE_PREDICTION_COLUMNS = ["id", "target", "stance", "probability", "p_favor", "features"] as const;

/** One prediction of a claim stance model. */
export type ClaimStancePredictionRow = {
  readonly id: string;
  readonly target: string;
  /** FAVOR or AGAINST; NONE when `probability` is below `abstainBelow`. */
  readonly stance: "FAVOR" | "AGAINST" | "NONE";
  /** Calibrated probability of the more probable stance (0.5..1). */
  readonly probability: number;
  /** Calibrated P(FAVOR). */
  readonly p_favor: number;
  /** The features the model read, joined with " " (the evidence of the decision). */
  readonly features: string;
};

/** Options of {@link predictClaimStance}. */
export interface PredictClaimStanceOptions {
  /** Abstain (stance NONE) when the calibrated probability of the stance is below this (default 0: never). */
  readonly abstainBelow?: number;
}

/**
 * Labels claims `{id, target, text}` with a model from `trainClaimStanceModel`: calibrated
 * probabilities, abstention below a threshold, and the features behind each decision.
 *
 * @param model A {@link ClaimStanceModel} (checked first).
 * @param rows Rows to label: target the motion, text the claim.
 * @param options `abstainBelow` (0).
 * @returns Rows {@link CLAIM_STANCE_PREDICTION_COLUMNS}, in input order.
 * @example
 * predictClaimStance(model, [{ id: "1", target: "This house would ban boxing", text: "Boxing causes brain damage" }], { abstainBelow: 0.6 });
 */
export function predictClaimStance(model: ClaimStanceModel, rows: readonly StanceInput[], options: PredictClaimStanceOptions = {}): ClaimStancePredictionRow[] {
  const FN = "predictClaimStance";
  checkClaimStanceModel(model);
  if (!Array.isArray(rows)) throw argumentError(FN, 'argument "rows"', "an array of {id, target, text}", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string") throw argumentError(FN, `rows[${i}]`, "an object with string id, target and text", r);
  });
  const abstainBelow = options.abstainBelow ?? 0;
  if (typeof abstainBelow !== "number" || !(abstainBelow >= 0 && abstainBelow <= 1)) throw argumentError(FN, 'option "abstainBelow"', "a number from 0 to 1", abstainBelow);
  return claimStructures(rows).map((s, i) => {
    const p = calibratedFavor(model, s);
    const probability = Math.max(p, 1 - p);
    const stance = probability < abstainBelow ? "NONE" : p >= 0.5 ? "FAVOR" : "AGAINST";
    return { id: String(rows[i].id), target: rows[i].target, stance, probability: round(probability), p_favor: round(p), features: claimFeatures(s).join(" ") };
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
