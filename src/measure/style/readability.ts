import { tokenStream } from "../../segment/token-stream";
import type { GroupOptions } from "../../group/document-group";
import { TokenKind, type Corpus, type OnWarning, type Tokens } from "../../types";
import { isEnglish, styleGroups } from "./style-groups";
import type * as SyllableModule from "syllable" with { "resolution-mode": "import" };

// syllable 5 is ESM-only without top-level await: Node >= 20.19 loads it with require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { syllable } = require("syllable") as typeof SyllableModule;

/** Columns of {@link readability}, in order. */
export const READABILITY_COLUMNS = [
  "group", "group_start", "split", "n_docs", "n_sentences", "n_words", "n_syllables", "n_polysyllables", "n_letters",
  "flesch", "flesch_kincaid", "gunning_fog", "smog", "coleman_liau",
] as const;

/**
 * Readability of a document or group. Counts are sums over its English documents:
 * `n_words` are the readability words (see {@link readability}), `n_polysyllables` words of
 * three syllables or more, `n_letters` their letters. Scores are null for a group without
 * an English word or sentence.
 */
export type ReadabilityRow = {
  readonly group: string;
  readonly group_start: string | null;
  readonly split: string | null;
  /** English documents counted. */
  readonly n_docs: number;
  readonly n_sentences: number;
  readonly n_words: number;
  readonly n_syllables: number;
  readonly n_polysyllables: number;
  readonly n_letters: number;
  readonly flesch: number | null;
  readonly flesch_kincaid: number | null;
  readonly gunning_fog: number | null;
  readonly smog: number | null;
  readonly coleman_liau: number | null;
};

/** Options of {@link readability}. */
export interface ReadabilityOptions extends GroupOptions {
  /** Receives `not_english` warnings (documents whose `meta.lang` is another language) and missing group fields. */
  readonly onWarning?: OnWarning;
}

/**
 * Readability scores per document (default) or group, for English texts:
 * - Flesch reading ease = 206.835 − 1.015 (W/S) − 84.6 (Y/W)
 * - Flesch–Kincaid grade = 0.39 (W/S) + 11.8 (Y/W) − 15.59
 * - Gunning fog = 0.4 [(W/S) + 100 (P/W)]
 * - SMOG = 1.0430 √(30 P/S) + 3.1291
 * - Coleman–Liau = 0.0588 L − 0.296 S₁₀₀ − 15.8, L letters and S₁₀₀ sentences per 100 words
 * with W words, S sentences, Y syllables, P words of 3+ syllables ("complex" words of the fog
 * index, without Gunning's exceptions). Words are the word tokens of the one tokenization,
 * a clitic joined to the word it touches ("don't", "Iran's" are one word here), numbers and
 * punctuation left out; sentences are the shared sentences holding a word; syllables come
 * from the `syllable` package (English rules and exceptions). A group's scores come from
 * its summed counts (sums over documents: mergeable).
 *
 * English only: a document whose `meta.lang` names another language is left out of its
 * group, with a warning; a row with no English document has null scores. (Lexical
 * diversity, `lexicalDiversity`, reads any language.)
 *
 * @param corpus The documents.
 * @param options Grouping (`by`: "document" by default, a field, "year", "decade", ...), `onWarning`.
 * @returns Rows {@link READABILITY_COLUMNS}, groups in the one order of per-group tables.
 * @example
 * readability([{ id: "a", text: "The cat sat on the mat. It was happy.", meta: {} }])[0];
 * // { group: "a", n_sentences: 2, n_words: 9, n_syllables: 10, flesch: 99.5..., flesch_kincaid: 0.52..., ... }
 * @see Flesch (1948) J. Applied Psychology 32(3); Kincaid et al. (1975) Navy report 8-75;
 *   Gunning (1952) The Technique of Clear Writing; McLaughlin (1969) J. Reading 12(8);
 *   Coleman & Liau (1975) J. Applied Psychology 60(2).
 */
export function readability(corpus: Corpus, options: ReadabilityOptions = {}): ReadabilityRow[] {
  const fn = "readability";
  const tk = tokenStream(corpus, { lowercase: true, hyphens: "split" });
  const counts = corpus.map((doc, d) => {
    if (isEnglish(doc)) return documentCounts(tk, d, doc.text);
    options.onWarning?.({ code: "not_english", message: `${fn}: document ${JSON.stringify(doc.id)} is marked lang ${JSON.stringify(doc.meta.lang)}; readability formulas are English-only, so it is left out (scores null)` });
    return undefined;
  });
  const { groups, members } = styleGroups(fn, corpus, counts.map((c) => c?.words ?? 0), options);
  return groups.map((g, k) => {
    const sum = { docs: 0, sentences: 0, words: 0, syllables: 0, poly: 0, letters: 0 };
    for (const d of members[k]) {
      const c = counts[d];
      if (!c) continue;
      sum.docs++;
      sum.sentences += c.sentences;
      sum.words += c.words;
      sum.syllables += c.syllables;
      sum.poly += c.poly;
      sum.letters += c.letters;
    }
    const ok = sum.words > 0 && sum.sentences > 0;
    const wps = sum.words / sum.sentences;
    const spw = sum.syllables / sum.words;
    return {
      group: g.group,
      group_start: g.group_start,
      split: g.split,
      n_docs: sum.docs,
      n_sentences: sum.sentences,
      n_words: sum.words,
      n_syllables: sum.syllables,
      n_polysyllables: sum.poly,
      n_letters: sum.letters,
      flesch: ok ? 206.835 - 1.015 * wps - 84.6 * spw : null,
      flesch_kincaid: ok ? 0.39 * wps + 11.8 * spw - 15.59 : null,
      gunning_fog: ok ? 0.4 * (wps + (100 * sum.poly) / sum.words) : null,
      smog: ok ? 1.043 * Math.sqrt((30 * sum.poly) / sum.sentences) + 3.1291 : null,
      coleman_liau: ok ? 0.0588 * ((100 * sum.letters) / sum.words) - 0.296 * ((100 * sum.sentences) / sum.words) - 15.8 : null,
    };
  });
}

interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  poly: number;
  letters: number;
}

const syllableCache = new Map<string, number>();
const LETTER = /\p{L}/u;

/** Readability counts of document d: words are runs of touching word tokens ("don't"). */
function documentCounts(tk: Tokens, d: number, text: string): Counts {
  const c: Counts = { sentences: 0, words: 0, syllables: 0, poly: 0, letters: 0 };
  let lastSentence = -1;
  let i = tk.docStart[d];
  const end = tk.docStart[d + 1];
  while (i < end) {
    if (tk.kind[i] !== TokenKind.word) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && tk.kind[j] === TokenKind.word && tk.charStart[j] === tk.charEnd[j - 1]) j++;
    const word = text.slice(tk.charStart[i], tk.charEnd[j - 1]).toLowerCase();
    if (tk.sentenceId[i] !== lastSentence) {
      lastSentence = tk.sentenceId[i];
      c.sentences++;
    }
    let n = syllableCache.get(word);
    if (n === undefined) syllableCache.set(word, (n = Math.max(1, syllable(word))));
    c.words++;
    c.syllables += n;
    if (n >= 3) c.poly++;
    for (const ch of word) if (LETTER.test(ch)) c.letters++;
    i = j;
  }
  return c;
}
