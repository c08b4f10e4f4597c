/**
 * The table kinds made by the one per-group step from finding rows: stance markers and
 * the rhetoric summary. A shard's findings are tallied per group (`tallyFindings`); the
 * rates and intervals come after the merge (`groupRates`).
 * @internal
 */
import { STANCE_MARKER_RATE_COLUMNS } from "../compare/stance-marker-rates";
import type { GroupOptions } from "../group/document-group";
import { tallyFindings } from "../group/findings-per-group";
import { confidenceZ, groupRates } from "../group/group-rates";
import { englishOnly } from "../measure/english-only";
import { RHETORIC_SUMMARY_COLUMNS, rhetoricSummaryRows } from "../measure/rhetoric-summary";
import { rhetoricMatches } from "../measure/rhetoric-matches";
import { resolveRules } from "../measure/rhetoric/resolve-rules";
import { HYLAND_CATEGORIES, stanceMarkers, type StanceMarkerCategory } from "../measure/stance/stance-markers";
import { argumentError } from "../errors";
import type { Corpus, OnWarning } from "../types";
import { TALLY_SECTIONS, tallyOfSections, tallySections } from "./tally-sections";
import { countInBatches, GROUP_OPTION_KEYS, pickOptions, type KindOptions, type Sections, type TableKind } from "./table-kind";

/** The grouping of a kind's options, with the kind's default `by`. */
function groupingOf(options: KindOptions, by: string): GroupOptions {
  return { by, ...(options as GroupOptions) };
}

/** Tallies the findings of one batch (English documents only) per group. */
function tallyBatch(fn: string, corpus: Corpus, grouping: GroupOptions, categories: readonly string[], findings: (read: Corpus) => { doc_id: string; category: string }[], onWarning: OnWarning | undefined): Sections {
  const english = englishOnly(fn, corpus, onWarning);
  const { tally } = tallyFindings(fn, corpus, () => findings(english.corpus), { ...grouping, categories, isRead: english.isRead, onWarning, shard: true });
  return tallySections(tally.state());
}

const STANCE_KEYS = [...GROUP_OPTION_KEYS, "categories", "confidence"];

/** stance-markers: `stanceMarkerRates` (Hyland's categories per 1,000 words per group; `by` "document" by default). @internal */
export const stanceMarkersKind: TableKind = {
  fn: "stanceMarkerRates",
  sections: TALLY_SECTIONS,
  options(raw) {
    const o = pickOptions("countShard (stance-markers)", raw, STANCE_KEYS);
    confidenceZ("stanceMarkerRates", o.confidence ?? 0.95);
    stanceMarkers([], { categories: o.categories as StanceMarkerCategory[] | undefined }); // checks the categories
    tallyFindings("stanceMarkerRates", [], [], groupingOf(o, "document")); // checks the grouping
    return o;
  },
  count(docs, options, onWarning) {
    const categories = (options.categories as StanceMarkerCategory[] | undefined) ?? HYLAND_CATEGORIES;
    const grouping = groupingOf(options, "document");
    return countInBatches(docs, this.sections, (corpus) =>
      tallyBatch("stanceMarkerRates", corpus, grouping, categories, (read) => stanceMarkers(read, { categories }), onWarning),
    );
  },
  grouping: (options) => groupingOf(options, "document"),
  englishOnly: "stanceMarkerRates",
  finish(sections, options) {
    const categories = (options.categories as StanceMarkerCategory[] | undefined) ?? HYLAND_CATEGORIES;
    const tally = tallyOfSections("stanceMarkerRates", groupingOf(options, "document"), sections);
    return { rows: groupRates(tally, categories, confidenceZ("stanceMarkerRates", options.confidence ?? 0.95)), columns: STANCE_MARKER_RATE_COLUMNS };
  },
};

const RHETORIC_KEYS = [...GROUP_OPTION_KEYS, "rules", "confidence"];

/** The built-in rules of the options (ids only: a partial's options are plain JSON). */
function rulesOf(options: KindOptions) {
  const ids = options.rules as string[] | undefined;
  if (ids !== undefined && (!Array.isArray(ids) || ids.some((r) => typeof r !== "string"))) {
    throw argumentError("countShard (rhetoric-summary)", 'option "rules"', "a list of built-in rule ids (see rhetoricRules())", ids);
  }
  return resolveRules("rhetoricSummary", ids);
}

/** rhetoric-summary: `rhetoricSummary(corpus, rhetoricMatches(corpus))` with built-in rules (by id; `by` "none" by default). @internal */
export const rhetoricSummaryKind: TableKind = {
  fn: "rhetoricSummary",
  sections: TALLY_SECTIONS,
  options(raw) {
    const o = pickOptions("countShard (rhetoric-summary)", raw, RHETORIC_KEYS);
    confidenceZ("rhetoricSummary", o.confidence ?? 0.95);
    rulesOf(o);
    tallyFindings("rhetoricSummary", [], [], groupingOf(o, "none"));
    return o;
  },
  count(docs, options, onWarning) {
    const rules = rulesOf(options);
    const ids = rules.map((r) => r.id);
    const grouping = groupingOf(options, "none");
    return countInBatches(docs, this.sections, (corpus) =>
      tallyBatch("rhetoricSummary", corpus, grouping, ids, () => rhetoricMatches(corpus, { rules, onWarning }).map((m) => ({ doc_id: m.doc_id, category: m.rule })), undefined),
    );
  },
  grouping: (options) => groupingOf(options, "none"),
  englishOnly: "rhetoricMatches (built-in rules)", // as rhetoricMatches names it
  unreadFirst: true,
  finish(sections, options) {
    const rules = rulesOf(options);
    const tally = tallyOfSections("rhetoricSummary", groupingOf(options, "none"), sections);
    const rows = groupRates(tally, rules.map((r) => r.id), confidenceZ("rhetoricSummary", options.confidence ?? 0.95));
    return { rows: rhetoricSummaryRows(rows, new Map(rules.map((r) => [r.id, r.technique]))), columns: RHETORIC_SUMMARY_COLUMNS };
  },
};
