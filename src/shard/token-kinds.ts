/**
 * The table kinds counted over each batch's token stream: collocates (window counts of a
 * node word) and dispersion (a term's count in each document).
 * @internal
 */
import { argumentError } from "../errors";
import { COLLOCATE_COLUMNS, collocateCounts, collocateRows, collocateSettings, type CollocatesOptions } from "../measure/collocates";
import { cmpIds, DISPERSION_COLUMNS, dispersionRow } from "../measure/dispersion-measures";
import { forEachMatch, termMatcher } from "../measure/match-terms";
import { tokenPolicy, type TokenOptions } from "../segment/token-filter";
import { tokens } from "../segment/tokens";
import type { Corpus } from "../types";
import type { PartialRow } from "./partial-table";
import { countInBatches, pickOptions, TOKEN_OPTION_KEYS, type TableKind } from "./table-kind";

const COLLOCATE_KEYS = [...TOKEN_OPTION_KEYS, "node", "left", "right", "acrossSentences", "minCount", "measure", "top"];

/** collocates: window collocates of `node` (sections: totals [n, r1]; terms [term, freq, o11]). @internal */
export const collocatesKind: TableKind = {
  fn: "collocates",
  sections: { totals: { keys: 0, ops: ["sum"] }, terms: { keys: 1, ops: ["sum"] } },
  options(raw) {
    const o = pickOptions("countShard (collocates)", raw, COLLOCATE_KEYS);
    collocateSettings("collocates", o.node as string, o as CollocatesOptions);
    return o;
  },
  count(docs, options) {
    const s = collocateSettings("collocates", options.node as string, options as CollocatesOptions);
    return countInBatches(docs, this.sections, (corpus: Corpus) => {
      const c = collocateCounts(corpus, s, options as TokenOptions);
      const terms: PartialRow[] = [];
      for (let id = 0; id < c.terms.length; id++) if (c.freq[id] > 0) terms.push([c.terms[id], c.freq[id], c.o11[id]]);
      return { totals: [[c.n, c.r1]], terms };
    });
  },
  finish(sections, options, onWarning) {
    const s = collocateSettings("collocates", options.node as string, options as CollocatesOptions);
    const rows = sections.terms;
    const [n, r1] = (sections.totals[0] ?? [0, 0]) as number[];
    const counts = { n, r1, terms: rows.map((r) => r[0] as string), freq: rows.map((r) => r[1] as number), o11: rows.map((r) => r[2] as number) };
    return { rows: collocateRows("collocates", counts, s, onWarning), columns: COLLOCATE_COLUMNS };
  },
};

const DISPERSION_KEYS = [...TOKEN_OPTION_KEYS, "terms"];

/** The terms' normalized forms, duplicates removed (those of `termMatcher`). */
function formsOf(terms: readonly string[], options: TokenOptions): readonly string[] {
  return termMatcher("dispersionMeasures", tokens([], options), terms, tokenPolicy("dispersionMeasures", options, true).scan, undefined).forms;
}

/** dispersion: Juilland's D and Gries' DP over documents (sections: parts [doc_id, tokens]; hits [doc_id, form, count]; a document in two shards is an error). @internal */
export const dispersionKind: TableKind = {
  fn: "dispersionMeasures",
  sections: { parts: { keys: 1, ops: ["once"] }, hits: { keys: 2, ops: ["once"] } },
  options(raw) {
    const o = pickOptions("countShard (dispersion)", raw, DISPERSION_KEYS);
    if (!Array.isArray(o.terms)) throw argumentError("countShard (dispersion)", 'option "terms"', "a non-empty list of words or phrases", o.terms);
    formsOf(o.terms as string[], o as TokenOptions);
    return o;
  },
  count(docs, options) {
    const terms = options.terms as string[];
    const scan = tokenPolicy("dispersionMeasures", options as TokenOptions, true).scan;
    return countInBatches(docs, this.sections, (corpus: Corpus) => {
      const tk = tokens(corpus, { ...(options as TokenOptions), removePunct: (options.removePunct as boolean | undefined) ?? true });
      const m = termMatcher("dispersionMeasures", tk, terms, scan, undefined);
      const parts: PartialRow[] = tk.docIds.map((id, d) => [id, tk.docStart[d + 1] - tk.docStart[d]]);
      const counts = new Map<string, number>();
      let d = 0;
      forEachMatch(tk, m, (t, start) => {
        while (tk.docStart[d + 1] <= start) d++;
        const key = JSON.stringify([tk.docIds[d], m.forms[t]]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
      const hits: PartialRow[] = [...counts].map(([key, n]) => [...(JSON.parse(key) as [string, string]), n]);
      return { parts, hits };
    });
  },
  finish(sections, options, onWarning) {
    const forms = formsOf(options.terms as string[], options as TokenOptions);
    const parts = sections.parts;
    const k = parts.length;
    const index = new Map<string, number>(parts.map((r, j) => [r[0] as string, j]));
    const size = Float64Array.from(parts, (r) => r[1] as number);
    let N = 0;
    for (let j = 0; j < k; j++) N += size[j];
    const counts = new Float64Array(forms.length * k);
    const formIndex = new Map<string, number>(forms.map((f, t) => [f, t]));
    for (const r of sections.hits) counts[formIndex.get(r[1] as string)! * k + index.get(r[0] as string)!] = r[2] as number;
    const unseen = forms.filter((_, t) => !counts.subarray(t * k, (t + 1) * k).some((c) => c > 0));
    if (unseen.length > 0) onWarning?.({ code: "unseen_term", message: `dispersionMeasures: never seen in the corpus: ${unseen.join(", ")}` });
    const nonEmpty: number[] = [];
    for (let j = 0; j < k; j++) if (size[j] > 0) nonEmpty.push(j);
    if (nonEmpty.length < 2) onWarning?.({ code: "too_few_parts", message: `dispersionMeasures: ${nonEmpty.length} non-empty part(s); Juilland's D needs at least 2` });
    nonEmpty.sort((a, b) => cmpIds(parts[a][0] as string, parts[b][0] as string));
    const rows = forms.map((term, t) => dispersionRow(term, counts.subarray(t * k, (t + 1) * k), size, nonEmpty, N));
    return { rows, columns: DISPERSION_COLUMNS };
  },
};
