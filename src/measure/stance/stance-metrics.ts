import { argumentError } from "../../errors";

/** Columns of the per-class rows of {@link stanceMetrics}. */
export const STANCE_CLASS_COLUMNS = ["label", "precision", "recall", "f1", "support"] as const;

/** Precision, recall and F1 of one label. */
export type StanceClassRow = {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold rows with this label. */
  readonly support: number;
};

/** Result of {@link stanceMetrics}. */
export interface StanceMetrics {
  readonly n: number;
  readonly accuracy: number;
  /** Mean F1 over the gold labels. */
  readonly macro_f1: number;
  /** Accuracy on the most confident half (ties broken by row order); NaN without confidences. */
  readonly accuracy_at_50: number;
  readonly classes: readonly StanceClassRow[];
}

/**
 * Accuracy, macro-F1 and per-class precision / recall / F1 of predicted stances, and the
 * accuracy at 50% coverage when predictions are ranked by confidence.
 *
 * @param gold Gold labels.
 * @param predicted Predicted labels, same length.
 * @param confidence Optional confidence per prediction (higher = surer).
 * @returns {@link StanceMetrics}; classes in label order (code units). Precision of a label never predicted is 0.
 * @example
 * stanceMetrics(["FAVOR", "AGAINST"], ["FAVOR", "FAVOR"]).accuracy; // 0.5
 */
export function stanceMetrics(gold: readonly string[], predicted: readonly string[], confidence?: readonly number[]): StanceMetrics {
  const FN = "stanceMetrics";
  if (!Array.isArray(gold) || !Array.isArray(predicted) || gold.length !== predicted.length || gold.length === 0) {
    throw argumentError(FN, "arguments", "non-empty gold and predicted arrays of the same length", `${gold?.length} and ${predicted?.length}`);
  }
  if (confidence !== undefined && (!Array.isArray(confidence) || confidence.length !== gold.length)) throw argumentError(FN, 'argument "confidence"', `an array of ${gold.length} numbers`, confidence);
  const n = gold.length;
  let correct = 0;
  for (let i = 0; i < n; i++) if (gold[i] === predicted[i]) correct++;
  const labels = [...new Set(gold)].sort();
  const classes = labels.map((label) => {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < n; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  let accuracy50 = NaN;
  if (confidence) {
    const order = gold.map((_, i) => i).sort((a, b) => confidence[b] - confidence[a] || a - b);
    const half = order.slice(0, Math.ceil(n / 2));
    accuracy50 = half.filter((i) => gold[i] === predicted[i]).length / half.length;
  }
  return { n, accuracy: correct / n, macro_f1: classes.reduce((a, c) => a + c.f1, 0) / classes.length, accuracy_at_50: accuracy50, classes };
}
