/**
 * The dictionary table kind (`dictionaryRates`: hits of each category per 1,000 words per
 * group) and the dictionary option it shares with the dfm kind. A shard's hits are tallied
 * per group by the one per-group step (`tallyFindings`); rates and intervals come after the
 * merge (`groupRates`). The dictionary travels in the options as plain JSON (categories and
 * their entries, in order), so partials counted with different dictionaries refuse to merge.
 * @internal
 */
import { DICTIONARY_RATE_COLUMNS, dictionaryFindings } from "../compare/dictionary-rates";
import { argumentError } from "../errors";
import type { GroupOptions } from "../group/document-group";
import { tallyFindings } from "../group/findings-per-group";
import { confidenceZ, groupRates } from "../group/group-rates";
import type { Dictionary } from "../ingest/dictionary-types";
import { dictionaryMatches } from "../measure/dictionary-matches";
import type { Corpus, OnWarning } from "../types";
import { canonicalJson, type PartialOptionValue } from "./partial-table";
import { TALLY_SECTIONS, tallyOfSections, tallySections } from "./tally-sections";
import { countInBatches, GROUP_OPTION_KEYS, pickOptions, type KindOptions, type Sections, type TableKind } from "./table-kind";

/**
 * The `dictionary` option checked (a dictionary from `readDictionary`/`parseDictionary`, or
 * one normalized before) and normalized to its categories and entry patterns, in order:
 * the file name and lines are left out, so shards reading one dictionary from different
 * paths merge. An entry the tokenizer cannot read is an error naming the file and line.
 * @internal
 */
export function dictionaryOption(fn: string, raw: unknown): PartialOptionValue {
  const what = 'option "dictionary"';
  const expected = "a dictionary (readDictionary, parseDictionary): { categories: [{ category, entries: [{ pattern }] }] }";
  const d = raw as Dictionary | undefined;
  if (d === null || typeof d !== "object" || !Array.isArray(d.categories)) throw argumentError(fn, what, expected, raw);
  for (const c of d.categories) {
    if (c === null || typeof c !== "object" || typeof c.category !== "string" || !Array.isArray(c.entries) || c.entries.some((e: unknown) => e === null || typeof e !== "object" || typeof (e as { pattern?: unknown }).pattern !== "string")) {
      throw argumentError(fn, what, expected, c);
    }
  }
  dictionaryMatches([], d); // compiles every entry: a bad one fails here, with its file and line
  return { categories: d.categories.map((c) => ({ category: c.category, entries: c.entries.map((e: { pattern: string }) => ({ pattern: e.pattern })) })) };
}

/** The dictionary of normalized options. @internal */
export function dictionaryOf(options: KindOptions): Dictionary {
  return { name: "dictionary", categories: (options.dictionary as unknown as Dictionary).categories };
}

/** Checks the `caseSensitive` option (a boolean). @internal */
export function caseSensitiveOf(fn: string, options: KindOptions): boolean {
  const v = options.caseSensitive ?? false;
  if (typeof v !== "boolean") throw argumentError(fn, 'option "caseSensitive"', "a boolean", v);
  return v;
}

/** The grouping of the options (`by` "none" by default, as `dictionaryRates`). */
function groupingOf(options: KindOptions): GroupOptions {
  return { by: "none", ...(options as GroupOptions) };
}

const DICTIONARY_KEYS = [...GROUP_OPTION_KEYS, "dictionary", "level", "caseSensitive", "confidence"];

/** Tallies the dictionary hits of one batch per group (categories at `level`). */
function tallyBatch(corpus: Corpus, options: KindOptions, onWarning: OnWarning | undefined): Sections {
  const dictionary = dictionaryOf(options);
  const caseSensitive = caseSensitiveOf("dictionaryRates", options);
  const level = options.level as number | undefined;
  const { categories } = dictionaryFindings("dictionaryRates", [], dictionary, level);
  // Entries never matched in one shard say nothing of the corpus: no unseen_term warning here.
  const findings = () => dictionaryFindings("dictionaryRates", dictionaryMatches(corpus, dictionary, { caseSensitive }), dictionary, level).findings;
  const { tally } = tallyFindings("dictionaryRates", corpus, findings, { ...groupingOf(options), categories, rowsName: "matches", onWarning, shard: true });
  return tallySections(tally.state());
}

/** dictionary: `dictionaryRates(corpus, dictionaryMatches(corpus, dictionary, { caseSensitive }), dictionary, options)` (`by` "none" by default). @internal */
export const dictionaryKind: TableKind = {
  fn: "dictionaryRates",
  sections: TALLY_SECTIONS,
  options(raw) {
    const o = pickOptions("countShard (dictionary)", raw, DICTIONARY_KEYS);
    const dictionary = dictionaryOption("countShard (dictionary)", raw.dictionary);
    confidenceZ("dictionaryRates", o.confidence ?? 0.95);
    caseSensitiveOf("dictionaryRates", o);
    dictionaryFindings("dictionaryRates", [], dictionaryOf({ dictionary }), o.level as number | undefined); // checks the level
    tallyFindings("dictionaryRates", [], [], groupingOf(o)); // checks the grouping
    return canonicalJson({ ...o, dictionary }) as KindOptions;
  },
  count(docs, options, onWarning) {
    return countInBatches(docs, this.sections, (corpus) => tallyBatch(corpus, options, onWarning));
  },
  grouping: groupingOf,
  finish(sections, options) {
    const { categories } = dictionaryFindings("dictionaryRates", [], dictionaryOf(options), options.level as number | undefined);
    const tally = tallyOfSections("dictionaryRates", groupingOf(options), sections);
    return { rows: groupRates(tally, categories, confidenceZ("dictionaryRates", options.confidence ?? 0.95)), columns: DICTIONARY_RATE_COLUMNS };
  },
};
