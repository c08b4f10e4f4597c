import { selectDocuments } from "../compare/select-documents";
import type { Corpus } from "../types";

/**
 * Two groups of documents chosen by selections (`FIELD OP VALUE[,...]`): the target, and
 * the reference, by default every document not in the target. Shared by keyness, the
 * keyness chart and the two-speech scatter, in the CLI and in notebooks.
 *
 * @param corpus The documents.
 * @param target Selection of the target, e.g. "date>=2001-01-01".
 * @param reference Selection of the reference; omitted: the rest of the corpus.
 * @returns `[target, reference]`, each in corpus order.
 * @example
 * const [since, before] = selectionPair(sotuCorpus(), "date>=2001");
 * keyness(since, before, { stopwords: "en", top: 15 });
 */
export function selectionPair(corpus: Corpus, target: string, reference?: string): [Corpus, Corpus] {
  const a = selectDocuments(corpus, target);
  if (reference !== undefined) return [a, selectDocuments(corpus, reference)];
  const inTarget = new Set(a.map((d) => d.id));
  return [a, corpus.filter((d) => !inTarget.has(d.id))];
}
