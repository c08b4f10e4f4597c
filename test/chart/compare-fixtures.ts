/** Small hand-made comparison rows (keyness, period keyness, hits, rates, scatter) for the chart tests. */
export interface KeyRow {
  term: string;
  direction: "target" | "reference";
  n_target: number;
  n_reference: number;
  per_1k_target: number;
  per_1k_reference: number;
  g2: number;
  chi2: number;
  p: number;
  p_adjusted: number;
  log_ratio: number;
  pct_diff: number;
}

export function key(term: string, direction: "target" | "reference", log_ratio: number, g2: number, n_target = 10, n_reference = 2): KeyRow {
  return {
    term, direction, n_target, n_reference, per_1k_target: n_target / 2, per_1k_reference: n_reference / 4,
    g2, chi2: g2 - 1, p: Math.exp(-g2 / 2), p_adjusted: Math.min(1, 5 * Math.exp(-g2 / 2)), log_ratio, pct_diff: 100 * (2 ** log_ratio - 1),
  };
}

/** Keyness rows: three target-key terms, two reference-key terms. */
export const KEY: KeyRow[] = [
  key("terror", "target", 3.2, 40, 20, 1),
  key("iraq", "target", 2.5, 55, 30, 3),
  key("jobs", "target", 0.8, 5, 12, 8),
  key("treaty", "reference", -2.1, 30, 2, 16),
  key("shall", "reference", -4, 60, 1, 40),
];

/** Period keyness: the 1980s against the 1970s, the 1990s against the 1980s. */
export const PERIOD_KEY = [
  ...KEY.map((r) => ({ period: "1990s", period_start: "1990", previous: "1980s", ...r })),
  ...KEY.slice(0, 2).map((r) => ({ period: "1980s", period_start: "1980", previous: "1970s", ...r })),
  { period: "1980s", period_start: "1980", previous: "1970s", ...key("detente", "reference", -1.5, 12, 3, 9) },
];

/** Dispersion hits of two terms in three documents (one undated). */
export const HITS = [
  { doc_id: "b", date: "2002", term: "iran", token_index: 5, n_tokens_doc: 10, position: 0.5, start: 30, end: 34 },
  { doc_id: "a", date: "1980", term: "iran", token_index: 1, n_tokens_doc: 10, position: 0.1, start: 4, end: 8 },
  { doc_id: "a", date: "1980", term: "hostages", token_index: 9, n_tokens_doc: 10, position: 0.9, start: 50, end: 58 },
  { doc_id: "memo", date: null, term: "iran", token_index: 0, n_tokens_doc: 4, position: 0, start: 0, end: 4 },
  { doc_id: "sotu-2002-x", date: "2002-01-29", term: "hostages", token_index: 3, n_tokens_doc: 4, position: 0.75, start: 12, end: 20 },
];

export function rate(group: string, term: string, count: number, total: number, lo: number, hi: number) {
  return {
    group, group_start: group.slice(0, 4), split: null, term, count, total_tokens: total,
    per_1k: total === 0 ? NaN : (count / total) * 1000, ci_low: lo, ci_high: hi, n_docs: total === 0 ? 0 : 2, doc_freq: count > 0 ? 1 : 0,
  };
}

/** Term rates by decade with Wilson-like bounds; the 2010s are empty (NaN rates). */
export const RATES = [
  rate("1990s", "iran", 5, 10000, 0.2, 1.2),
  rate("2000s", "iran", 12, 8000, 0.9, 2.6),
  rate("2010s", "iran", 0, 0, NaN, NaN),
  rate("1990s", "tariff", 2, 10000, 0.05, 0.7),
  rate("2000s", "tariff", 1, 8000, 0.02, 0.7),
  rate("2010s", "tariff", 0, 0, NaN, NaN),
];

/** Two-group rows with concordance lines (some sides with fewer than three). */
export const SCATTER = KEY.map((r, i) => ({
  ...r,
  kwic_target: Array.from({ length: i }, (_, k) => `line ${k + 1} with ${r.term} in A`),
  kwic_reference: i === 4 ? ["only line with shall in B"] : [],
}));
