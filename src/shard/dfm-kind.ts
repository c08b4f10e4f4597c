/**
 * The dfm table kind: the counts of a document-feature matrix (words, stems, lemmas or
 * n-grams with the term counter `dfm` uses; or dictionary categories, tallied per group as
 * `dictionaryDfm` does), summed over shards. Trimming, selection and weighting need the
 * whole matrix (totals, document frequencies, N), so they run after the merge, with the
 * dfm functions themselves, in the order the `dfm` command applies them.
 * @internal
 */
import { argumentError } from "../errors";
import type { GroupOptions } from "../group/document-group";
import { tallyFindings } from "../group/findings-per-group";
import { countDfmDocuments, dfm, dfmCounting, dfmOfCounts, type DfmOptions } from "../measure/dfm/dfm";
import { DFM_LONG_COLUMNS, dfmLongRows } from "../measure/dfm/dfm-long-rows";
import { dfmSelect } from "../measure/dfm/dfm-select";
import { dfmTrim, type DfmTrimOptions } from "../measure/dfm/dfm-trim";
import { DfmWeighting, type Dfm } from "../measure/dfm/dfm-types";
import { dfmWeight } from "../measure/dfm/dfm-weight";
import { dfmOfTally } from "../measure/dfm/dictionary-dfm";
import { dictionaryMatches } from "../measure/dictionary-matches";
import { TermCounter } from "../measure/term-counter";
import { COUNTER_SECTIONS, counterOfSections, counterSections, prefixed } from "./counter-sections";
import { caseSensitiveOf, dictionaryOf, dictionaryOption } from "./dictionary-kinds";
import { canonicalJson } from "./partial-table";
import { TALLY_SECTIONS, tallyOfSections, tallySections } from "./tally-sections";
import { countInBatches, forEachBatch, GROUP_OPTION_KEYS, pickOptions, TOKEN_OPTION_KEYS, type KindOptions, type TableKind } from "./table-kind";

const FN = "countShard (dfm)";
/** Options of the counting of words (none applies to dictionary categories). */
const WORD_KEYS = [...TOKEN_OPTION_KEYS, "stem", "lemma", "ngram"];
const DFM_KEYS = [...WORD_KEYS, ...GROUP_OPTION_KEYS, "dictionary", "caseSensitive", "minCount", "minDocFreq", "maxDocFreq", "select", "remove", "weight"];
/** Defaults left out of the normalized options (an option given as its default equals one not given). */
const DEFAULTS: Readonly<Record<string, unknown>> = { stem: false, lemma: false, ngram: 1, caseSensitive: false, weight: DfmWeighting.count };
/** Sections: a term counter's (words), or a tally of dictionary hits under "dict:". */
const DICT = "dict:";

/** The options `dfm` counts with: tokens, stems or lemmas, n-grams and grouping (`by` "document"). */
function counting(options: KindOptions): DfmOptions {
  const out: Record<string, unknown> = {};
  for (const k of [...WORD_KEYS, ...GROUP_OPTION_KEYS]) if (options[k] !== undefined) out[k] = options[k];
  return dfmCounting(out as DfmOptions);
}

/** The grouping of dictionary categories (`by` "document", as `dictionaryDfm`). */
function grouping(options: KindOptions): GroupOptions {
  const out: Record<string, unknown> = { by: "document" };
  for (const k of GROUP_OPTION_KEYS) if (options[k] !== undefined) out[k] = options[k];
  return out as GroupOptions;
}

/** Trimming, selection, removal, then weighting: the steps of the `dfm` command after the counts. */
function finished(counts: Dfm, options: KindOptions): Dfm {
  let m = counts;
  const trim = { minCount: options.minCount, minDocFreq: options.minDocFreq, maxDocFreq: options.maxDocFreq } as DfmTrimOptions;
  if (trim.minCount !== undefined || trim.minDocFreq !== undefined || trim.maxDocFreq !== undefined) m = dfmTrim(m, trim);
  if (options.select !== undefined) m = dfmSelect(m, options.select as string[]);
  if (options.remove !== undefined) m = dfmSelect(m, options.remove as string[], { remove: true });
  const weight = (options.weight as DfmWeighting | undefined) ?? DfmWeighting.count;
  return weight === DfmWeighting.count ? m : dfmWeight(m, weight);
}

