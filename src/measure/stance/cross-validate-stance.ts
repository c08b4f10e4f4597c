import { argumentError } from "../../errors";
import { predictStance } from "./predict-stance";
import { stanceFolds, type StanceFoldsOptions } from "./stance-folds";
import { stanceMetrics, type StanceMetrics } from "./stance-metrics";
import type { StanceExample } from "./stance-model";
import { trainStanceModel, type TrainStanceModelOptions } from "./train-stance-model";

/** Options of {@link crossValidateStance}: folds and training options. */
export interface CrossValidateStanceOptions extends StanceFoldsOptions, TrainStanceModelOptions {}

/**
 * Cross-validates `trainStanceModel` on labelled rows: folds from `stanceFolds` (by
 * default 5, grouped by target so every test target is unseen), one model per fold
 * trained on the other folds, metrics over all held-out predictions.
 *
 * @param rows Labelled rows `{id, target, text, stance}`.
 * @param options Folds (`folds` 5, `by` "target") and training options.
 * @returns {@link StanceMetrics}: accuracy, macro-F1, accuracy at 50% coverage (ranked by
 *   the predicted label's probability) and precision / recall / F1 per class.
 * @example
 * const m = crossValidateStance(rows, { folds: 5, motionPolarity: true });
 * console.log(m.accuracy, m.macro_f1, m.classes);
 */
export function crossValidateStance(rows: readonly StanceExample[], options: CrossValidateStanceOptions = {}): StanceMetrics {
  if (!Array.isArray(rows) || rows.length === 0) throw argumentError("crossValidateStance", 'argument "rows"', "a non-empty array of labelled rows", rows);
  const { folds: k = 5, by, ...train } = options;
  const fold = stanceFolds(rows, { folds: k, by });
  const predicted = new Array<string>(rows.length);
  const confidence = new Array<number>(rows.length);
  for (let f = 0; f < k; f++) {
    const trainRows = rows.filter((_, i) => fold[i] !== f);
    const testIdx = rows.map((_, i) => i).filter((i) => fold[i] === f);
    const model = trainStanceModel(trainRows, train);
    const out = predictStance(model, testIdx.map((i) => rows[i]));
    testIdx.forEach((i, t) => {
      predicted[i] = out[t].stance;
      confidence[i] = out[t].probability;
    });
  }
  return stanceMetrics(rows.map((r) => r.stance), predicted, confidence);
}
