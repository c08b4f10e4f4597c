import { argumentError } from "../errors";
import type { Corpus } from "../types";
import { keyness, type KeynessCorpusOptions, type KeynessRow } from "../measure/keyness";
import type { KwicRow } from "../measure/kwic";
import { kwicIterate } from "../measure/kwic-iterate";

/** A term of a two-group comparison, with a few concordance lines from each group. */
export type TermScatterRow = KeynessRow & {
  /** Up to `lines` concordance lines from the target ("left [match] right"). */
  readonly kwic_target: readonly string[];
  /** Up to `lines` concordance lines from the reference. */
  readonly kwic_reference: readonly string[];
};

/** Options of {@link termScatterRows}. */
export interface TermScatterRowsOptions extends Omit<KeynessCorpusOptions, "ngram"> {
  /** Concordance lines kept per term and group. Default 3. */
  readonly lines?: number;
  /** Context tokens on each side of a concordance line. Default 6. */
  readonly window?: number;
}

/**
 * Two groups side by side (two speeches, two presidents, two periods): the keyness rows of
 * the strongest terms in each direction, each with its first concordance lines in either
 * group, so a reader can check a term before trusting its position on the chart.
 *
 * @param target Group A (e.g. one speech).
 * @param reference Group B.
 * @param options Keyness options (`minCount` 5, `top` per direction (default 30), `measure`
 *   "g2", token options), `lines` (3), `window` (6).
 * @returns {@link KeynessRow}s with `kwic_target` and `kwic_reference` string arrays.
 * @example
 * const a = selectDocuments(corpus, "id=sotu-2002-01-29"), b = selectDocuments(corpus, "id=sotu-2019-02-05");
 * await show(termScatterChart(termScatterRows(a, b)));
 */
export function termScatterRows(target: Corpus, reference: Corpus, options: TermScatterRowsOptions = {}): TermScatterRow[] {
  const { lines = 3, window = 6, ...keynessOptions } = options;
  if (!Number.isInteger(lines) || lines < 0) throw argumentError("termScatterRows", 'option "lines"', "an integer >= 0", lines);
  const rows = keyness(target, reference, { top: 30, ...keynessOptions });
  if (rows.length === 0 || lines === 0) return rows.map((r) => ({ ...r, kwic_target: [], kwic_reference: [] }));
  const lowercase = keynessOptions.lowercase ?? true;
  const pattern = `/${rows.map((r) => escapeRegex(r.term)).join("|")}/`;
  // Lines are read one at a time and the search stops once every term has its lines: a
  // frequent term never makes a row per occurrence.
  const linesOf = (corpus: Corpus): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    if (corpus.length === 0) return out;
    let full = 0;
    for (const k of kwicIterate(corpus, pattern, { window, caseSensitive: !lowercase })) {
      const term = normalize(k, lowercase);
      const list = out.get(term) ?? [];
      if (list.length < lines) {
        list.push(`${k.left} [${k.match}] ${k.right}`.trim());
        if (list.length === lines) full++;
      }
      out.set(term, list);
      if (full === rows.length) break;
    }
    return out;
  };
  const a = linesOf(target);
  const b = linesOf(reference);
  return rows.map((r) => ({ ...r, kwic_target: a.get(r.term) ?? [], kwic_reference: b.get(r.term) ?? [] }));
}

function normalize(k: KwicRow, lowercase: boolean): string {
  const s = k.match.replace(/[’ʼ]/g, "'");
  return lowercase ? s.toLowerCase() : s;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}