/**
 * dfm: `dfmLongRows` of `dfm(corpus, options)` (or, with `dictionary`, of
 * `dictionaryDfm(corpus, dictionaryMatches(corpus, dictionary, { caseSensitive }), dictionary, options)`),
 * trimmed (`minCount`, `minDocFreq`, `maxDocFreq`), selected (`select`, `remove`) and
 * weighted (`weight`) after the merge. @internal
 */
export const dfmKind: TableKind = {
  fn: "dfm",
  sections: { ...COUNTER_SECTIONS, ...prefixed(DICT, TALLY_SECTIONS) },
  options(raw) {
    const picked = pickOptions(FN, raw, DFM_KEYS) as Record<string, unknown>;
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(picked)) if (!(k in DEFAULTS && DEFAULTS[k] === v)) o[k] = v;
    if (o.dictionary !== undefined) {
      const words = WORD_KEYS.filter((k) => o[k] !== undefined);
      if (words.length > 0) throw argumentError(FN, `option "${words[0]}"`, 'left out with "dictionary" (the features are its categories)', o[words[0]]);
      o.dictionary = dictionaryOption(FN, raw.dictionary);
      caseSensitiveOf("dictionaryDfm", o as KindOptions);
      tallyFindings("dictionaryDfm", [], [], grouping(o as KindOptions)); // checks the grouping
    } else {
      if (o.caseSensitive !== undefined) throw argumentError(FN, 'option "caseSensitive"', 'given with "dictionary" only', o.caseSensitive);
      new TermCounter("dfm", counting(o as KindOptions)); // checks the token options, stem or lemma, n-grams and grouping
    }
    // The steps after the merge check their options on an empty matrix, before any counting.
    finished(dfm([]), o as KindOptions);
    return canonicalJson(o) as KindOptions;
  },
  async count(docs, options, onWarning) {
    if (options.dictionary !== undefined) {
      const dictionary = dictionaryOf(options);
      const caseSensitive = caseSensitiveOf("dictionaryDfm", options);
      const categories = dictionary.categories.map((c) => c.category);
      return countInBatches(docs, this.sections, (corpus) => {
        // Entries never matched in one shard say nothing of the corpus: no unseen_term warning here.
        const findings = () => dictionaryMatches(corpus, dictionary, { caseSensitive }).map((m) => ({ doc_id: m.doc_id, category: m.category }));
        const { tally } = tallyFindings("dictionaryDfm", corpus, findings, { ...grouping(options), categories, rowsName: "matches", onWarning, shard: true });
        const s = tallySections(tally.state());
        return { [`${DICT}groups`]: s.groups, [`${DICT}cells`]: s.cells };
      });
    }
    const counter = new TermCounter("dfm", { ...counting(options), onWarning });
    await forEachBatch(docs, (corpus) => countDfmDocuments(counter, corpus));
    counter.report(false);
    return counterSections(counter.state());
  },
  finish(sections, options) {
    let counts: Dfm;
    if (options.dictionary !== undefined) {
      const groups = sections[`${DICT}groups`] ?? [];
      const tally = tallyOfSections("dictionaryDfm", grouping(options), { groups, cells: sections[`${DICT}cells`] ?? [] });
      let nDocs = 0;
      for (const g of groups) nDocs += g[3] as number;
      counts = dfmOfTally(tally, dictionaryOf(options).categories.map((c) => c.category), nDocs);
    } else {
      counts = dfmOfCounts(counterOfSections("dfm", counting(options), sections).state(), counting(options));
    }
    return { rows: dfmLongRows(finished(counts, options)), columns: DFM_LONG_COLUMNS };
  },
};
