/**
 * The table kinds counted by the term counter: freq (term frequency), trend (rates of
 * terms per period) and keyness (a target selection against a reference).
 * @internal
 */
import { selectionTest } from "../compare/select-documents";
import { TERM_RATE_COLUMNS, termRateRows, termRatesCounting } from "../compare/term-rates";
import { checkInteger } from "../errors";
import { confidenceZ } from "../group/group-rates";
import { KEYNESS_COLUMNS, keynessCounting, termCountsOf } from "../measure/keyness";
import { keynessRows, keynessSettings } from "../measure/keyness-of-counts";
import { TERM_FREQUENCY_COLUMNS, TermCounter, type TermFrequencyOptions } from "../measure/term-counter";
import { tokenPolicy } from "../segment/token-filter";
import { argumentError } from "../errors";
import type { GroupOptions } from "../group/document-group";
import { COUNTER_SECTIONS, counterOfSections, counterSections, prefixed } from "./counter-sections";
import { GROUP_OPTION_KEYS, pickOptions, TOKEN_OPTION_KEYS, type Documents, type KindOptions, type TableKind } from "./table-kind";

const FREQ_KEYS = [...TOKEN_OPTION_KEYS, ...GROUP_OPTION_KEYS, "ngram", "top", "minCount", "terms"];

/** Counts documents one at a time into a term counter, reporting documents lacking the grouping (a shard may lack a field others have). */
async function countInto(counter: TermCounter, docs: Documents): Promise<void> {
  for await (const doc of docs) counter.add(doc);
  counter.report(false);
}

/** freq: `termFrequency` with every grouping, n-grams and `terms`. @internal */
export const freqKind: TableKind = {
  fn: "termFrequency",
  sections: COUNTER_SECTIONS,
  options(raw) {
    const o = pickOptions("countShard (freq)", raw, FREQ_KEYS);
    new TermCounter("termFrequency", o as TermFrequencyOptions); // checks them
    return o;
  },
  async count(docs, options, onWarning) {
    const counter = new TermCounter("termFrequency", { ...(options as TermFrequencyOptions), onWarning });
    await countInto(counter, docs);
    return counterSections(counter.state());
  },
  grouping: (options) => options as GroupOptions,
  finish(sections, options, onWarning) {
    const rows = counterOfSections("termFrequency", { ...(options as TermFrequencyOptions), onWarning }, sections).rows();
    return { rows, columns: TERM_FREQUENCY_COLUMNS };
  },
};

const TREND_KEYS = [...TOKEN_OPTION_KEYS, ...GROUP_OPTION_KEYS, "terms", "confidence"];

/** The counter options of a trend's options. */
function trendCounting(options: KindOptions): TermFrequencyOptions {
  const { terms, ...rest } = options as { terms: string[] };
  return termRatesCounting(terms, rest as object);
}

/** trend: `termRates` (rates of given terms per period, Wilson intervals). @internal */
export const trendKind: TableKind = {
  fn: "termRates",
  sections: COUNTER_SECTIONS,
  options(raw) {
    const o = pickOptions("countShard (trend)", raw, TREND_KEYS);
    confidenceZ("termRates", o.confidence ?? 0.95);
    new TermCounter("termRates", trendCounting(o));
    return o;
  },
  async count(docs, options, onWarning) {
    const counter = new TermCounter("termRates", { ...trendCounting(options), onWarning });
    await countInto(counter, docs);
    return counterSections(counter.state());
  },
  grouping: (options) => options as GroupOptions,
  finish(sections, options, onWarning) {
    const z = confidenceZ("termRates", options.confidence ?? 0.95);
    const rows = counterOfSections("termRates", { ...trendCounting(options), onWarning }, sections).rows();
    return { rows: termRateRows(rows, z), columns: TERM_RATE_COLUMNS };
  },
};

const KEYNESS_KEYS = [...TOKEN_OPTION_KEYS, "target", "reference", "ngram", "measure", "correction", "minCount", "maxP", "top"];
const SIDES = ["target:", "reference:"] as const;

/** keyness: the documents of a `target` selection against those of `reference` (default: the rest), as `keyness(...selectionPair(...))`. @internal */
export const keynessKind: TableKind = {
  fn: "keyness",
  sections: { ...prefixed(SIDES[0], COUNTER_SECTIONS), ...prefixed(SIDES[1], COUNTER_SECTIONS) },
  options(raw) {
    const o = pickOptions("countShard (keyness)", raw, KEYNESS_KEYS);
    if (typeof o.target !== "string") throw argumentError("countShard (keyness)", 'option "target"', 'a selection such as "date>=2001"', o.target);
    selectionTest("keyness", o.target);
    if (o.reference !== undefined) selectionTest("keyness", o.reference as string);
    keynessSettings("keyness", o);
    tokenPolicy("keyness", o, true);
    checkInteger("keyness", 'option "ngram"', o.ngram ?? 1, 1, 3);
    return o;
  },
  async count(docs, options, onWarning) {
    const counting = { ...keynessCounting(options, (options.ngram as number | undefined) ?? 1), onWarning };
    const target = new TermCounter("keyness", counting);
    const reference = new TermCounter("keyness", counting);
    const inTarget = selectionTest("keyness", options.target as string);
    const inReference = options.reference === undefined ? (doc: Parameters<typeof inTarget>[0]) => !inTarget(doc) : selectionTest("keyness", options.reference as string);
    for await (const doc of docs) {
      if (inTarget(doc)) target.add(doc);
      if (inReference(doc)) reference.add(doc);
    }
    return { ...counterSections(target.state(), SIDES[0]), ...counterSections(reference.state(), SIDES[1]) };
  },
  finish(sections, options, onWarning) {
    const counting = keynessCounting(options, (options.ngram as number | undefined) ?? 1);
    const [t, r] = SIDES.map((side) => termCountsOf(counterOfSections("keyness", counting, sections, side).rows()));
    return { rows: keynessRows("keyness", t, r, keynessSettings("keyness", options), onWarning), columns: KEYNESS_COLUMNS };
  },
};
