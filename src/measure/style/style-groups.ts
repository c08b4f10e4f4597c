/**
 * Shared by readability and lexicalDiversity: documents placed in their groups by the one
 * per-group step, groups in its one order, and the English check of English-only measures.
 * @internal
 */
import { GroupTally, groupKey, type GroupTotals } from "../../group/group-tally";
import type { GroupOptions } from "../../group/document-group";
import type { Corpus, Document, OnWarning } from "../../types";

/** The groups of a corpus (in the one order) and the documents (indexes) of each. @internal */
export interface StyleGroups {
  readonly groups: readonly GroupTotals[];
  readonly members: readonly (readonly number[])[];
}

/** Places documents in groups (`by`, default "document"), with `words[d]` as each document's n_words. @internal */
export function styleGroups(fn: string, corpus: Corpus, words: ArrayLike<number>, options: GroupOptions & { onWarning?: OnWarning }): StyleGroups {
  const tally = new GroupTally(fn, { ...options, by: options.by ?? "document" }, options.onWarning);
  const byKey = new Map<string, number[]>();
  corpus.forEach((doc, d) => {
    const g = tally.groupOf(doc);
    tally.addGrouped(g, doc.date ?? null, words[d]);
    const k = groupKey(g);
    const list = byKey.get(k);
    if (list) list.push(d);
    else byKey.set(k, [d]);
  });
  const groups = tally.groups();
  return { groups, members: groups.map((g) => byKey.get(groupKey(g))!) };
}

/** Whether a document is English or unmarked (`meta.lang` absent, "en", "eng", "en-US", ...). @internal */
export function isEnglish(doc: Document): boolean {
  const lang = doc.meta.lang;
  if (typeof lang !== "string" || lang === "") return true;
  const l = lang.toLowerCase();
  return l === "en" || l === "eng" || l.startsWith("en-") || l.startsWith("en_");
}
