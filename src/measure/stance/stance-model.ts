import { argumentError } from "../../errors";

/** Identifies a stance model JSON document. */
export const STANCE_MODEL_FORMAT = "discourse-lab/stance-model";

/**
 * A trained stance model: a multinomial logistic regression over sparse text features, as a
 * plain JSON object (save it with `JSON.stringify`, read it back with `readStanceModel`).
 */
export interface StanceModel {
  readonly format: typeof STANCE_MODEL_FORMAT;
  readonly version: 1;
  /** Labels in the order of `weights` rows. */
  readonly labels: readonly string[];
  /** Feature names; `weights[k][j]` is the weight of feature j for label k. */
  readonly features: readonly string[];
  readonly weights: readonly (readonly number[])[];
  readonly settings: {
    readonly wordNgrams: number;
    readonly charNgrams: number;
    readonly negation: boolean;
    readonly lexicon: boolean;
    readonly motionPolarity: boolean;
  };
  /** Rows and epochs the model was trained with. */
  readonly trained: { readonly rows: number; readonly epochs: number; readonly l2: number };
}

/** A labelled row for training: `{id, target, text, stance}`. */
export interface StanceExample {
  readonly id: string;
  readonly target: string;
  readonly text: string;
  readonly stance: string;
}

/** A row to label: `{id, target, text}`. */
export interface StanceInput {
  readonly id: string;
  readonly target: string;
  readonly text: string;
  /** The language of the text ("en", "fa", ...); none or "und": told by its script (see `isEnglishDocument`). */
  readonly lang?: string;
}

/**
 * Checks that a parsed JSON value is a {@link StanceModel} and returns it typed.
 *
 * @param value A parsed JSON value (e.g. `JSON.parse` of a saved model).
 * @param where Name used in error messages (a file name).
 * @returns The same object, typed.
 * @throws DiscourseError `invalid_argument` when the value is not a stance model.
 * @example
 * const model = checkStanceModel(JSON.parse(json), "model.json");
 */
export function checkStanceModel(value: unknown, where = "model"): StanceModel {
  const m = value as StanceModel;
  const fail = (what: string, actual: unknown) => argumentError("checkStanceModel", `${where}: ${what}`, "as written by trainStanceModel", actual);
  if (m === null || typeof m !== "object" || m.format !== STANCE_MODEL_FORMAT) throw fail('"format"', (m as { format?: unknown })?.format);
  if (m.version !== 1) throw fail('"version"', m.version);
  if (!Array.isArray(m.labels) || m.labels.length < 2 || !m.labels.every((l) => typeof l === "string")) throw fail('"labels"', m.labels);
  if (!Array.isArray(m.features) || !m.features.every((f) => typeof f === "string")) throw fail('"features"', m.features);
  if (!Array.isArray(m.weights) || m.weights.length !== m.labels.length || !m.weights.every((w) => Array.isArray(w) && w.length === m.features.length && w.every((x) => typeof x === "number"))) {
    throw fail('"weights"', m.weights);
  }
  const s = m.settings;
  if (s === null || typeof s !== "object" || typeof s.wordNgrams !== "number" || typeof s.charNgrams !== "number" || typeof s.negation !== "boolean" || typeof s.lexicon !== "boolean" || typeof s.motionPolarity !== "boolean") {
    throw fail('"settings"', s);
  }
  return m;
}
