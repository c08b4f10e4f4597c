import { argumentError } from "../errors";

/** Columns of {@link rhetoricEvaluation}, in order. */
export const RHETORIC_EVALUATION_COLUMNS = ["technique", "rules", "n_predicted", "n_predicted_matched", "precision", "n_gold", "n_gold_matched", "recall", "f1"] as const;

/** Label of the row summing every evaluated technique (micro average). */
export const MICRO_AVERAGE = "(micro)";

/** A span annotated by people: document, UTF-16 offsets, technique. */
export interface GoldSpan {
  readonly doc_id: string;
  readonly start: number;
  readonly end: number;
  readonly technique: string;
}

/** A predicted span: any match row (only these fields are read). */
export interface PredictedSpan {
  readonly doc_id: string;
  readonly rule: string;
  readonly technique: string | null;
  readonly start: number;
  readonly end: number;
}

/** One technique's span-overlap scores, or the micro average over all of them. */
export type RhetoricEvaluationRow = {
  readonly technique: string;
  /** Rule ids predicting the technique, joined with ",". */
  readonly rules: string;
  readonly n_predicted: number;
  /** Predicted spans overlapping at least one gold span of the technique in the same document. */
  readonly n_predicted_matched: number;
  /** n_predicted_matched / n_predicted (NaN when nothing was predicted). */
  readonly precision: number;
  readonly n_gold: number;
  /** Gold spans overlapped by at least one predicted span of the technique. */
  readonly n_gold_matched: number;
  /** n_gold_matched / n_gold (NaN without gold spans). */
  readonly recall: number;
  /** Harmonic mean of precision and recall (NaN when either is NaN, 0 when both are 0). */
  readonly f1: number;
};

/** Options of {@link rhetoricEvaluation}. */
export interface RhetoricEvaluationOptions {
  /**
   * Technique of each rule id, overriding the rows' `technique` (to measure a candidate
   * mapping). Rules mapped to null, or absent with a null row technique, are not scored.
   */
  readonly mapping?: Readonly<Record<string, string | null>>;
}

/**
 * Span-overlap precision and recall of predicted spans against people's annotations, per
 * technique, and their micro average: a predicted span counts as correct when it shares at
 * least one character with a gold span of the same technique in the same document
 * (the "partial overlap" matching of Da San Martino et al. 2019, without their
 * length weighting); a gold span counts as found when some predicted span of its
 * technique overlaps it. Only techniques some rule predicts are scored.
 *
 * @param predicted Match rows (e.g. from {@link rhetoricMatches}).
 * @param gold Annotated spans.
 * @param options `mapping`: rule id -> technique, overriding the rows' technique.
 * @returns One row per technique in code-unit order, then the {@link MICRO_AVERAGE} row;
 *   columns {@link RHETORIC_EVALUATION_COLUMNS}.
 * @example
 * const gold = [{ doc_id: "a", start: 0, end: 5, technique: "Doubt" }];
 * const pred = [{ doc_id: "a", rule: "doubt", technique: "Doubt", start: 2, end: 4 }, { doc_id: "a", rule: "doubt", technique: "Doubt", start: 9, end: 12 }];
 * rhetoricEvaluation(pred, gold)[0]; // { technique: "Doubt", precision: 0.5, recall: 1, f1: 0.667, ... }
 * @see Da San Martino, G. et al. (2019). Fine-Grained Analysis of Propaganda in News Articles. EMNLP.
 */
export function rhetoricEvaluation(predicted: readonly PredictedSpan[], gold: readonly GoldSpan[], options: RhetoricEvaluationOptions = {}): RhetoricEvaluationRow[] {
  const fn = "rhetoricEvaluation";
  if (!Array.isArray(predicted)) throw argumentError(fn, "predicted", "an array of match rows", predicted);
  if (!Array.isArray(gold)) throw argumentError(fn, "gold", "an array of {doc_id, start, end, technique}", gold);
  const mapping = options.mapping;
  const byTech = new Map<string, { rules: Set<string>; pred: PredictedSpan[] }>();
  for (const p of predicted) {
    const t = mapping && Object.prototype.hasOwnProperty.call(mapping, p.rule) ? mapping[p.rule] : p.technique;
    if (t === null || t === undefined) continue;
    let e = byTech.get(t);
    if (!e) byTech.set(t, (e = { rules: new Set(), pred: [] }));
    e.rules.add(p.rule);
    e.pred.push(p);
  }
  const goldBy = new Map<string, Map<string, GoldSpan[]>>();
  for (const g of gold) {
    if (!byTech.has(g.technique)) continue;
    let m = goldBy.get(g.technique);
    if (!m) goldBy.set(g.technique, (m = new Map()));
    const list = m.get(g.doc_id);
    if (list) list.push(g);
    else m.set(g.doc_id, [g]);
  }
  const rows: RhetoricEvaluationRow[] = [];
  let sp = 0, spm = 0, sg = 0, sgm = 0;
  for (const t of [...byTech.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { rules, pred } = byTech.get(t)!;
    const g = goldBy.get(t) ?? new Map<string, GoldSpan[]>();
    let pm = 0;
    const found = new Set<GoldSpan>();
    for (const p of pred) {
      let hit = false;
      for (const x of g.get(p.doc_id) ?? []) {
        if (p.start < x.end && x.start < p.end) {
          hit = true;
          found.add(x);
        }
      }
      if (hit) pm++;
    }
    let ng = 0;
    for (const list of g.values()) ng += list.length;
    rows.push(row(t, [...rules].sort().join(","), pred.length, pm, ng, found.size));
    sp += pred.length;
    spm += pm;
    sg += ng;
    sgm += found.size;
  }
  rows.push(row(MICRO_AVERAGE, "", sp, spm, sg, sgm));
  return rows;
}

function row(technique: string, rules: string, np: number, npm: number, ng: number, ngm: number): RhetoricEvaluationRow {
  const precision = np === 0 ? NaN : npm / np;
  const recall = ng === 0 ? NaN : ngm / ng;
  const f1 = Number.isNaN(precision) || Number.isNaN(recall) ? NaN : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { technique, rules, n_predicted: np, n_predicted_matched: npm, precision, n_gold: ng, n_gold_matched: ngm, recall, f1 };
}
