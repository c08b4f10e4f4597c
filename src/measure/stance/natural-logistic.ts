/**
 * natural's LogisticRegressionClassifier (MIT) over binary features given as names: training
 * to plain JSON, and the margin of a feature set. Imported through its own subpath (no
 * dotenv notice, ~0.15 s). Internal to measure/stance/.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LogisticRegressionClassifier = require("natural/lib/natural/classifiers/logistic_regression_classifier") as NaturalLogisticClass;

interface NaturalLogistic {
  features: Record<string, number>;
  classifier: unknown;
  addDocument(features: string[], label: string): void;
  train(): void;
  getClassifications(features: string[]): { label: string; value: number }[];
}
interface NaturalLogisticClass {
  new (): NaturalLogistic;
  restore(json: unknown): NaturalLogistic;
}

/** A trained classifier as JSON: the feature vocabulary and the weights, no training rows. */
export interface NaturalLogisticJson {
  readonly features: Readonly<Record<string, number>>;
  readonly classifier: unknown;
}

/** Trains natural's logistic regression on feature-name lists with labels "FAVOR" / "AGAINST". */
export function trainNaturalLogistic(docs: readonly string[][], labels: readonly string[]): NaturalLogisticJson {
  const c = new LogisticRegressionClassifier();
  docs.forEach((d, i) => c.addDocument(d, labels[i]));
  c.train();
  return JSON.parse(JSON.stringify({ features: c.features, classifier: c.classifier })) as NaturalLogisticJson;
}

const restored = new WeakMap<NaturalLogisticJson, NaturalLogistic>();

/** logit P(FAVOR) of a feature-name list (P from the classifier's two one-vs-rest sigmoids, normalized). */
export function naturalLogisticMargin(json: NaturalLogisticJson, features: readonly string[]): number {
  let c = restored.get(json);
  if (!c) {
    // restore() mutates its argument: give it a copy.
    c = LogisticRegressionClassifier.restore(JSON.parse(JSON.stringify({ ...json, docs: [], lastAdded: 0 })));
    restored.set(json, c);
  }
  const out = c.getClassifications([...features]);
  const favor = out.find((o) => o.label === "FAVOR")?.value ?? 0;
  const against = out.find((o) => o.label === "AGAINST")?.value ?? 0;
  const p = Math.min(1 - 1e-9, Math.max(1e-9, favor / (favor + against || 1)));
  return Math.log(p / (1 - p));
}
