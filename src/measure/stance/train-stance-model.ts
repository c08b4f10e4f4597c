import { argumentError } from "../../errors";
import { motionPolarity, textFeatures, type FeatureSettings } from "./stance-features";
import { STANCE_MODEL_FORMAT, type StanceExample, type StanceModel } from "./stance-model";

/** Options of {@link trainStanceModel}. */
export interface TrainStanceModelOptions {
  /** Word n-grams from 1 to this, 0 for none (default 2). */
  readonly wordNgrams?: number;
  /** Character n-grams from 3 to this within words, 0 for none (default 0). */
  readonly charNgrams?: number;
  /** Mark words inside a negation scope as `not_word` (default true). */
  readonly negation?: boolean;
  /** Add the negation-aware AFINN score as a feature (default true). */
  readonly lexicon?: boolean;
  /**
   * Learn stance relative to the target's polarity (default false): a claim AGAINST "ban
   * X" speaks for X. Turn on for debate motions; labels must be FAVOR / AGAINST / NONE.
   */
  readonly motionPolarity?: boolean;
  /** Keep features seen in at least this many rows (default 2). */
  readonly minCount?: number;
  /** Passes of full-batch AdaGrad (default 100). */
  readonly epochs?: number;
  /** L2 penalty per row (default 0.001). */
  readonly l2?: number;
}

/**
 * Trains a stance model on labelled rows `{id, target, text, stance}`: a multinomial
 * logistic regression (softmax, L2, full-batch AdaGrad from zero weights: deterministic)
 * over word n-grams with negation marking, optional character n-grams and the
 * negation-aware AFINN score. The result is a plain JSON object.
 *
 * @param rows Labelled rows; at least two distinct stances.
 * @param options See {@link TrainStanceModelOptions}.
 * @returns A {@link StanceModel}; predict with `predictStance`.
 * @example
 * const model = trainStanceModel([
 *   { id: "1", target: "talks", text: "We welcome the talks.", stance: "FAVOR" },
 *   { id: "2", target: "talks", text: "We reject the talks.", stance: "AGAINST" },
 * ], { minCount: 1 });
 * predictStance(model, [{ id: "3", target: "talks", text: "We welcome it." }])[0].stance; // "FAVOR"
 * @see Bar-Haim, R. et al. (2017). Stance classification of context-dependent claims. EACL (topic polarity).
 */
