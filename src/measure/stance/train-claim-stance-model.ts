import { argumentError } from "../../errors";
import { plattScaling } from "../../stats/platt-scaling";
import { claimFeatures } from "./claim-stance-features";
import { CLAIM_STANCE_MODEL_FORMAT, type ClaimStanceModel } from "./claim-stance-model";
import { claimStructures } from "./claim-structure";
import { naturalLogisticMargin, trainNaturalLogistic } from "./natural-logistic";
import { stanceFolds } from "./stance-folds";
import type { StanceExample } from "./stance-model";

/** Options of {@link trainClaimStanceModel}. */
export interface TrainClaimStanceModelOptions {
  /** Inner folds, grouped by topic, whose out-of-fold margins fit the Platt sigmoid (default 4; at most the number of topics). */
  readonly innerFolds?: number;
}

/**
 * Trains a claim stance model that learns stance, not topics: natural's logistic regression
 * over topic-abstract features of each claim's structure (the rule's score, sentiment near
 * and far from the target relative to the motion's polarity, the target relation, negation,
 * modality, contrast markers, target position, the motion's polarity; no topic word), its
 * probabilities calibrated by a Platt sigmoid fitted on inner folds grouped by topic, so the
 * calibration is measured on topics the inner model did not see.
 *
 * @param rows Labelled rows `{id, target, text, stance}`, stance FAVOR or AGAINST, both present.
 * @param options See {@link TrainClaimStanceModelOptions}.
 * @returns A {@link ClaimStanceModel}: pass it to `claimStance` or `predictClaimStance`.
 * @example
 * const model = trainClaimStanceModel(labelledRows);
 * claimStance(newRows, { model, abstainBelow: 0.6 }); // NONE where the model is unsure
 * @see Platt, J. (1999). Probabilistic outputs for support vector machines.
 * @see Bar-Haim, R. et al. (2017). Stance classification of context-dependent claims. EACL.
 */
export function trainClaimStanceModel(rows: readonly StanceExample[], options: TrainClaimStanceModelOptions = {}): ClaimStanceModel {
  const FN = "trainClaimStanceModel";
  if (!Array.isArray(rows) || rows.length < 4) throw argumentError(FN, 'argument "rows"', "an array of at least 4 labelled rows {id, target, text, stance}", Array.isArray(rows) ? `${rows.length} rows` : rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string" || (r.stance !== "FAVOR" && r.stance !== "AGAINST")) {
      throw argumentError(FN, `rows[${i}]`, "an object with string target and text and stance FAVOR or AGAINST", r);
    }
  });
  const labels = rows.map((r) => r.stance);
  if (new Set(labels).size < 2) throw argumentError(FN, 'argument "rows"', "rows of both stances, FAVOR and AGAINST", labels[0]);
  const topics = new Set(rows.map((r) => r.target)).size;
  const requested = options.innerFolds ?? 4;
  if (typeof requested !== "number" || !Number.isInteger(requested) || requested < 2) throw argumentError(FN, 'option "innerFolds"', "an integer >= 2", requested);
  const innerFolds = Math.min(requested, Math.max(2, topics));
  const docs = claimStructures(rows).map(claimFeatures);
  const fold = stanceFolds(rows, { folds: innerFolds, by: topics >= innerFolds ? "target" : "row" });
  const margins = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < innerFolds; f++) {
    const train = rows.map((_, i) => i).filter((i) => fold[i] !== f);
    if (new Set(train.map((i) => labels[i])).size < 2) continue; // margin 0 for this fold
    const inner = trainNaturalLogistic(train.map((i) => docs[i]), train.map((i) => labels[i]));
    rows.forEach((_, i) => {
      if (fold[i] === f) margins[i] = naturalLogisticMargin(inner, docs[i]);
    });
  }
  const calibration = plattScaling(margins, labels.map((l) => (l === "FAVOR" ? 1 : 0)));
  return {
    format: CLAIM_STANCE_MODEL_FORMAT,
    version: 1,
    classifier: trainNaturalLogistic(docs, labels),
    calibration: { a: round(calibration.a), b: round(calibration.b) },
    trained: { rows: rows.length, topics, innerFolds },
  };
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
