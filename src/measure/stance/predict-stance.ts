import { argumentError } from "../../errors";
import { motionPolarity, textFeatures } from "./stance-features";
import { checkStanceModel, type StanceInput, type StanceModel } from "./stance-model";
import { relativeLabel, softmax } from "./train-stance-model";

/** Columns of {@link predictStance}. */
export const STANCE_PREDICTION_COLUMNS = ["id", "target", "stance", "score", "probability"] as const;

/** One prediction of a stance model. */
export type StancePredictionRow = {
  readonly id: string;
  readonly target: string;
  /** The most probable label. */
  readonly stance: string;
  /** P(FAVOR) - P(AGAINST) when the model has both labels (-1..1), else the top probability. */
  readonly score: number;
  /** Probability of `stance`. */
  readonly probability: number;
};

/**
 * Labels rows `{id, target, text}` with a model from `trainStanceModel`.
 *
 * @param model A {@link StanceModel} (checked first).
 * @param rows Rows to label.
 * @returns Rows {@link STANCE_PREDICTION_COLUMNS}, in input order.
 * @example
 * predictStance(model, [{ id: "3", target: "talks", text: "We welcome it." }]);
 * // [{ id: "3", target: "talks", stance: "FAVOR", score: 0.99, probability: 0.996 }] (model from the trainStanceModel example)
 */
export function predictStance(model: StanceModel, rows: readonly StanceInput[]): StancePredictionRow[] {
  checkStanceModel(model);
  if (!Array.isArray(rows)) throw argumentError("predictStance", 'argument "rows"', "an array of {id, target, text}", rows);
  const index = new Map(model.features.map((f, j) => [f, j]));
  const p = new Float64Array(model.labels.length);
  const favor = model.labels.indexOf("FAVOR");
  const against = model.labels.indexOf("AGAINST");
  return rows.map((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.target !== "string") {
      throw argumentError("predictStance", `rows[${i}]`, "an object with string id, target and text", r);
    }
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of textFeatures(r.text, model.settings)) {
      const j = index.get(k);
      if (j !== undefined) {
        idx.push(j);
        val.push(v);
      }
    }
    softmax(model.weights, idx, val, p);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    let stance = model.labels[best];
    let score = favor >= 0 && against >= 0 ? p[favor] - p[against] : p[best];
    if (model.settings.motionPolarity) {
      const pol = motionPolarity(r.target).polarity;
      stance = relativeLabel("predictStance", stance, pol);
      if (favor >= 0 && against >= 0) score *= pol;
    }
    return { id: String(r.id), target: r.target, stance, score: Math.round(score * 1e6) / 1e6, probability: Math.round(p[best] * 1e6) / 1e6 };
  });
}
