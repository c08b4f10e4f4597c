import { compareDates, type Era } from "../../group/document-group";
import { keyness } from "../../measure/keyness";
import { termFrequency } from "../../measure/term-frequency";
import { wordCounts } from "../../segment/word-counts";
import type { Corpus, Document, OnWarning } from "../../types";

/** Options of {@link risingFallingTerms}. */
export interface RisingFallingTermsOptions {
  /** The periods compared, each with the one before. */
  readonly eras: readonly Era[];
  /** Stopword language removed first (default "en"); false keeps every word. */
  readonly stopwords?: string | false;
  /** Terms in each direction (default 3). */
  readonly n?: number;
  readonly onWarning?: OnWarning;
}

/** What {@link risingFallingTerms} returns. */
export interface RisingFallingTerms {
  /** Terms key for the later half of the periods, strongest first. */
  readonly rising: readonly string[];
  /** Terms key for the earlier half (they fell), strongest first. */
  readonly falling: readonly string[];
  /** "keyness" (between periods), or "frequency" (the most frequent words, when fewer than two periods hold text). */
  readonly basis: "keyness" | "frequency";
}

const memo = new WeakMap<Corpus, Map<string, RisingFallingTerms>>();

/**
 * The terms that rise and fall most across a corpus's own periods: keyness (G2, Dunning
 * 1993) of the later half of its periods against the earlier half (numbers and stopwords
 * removed); the strongest terms key for the later half rose, those key for the earlier half
 * fell. A term must occur 5 times (2 in corpora under 20,000 words), in at least two
 * documents (one document's topic is no change) and, from four dated documents on, not in
 * all of them; words of one or two letters are left out. With fewer than two periods holding text, the most frequent words
 * instead (`basis` "frequency", with a warning). Pure; remembered per corpus and options.
 * @example
 * const { rising, falling } = risingFallingTerms(corpus, { eras: reportPeriods(corpus).eras });
 */
export function risingFallingTerms(corpus: Corpus, options: RisingFallingTermsOptions): RisingFallingTerms {
  const n = options.n ?? 3;
  const stopwords = options.stopwords ?? "en";
  const key = JSON.stringify([options.eras, stopwords, n]);
  let byKey = memo.get(corpus);
  if (!byKey) memo.set(corpus, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const result = compute(corpus, options.eras, stopwords, n, options.onWarning);
  byKey.set(key, result);
  return result;
}

function compute(corpus: Corpus, eras: readonly Era[], stopwords: string | false, n: number, onWarning?: OnWarning): RisingFallingTerms {
  const inEra = (e: Era) => (d: Document) => d.date !== undefined && compareDates(d.date, e.start) >= 0 && (e.end === undefined || compareDates(d.date, e.end) < 0);
  const held = eras.filter((e) => corpus.some(inEra(e)));
  if (held.length >= 2) {
    const half = Math.floor(held.length / 2);
    const earlier = corpus.filter((d) => held.slice(0, half).some((e) => inEra(e)(d)));
    const later = corpus.filter((d) => held.slice(half).some((e) => inEra(e)(d)));
    const words = wordCounts(corpus).reduce((a, b) => a + b, 0);
    // A term of one document is that document's topic, not a change; a term of every document is no change either.
    const docFreq = new Map(termFrequency(corpus, { stopwords, removeNumbers: true }).map((r) => [r.term, r.doc_freq]));
    const dated = earlier.length + later.length;
    const spread = (t: string) => (docFreq.get(t) ?? 0) >= 2 && (dated < 4 || (docFreq.get(t) ?? 0) < dated) && [...t].length >= 3;
    const rows = keyness(later, earlier, { stopwords, removeNumbers: true, minCount: words < 20_000 ? 2 : 5 }).filter((r) => Number.isFinite(r.g2) && spread(r.term));
    const strongest = (direction: string): string[] =>
      rows.filter((r) => r.direction === direction).sort((a, b) => b.g2 - a.g2 || (a.term < b.term ? -1 : 1)).slice(0, n).map((r) => r.term);
    const rising = strongest("target");
    const falling = strongest("reference");
    if (rising.length + falling.length > 0) return { rising, falling, basis: "keyness" };
  }
  onWarning?.({ code: "terms", message: "risingFallingTerms: fewer than two periods with key terms; the most frequent words are followed instead" });
  const top = termFrequency(corpus, { stopwords, removeNumbers: true, top: n * 2 }).map((r) => r.term);
  return { rising: top.slice(0, n), falling: top.slice(n), basis: "frequency" };
}
