import { argumentError } from "../errors";
import type { Dictionary } from "../ingest/dictionary-types";
import { tokens } from "../segment/tokens";
import type { Corpus, OnWarning, Tokens } from "../types";
import { parsePattern, patternIds } from "./pattern-ids";

/** Columns of {@link dictionaryMatches}, in order. */
export const DICTIONARY_MATCH_COLUMNS = ["doc_id", "start", "end", "category", "pattern", "text", "sentence"] as const;

/**
 * One dictionary hit: the category, the dictionary entry that matched, the words as written
 * (`text === doc.text.slice(start, end)`, UTF-16 offsets) and the sentence holding them.
 */
export type DictionaryMatchRow = {
  readonly doc_id: string;
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly pattern: string;
  readonly text: string;
  readonly sentence: string;
};

/** Options of {@link dictionaryMatches}. */
export interface DictionaryMatchesOptions {
  /** Match the case of the entries. Default false (lowercased, as LIWC and quanteda do). */
  readonly caseSensitive?: boolean;
  /** Receives `unseen_term` warnings for entries that never match. */
  readonly onWarning?: OnWarning;
}

interface Compiled {
  readonly category: string;
  /** Entry index of the single-word entry matching each type id, or -1. */
  readonly single: Int32Array;
  /** Phrases: entry index and one mask per position. */
  readonly phrases: readonly { readonly entry: number; readonly masks: readonly Uint8Array[] }[];
  readonly patterns: readonly string[];
}

/**
 * Every hit of a category dictionary in a corpus, one row per hit with its sentence (the
 * findings-as-rows design: `dictionaryRates` counts them per document, group or period).
 *
 * Entries are words, globs (`negotiat*`, `?` one character) and phrases, matched against the
 * corpus's one tokenization (lowercased, punctuation removed, so a phrase may span a comma;
 * hyphenated words are their parts; "don't" is do + n't) and never across documents. Within
 * a category a word counts once: at each position the longest matching entry wins and the
 * next hit starts after it (so "nuclear weapon*" and "weapon*" in one category count
 * "nuclear weapons" once). A word in two categories counts in both.
 *
 * @param corpus The documents.
 * @param dictionary From `readDictionary`, `parseDictionary`.
 * @param options `caseSensitive` (false), `onWarning` (entries never matched).
 * @returns Rows {@link DICTIONARY_MATCH_COLUMNS} in document order, then position, then
 *   category order.
 * @throws DiscourseError `invalid_argument` naming the dictionary file and line of an entry
 *   the tokenizer cannot read (an empty phrase, a bad glob).
 * @example
 * const dict = parseDictionary("talks: [negotiat*, treaty]\nforce: [war, troops]\n", "yaml");
 * dictionaryMatches([{ id: "a", text: "No treaty, no negotiations: war.", meta: {} }], dict).map((m) => [m.category, m.text]);
 * // [["talks", "treaty"], ["talks", "negotiations"], ["force", "war"]]
 */
export function dictionaryMatches(corpus: Corpus, dictionary: Dictionary, options: DictionaryMatchesOptions = {}): DictionaryMatchRow[] {
  const fn = "dictionaryMatches";
  if (!dictionary || !Array.isArray(dictionary.categories)) throw argumentError(fn, 'argument "dictionary"', "a dictionary (readDictionary, parseDictionary)", dictionary);
  const caseSensitive = options.caseSensitive ?? false;
  const tk = tokens(corpus, { lowercase: !caseSensitive, removePunct: true });
  const compiled = dictionary.categories.map((c) => compile(fn, dictionary, c.category, c.entries, tk, !caseSensitive));
  const matched = compiled.map((c) => new Uint8Array(c.patterns.length));
  const out: DictionaryMatchRow[] = [];
  for (let d = 0; d < corpus.length; d++) {
    const text = corpus[d].text;
    const first = tk.docStart[d];
    const last = tk.docStart[d + 1];
    const next = compiled.map(() => first); // per category: where the next hit may start
    for (let i = first; i < last; i++) {
      compiled.forEach((c, k) => {
        if (i < next[k]) return;
        let entry = c.single[tk.typeId[i]];
        let end = entry >= 0 ? i + 1 : i;
        for (const p of c.phrases) {
          const e = i + p.masks.length;
          if (e > last || e <= end) continue;
          let ok = true;
          for (let q = 0; q < p.masks.length && ok; q++) ok = p.masks[q][tk.typeId[i + q]] === 1;
          if (ok) {
            entry = p.entry;
            end = e;
          }
        }
        if (entry < 0) return;
        next[k] = end;
        matched[k][entry] = 1;
        const start = tk.charStart[i];
        const stop = tk.charEnd[end - 1];
        out.push({
          doc_id: corpus[d].id,
          start,
          end: stop,
          category: c.category,
          pattern: c.patterns[entry],
          text: text.slice(start, stop),
          sentence: text.slice(tk.sentenceStart[tk.sentenceId[i]], tk.sentenceEnd[tk.sentenceId[end - 1]]).replace(/\s+/g, " ").trim(),
        });
      });
    }
  }
  const never = compiled.flatMap((c, k) => c.patterns.filter((_, e) => matched[k][e] === 0).map((p) => `${c.category}: ${p}`));
  if (never.length > 0) options.onWarning?.({ code: "unseen_term", message: `${fn}: ${never.length} dictionary entries never match the corpus (${never.slice(0, 10).join("; ")}${never.length > 10 ? "; ..." : ""})` });
  return out;
}

function compile(fn: string, dictionary: Dictionary, category: string, entries: Dictionary["categories"][number]["entries"], tk: Tokens, lowercase: boolean): Compiled {
  const single = new Int32Array(tk.vocabulary.size).fill(-1);
  const phrases: { entry: number; masks: Uint8Array[] }[] = [];
  const patterns = entries.map((e) => e.pattern);
  entries.forEach((e, k) => {
    let parsed;
    try {
      parsed = parsePattern(fn, e.pattern, { lowercase, removePunct: true });
    } catch (err) {
      const where = dictionary.source ? `${dictionary.source}${e.line ? `:${e.line}` : ""}: ` : "";
      throw argumentError(fn, `${where}entry ${JSON.stringify(e.pattern)} of category ${JSON.stringify(category)}`, "a word, glob or phrase", (err as Error).message);
    }
    const masks = patternIds(parsed, tk.vocabulary);
    if (masks.length === 1) {
      for (let id = 0; id < masks[0].length; id++) if (masks[0][id] === 1 && single[id] < 0) single[id] = k;
    } else phrases.push({ entry: k, masks });
  });
  return { category, single, phrases, patterns };
}
