import { argumentError } from "../../errors";
import { claimFeatures } from "./claim-stance-features";
import type { ClaimStructure } from "./claim-structure";
import { naturalLogisticMargin } from "./natural-logistic";

/** Identifies a claim stance model JSON document. */
export const CLAIM_STANCE_MODEL_FORMAT = "discourse-lab/claim-stance-model";

/**
 * A trained claim stance model: natural's logistic regression over the topic-abstract
 * features of a claim's structure, with a Platt sigmoid fitted on inner folds grouped by
 * topic. A plain JSON object (`JSON.stringify` it; `checkClaimStanceModel` reads it back).
 */
export interface ClaimStanceModel {
  readonly format: typeof CLAIM_STANCE_MODEL_FORMAT;
  readonly version: 1;
  /** natural's LogisticRegressionClassifier as JSON (feature vocabulary and weights; no training text). */
  readonly classifier: { readonly features: Readonly<Record<string, number>>; readonly classifier: unknown };
  /** Platt sigmoid P(FAVOR) = 1 / (1 + exp(a m + b)) of the classifier's margin m = logit P(FAVOR). */
  readonly calibration: { readonly a: number; readonly b: number };
  /** Rows, topics and inner folds the model was trained with. */
  readonly trained: { readonly rows: number; readonly topics: number; readonly innerFolds: number };
}

/**
 * Checks that a parsed JSON value is a {@link ClaimStanceModel} and returns it typed.
 *
 * @param value A parsed JSON value (e.g. `JSON.parse` of a saved model).
 * @param where Name used in error messages (a file name).
 * @returns The same object, typed.
 * @throws DiscourseError `invalid_argument` when the value is not a claim stance model.
 * @example
 * const model = checkClaimStanceModel(JSON.parse(json), "claim-model.json");
 */
export function checkClaimStanceModel(value: unknown, where = "model"): ClaimStanceModel {
  const m = value as ClaimStanceModel;
  const fail = (what: string, actual: unknown) => argumentError("checkClaimStanceModel", `${where}: ${what}`, "as written by trainClaimStanceModel", actual);
  if (m === null || typeof m !== "object" || m.format !== CLAIM_STANCE_MODEL_FORMAT) throw fail('"format"', (m as { format?: unknown })?.format);
  if (m.version !== 1) throw fail('"version"', m.version);
  const c = m.classifier;
  if (c === null || typeof c !== "object" || c.features === null || typeof c.features !== "object" || c.classifier === null || typeof c.classifier !== "object") throw fail('"classifier"', c);
  const cal = m.calibration;
  if (cal === null || typeof cal !== "object" || !Number.isFinite(cal.a) || !Number.isFinite(cal.b)) throw fail('"calibration"', cal);
  return m;
}

/** Calibrated P(FAVOR) of a claim's structure under a model. @internal */
export function calibratedFavor(model: ClaimStanceModel, s: ClaimStructure): number {
  const m = naturalLogisticMargin(model.classifier, claimFeatures(s));
  return 1 / (1 + Math.exp(model.calibration.a * m + model.calibration.b));
}
