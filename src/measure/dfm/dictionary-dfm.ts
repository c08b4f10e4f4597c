import { tallyFindings, type FindingsPerGroupOptions } from "../../group/findings-per-group";
import type { GroupTally } from "../../group/group-tally";
import type { Dictionary } from "../../ingest/dictionary-types";
import type { Corpus } from "../../types";
import type { DictionaryMatchRow } from "../dictionary-matches";
import { compressRows, type Dfm, type DfmRow, type RowEntries } from "./dfm-types";

/**
 * A document-feature matrix whose features are dictionary categories (quanteda's
 * dfm_lookup): the hits of `dictionaryMatches` counted per document (default) or group.
 *
 * @param corpus The documents.
 * @param matches Rows of `dictionaryMatches(corpus, dictionary)`.
 * @param dictionary Its categories are the features (in codepoint order; a category
 *   without hits is left out, as in any dfm).
 * @param options Grouping (`by`: "document" by default), `onWarning`.
 * @returns A {@link Dfm} of counts; `docFreq` counts documents with a hit.
 * @example
 * const dict = readDictionary("data/dictionaries/diplomacy.yml");
 * dictionaryDfm(corpus, dictionaryMatches(corpus, dict), dict, { by: "decade" });
 */
export function dictionaryDfm(corpus: Corpus, matches: readonly DictionaryMatchRow[], dictionary: Dictionary, options: Omit<FindingsPerGroupOptions, "categories" | "confidence"> = {}): Dfm {
  const findings = matches.map((m) => ({ doc_id: m.doc_id, category: m.category }));
  const categories = dictionary.categories.map((c) => c.category);
  const { tally, categories: all } = tallyFindings("dictionaryDfm", corpus, findings, { ...options, by: options.by ?? "document", categories, rowsName: "matches" });
  return dfmOfTally(tally, all, corpus.length);
}

/** The matrix of a tally of dictionary hits (of one corpus, or merged from its shards): `categories` are the features, `nDocs` the documents counted. @internal */
export function dfmOfTally(tally: GroupTally, categories: readonly string[], nDocs: number): Dfm {
  const rows: DfmRow[] = [];
  const entries: RowEntries[] = [];
  const docFreq = new Array<number>(categories.length).fill(0);
  for (const g of tally.groups()) {
    rows.push({ label: g.group, group_start: g.group_start, split: g.split, n_docs: g.n_docs, n_words: g.n_words, first_date: g.first_date });
    const e: RowEntries = new Map();
    categories.forEach((c, j) => {
      const cell = tally.cell(g, c);
      if (cell.count > 0) e.set(j, cell.count);
      docFreq[j] += cell.n_docs_with;
    });
    entries.push(e);
  }
  return compressRows(rows, entries, categories, docFreq, nDocs);
}