export function trainStanceModel(rows: readonly StanceExample[], options: TrainStanceModelOptions = {}): StanceModel {
  const FN = "trainStanceModel";
  if (!Array.isArray(rows) || rows.length === 0) throw argumentError(FN, 'argument "rows"', "a non-empty array of {id, target, text, stance}", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.text !== "string" || typeof r.stance !== "string" || r.stance === "" || typeof r.target !== "string") {
      throw argumentError(FN, `rows[${i}]`, "an object with string target, text and stance", r);
    }
  });
  const settings = featureSettings(FN, options);
  const minCount = intIn(FN, "minCount", options.minCount, 2, 1, 1e6);
  const epochs = intIn(FN, "epochs", options.epochs, 100, 1, 10000);
  const l2 = options.l2 ?? 0.001;
  if (typeof l2 !== "number" || !(l2 >= 0)) throw argumentError(FN, 'option "l2"', "a number >= 0", l2);

  const labelOf = (r: StanceExample) => (settings.motionPolarity ? relativeLabel(FN, r.stance, motionPolarity(r.target).polarity) : r.stance);
  const y = rows.map(labelOf);
  const labels = [...new Set(y)].sort();
  if (labels.length < 2) throw argumentError(FN, 'argument "rows"', "rows with at least two distinct stances", labels.join(","));

  const feats = rows.map((r) => textFeatures(r.text, settings));
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const features = [...df.entries()].filter(([k, n]) => n >= minCount || k === "bias" || k.startsWith("lex:")).map(([k]) => k).sort();
  const index = new Map(features.map((f, j) => [f, j]));
  const X = feats.map((f) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of f) {
      const j = index.get(k);
      if (j !== undefined) {
        idx.push(j);
        val.push(v);
      }
    }
    return { idx, val };
  });
  const Y = y.map((l) => labels.indexOf(l));
  const K = labels.length;
  const J = features.length;
  const W = Array.from({ length: K }, () => new Float64Array(J));
  const G2 = Array.from({ length: K }, () => new Float64Array(J).fill(1e-8));
  const grad = Array.from({ length: K }, () => new Float64Array(J));
  const p = new Float64Array(K);
  const rate = 0.5;
  const n = rows.length;
  for (let e = 0; e < epochs; e++) {
    for (const g of grad) g.fill(0);
    for (let i = 0; i < n; i++) {
      softmax(W, X[i].idx, X[i].val, p);
      for (let k = 0; k < K; k++) {
        const d = (p[k] - (Y[i] === k ? 1 : 0)) / n;
        const gk = grad[k];
        for (let t = 0; t < X[i].idx.length; t++) gk[X[i].idx[t]] += d * X[i].val[t];
      }
    }
    for (let k = 0; k < K; k++) {
      const w = W[k], g = grad[k], acc = G2[k];
      for (let j = 0; j < J; j++) {
        const gj = g[j] + (features[j] === "bias" ? 0 : l2 * w[j]);
        acc[j] += gj * gj;
        w[j] -= (rate * gj) / Math.sqrt(acc[j]);
      }
    }
  }
  return {
    format: STANCE_MODEL_FORMAT,
    version: 1,
    labels,
    features,
    weights: W.map((w) => Array.from(w, (x) => Math.round(x * 1e6) / 1e6)),
    settings,
    trained: { rows: n, epochs, l2 },
  };
}

/** Softmax of the label scores of one sparse row into `p`. */
export function softmax(W: readonly ArrayLike<number>[], idx: readonly number[], val: readonly number[], p: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < W.length; k++) {
    let s = 0;
    for (let t = 0; t < idx.length; t++) s += W[k][idx[t]] * val[t];
    p[k] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let k = 0; k < W.length; k++) z += p[k] = Math.exp(p[k] - max);
  for (let k = 0; k < W.length; k++) p[k] /= z;
}

/** FAVOR and AGAINST swapped when the motion speaks against its subject. */
export function relativeLabel(fn: string, stance: string, polarity: 1 | -1): string {
  if (stance !== "FAVOR" && stance !== "AGAINST" && stance !== "NONE") throw argumentError(fn, "stance", "FAVOR, AGAINST or NONE with motionPolarity", stance);
  if (polarity === 1 || stance === "NONE") return stance;
  return stance === "FAVOR" ? "AGAINST" : "FAVOR";
}

function featureSettings(fn: string, o: TrainStanceModelOptions): FeatureSettings {
  const bool = (k: "negation" | "lexicon" | "motionPolarity", d: boolean) => {
    const v = o[k] ?? d;
    if (typeof v !== "boolean") throw argumentError(fn, `option "${k}"`, "true or false", v);
    return v;
  };
  const s = {
    wordNgrams: intIn(fn, "wordNgrams", o.wordNgrams, 2, 0, 3),
    charNgrams: intIn(fn, "charNgrams", o.charNgrams, 0, 0, 6),
    negation: bool("negation", true),
    lexicon: bool("lexicon", true),
    motionPolarity: bool("motionPolarity", false),
  };
  if (s.charNgrams > 0 && s.charNgrams < 3) throw argumentError(fn, 'option "charNgrams"', "0 or an integer from 3 to 6", s.charNgrams);
  return s;
}

function intIn(fn: string, key: string, v: unknown, d: number, min: number, max: number): number {
  if (v === undefined) return d;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) throw argumentError(fn, `option "${key}"`, `an integer from ${min} to ${max}`, v);
  return v;
}
