import { argumentError } from "../errors";
import { stopwordsFor } from "./stopwords";

/** Which stopwords to drop: lists by language, and words added or kept. */
export interface StopwordSpec {
  /** Drop the stopwords of each document's own language (`meta.lang`). Default false. */
  readonly byDocument?: boolean;
  /** Languages whose lists apply to every document ("en", "fa", "deu", ...). */
  readonly languages?: readonly string[];
  /** Words to drop besides the lists (a list of your own, a file's words). */
  readonly add?: readonly string[];
  /** Words to keep although a list has them. */
  readonly keep?: readonly string[];
  /** Files of words still to be read ("file:PATH" items); `readStopwords` reads them into `add`. */
  readonly files?: readonly string[];
}

/**
 * Parses a stopword specification, the text of `--stopwords` and of the `stopwords` token
 * option. Items are separated by commas:
 * - `auto`: the list of each document's own language (`meta.lang`);
 * - a language code (`en`, `fa`, `deu`, ...): that list, for every document;
 * - `file:PATH`: the words of a file, one per line (the whole item is the path; read by
 *   `readStopwords`);
 * - `+word` adds a word, `-word` keeps one that a list has; they may follow a language or
 *   `auto` directly (`en+foo+bar-us`) or stand alone (`file:list.txt,+foo`).
 * A word holding a comma, "+" or "-" needs a file.
 *
 * @param text The specification, e.g. `"auto"`, `"en,fa"`, `"en+foo-bar"`, `"file:list.txt,-us"`.
 * @returns The parsed {@link StopwordSpec}.
 * @throws DiscourseError `invalid_argument` naming the item for an unknown language, an
 *   empty item or word, or `auto` given twice.
 * @example
 * stopwordSpec("en,fa+foo-bar"); // { byDocument: false, languages: ["en", "fa"], add: ["foo"], keep: ["bar"], files: [] }
 * stopwordSpec("auto");          // { byDocument: true, languages: [], add: [], keep: [], files: [] }
 */
export function stopwordSpec(text: string, fn = "stopwordSpec"): StopwordSpec & { readonly languages: readonly string[]; readonly add: readonly string[]; readonly keep: readonly string[]; readonly files: readonly string[] } {
  const name = 'option "stopwords"';
  if (typeof text !== "string" || text.trim() === "") throw argumentError(fn, name, 'language codes, "auto", "file:PATH" and +word / -word, separated by commas', text);
  let byDocument = false;
  const languages: string[] = [];
  const add: string[] = [];
  const keep: string[] = [];
  const files: string[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim();
    const bad = (why: string): never => {
      throw argumentError(fn, name, `items that are ${why}`, item);
    };
    if (item === "") bad('not empty (e.g. "en,fa")');
    if (item.startsWith("file:")) {
      if (item.length === 5) bad('a path after "file:"');
      files.push(item.slice(5));
      continue;
    }
    let cut = 0;
    while (cut < item.length && item[cut] !== "+" && item[cut] !== "-") cut++;
    const base = item.slice(0, cut);
    if (base === "auto") {
      if (byDocument) bad('"auto" once');
      byDocument = true;
    } else if (base !== "") {
      stopwordsFor(fn, base); // throws listing the languages known
      languages.push(base);
    }
    let k = cut;
    while (k < item.length) {
      const sign = item[k];
      let e = k + 1;
      while (e < item.length && item[e] !== "+" && item[e] !== "-") e++;
      const word = item.slice(k + 1, e).trim();
      if (word === "") bad(`a word after each "${sign}"`);
      (sign === "+" ? add : keep).push(word);
      k = e;
    }
  }
  return { byDocument, languages, add, keep, files };
}
