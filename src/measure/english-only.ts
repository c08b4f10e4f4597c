/**
 * The one gate of the English-only measures (sentiment, stance markers, target stance,
 * claim stance, the built-in rhetoric rules): which documents they read, and the one
 * warning naming the languages left out. Each measure calls it at its entry and runs on
 * the documents read; documents in other languages get no score (null, never 0).
 * @internal
 */
import type { Corpus, Document, OnWarning } from "../types";
import { isEnglishText } from "./is-english-document";

/** What an English-only measure reads of a corpus. @internal */
export interface EnglishOnly {
  /** The documents read: `corpus` itself when all are (so its shared tokenization is reused), else the same subset array for the same corpus. */
  readonly corpus: Corpus;
  /** Whether a document of the corpus is read. */
  readonly isRead: (doc: Document) => boolean;
  /** Documents left out. */
  readonly left: number;
}

const subsets = new WeakMap<Corpus, { docs: readonly Document[]; read: EnglishOnly }>();

/**
 * The documents of `corpus` an English-only measure reads (see `isEnglishDocument`),
 * reporting those left out in one `not_english` warning: how many, in which languages.
 * @internal
 */
export function englishOnly(fn: string, corpus: Corpus, onWarning?: OnWarning): EnglishOnly {
  let hit = subsets.get(corpus);
  if (!hit || hit.docs.length !== corpus.length || hit.docs.some((d, i) => d !== corpus[i])) {
    const read = new Set<Document>();
    for (const doc of corpus) if (isEnglishText(doc.text, doc.meta.lang)) read.add(doc);
    const subset = read.size === corpus.length ? corpus : corpus.filter((d) => read.has(d));
    hit = { docs: corpus.slice(), read: { corpus: subset, isRead: (doc) => read.has(doc), left: corpus.length - read.size } };
    subsets.set(corpus, hit);
  }
  const gate = hit.read;
  if (gate.left > 0) warnNotEnglish(fn, corpus.filter((d) => !gate.isRead(d)).map((d) => d.meta.lang), corpus.length, "document", onWarning);
  return gate;
}

/**
 * The one `not_english` warning: `fn reads English only: left out 3 of 10 documents, in
 * fa (2), und (1) ...`. `langs` are the languages of the items left out (or each
 * language with how many items in it).
 * @internal
 */
export function warnNotEnglish(fn: string, langs: readonly unknown[] | ReadonlyMap<unknown, number>, total: number, item: string, onWarning?: OnWarning): void {
  const counts: Iterable<readonly [unknown, number]> = Array.isArray(langs) ? (langs as readonly unknown[]).map((l) => [l, 1] as const) : (langs as ReadonlyMap<unknown, number>);
  const byLang = new Map<string, number>();
  let left = 0;
  for (const [l, n] of counts) {
    const key = typeof l === "string" && l !== "" ? (l === "und" ? "und, not Latin script" : l) : "no lang, not Latin script";
    byLang.set(key, (byLang.get(key) ?? 0) + n);
    left += n;
  }
  if (!onWarning || left === 0) return;
  const parts = [...byLang].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l, n]) => `${l} (${n})`);
  onWarning({
    code: "not_english",
    message: `${fn} reads English only: left out ${left} of ${total} ${item}(s), in ${parts.join(", ")}; they get no score (null), not 0`,
  });
}
