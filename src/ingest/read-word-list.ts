import { inputError } from "../errors";
import { decodeUtf8 } from "./decode-utf8";
import { readFileBytes } from "./read-file-bytes";

/**
 * The words of a word-list file (a stopword list of your own): UTF-8, words separated by
 * line breaks or spaces; blank lines and comment lines (`# ` followed by a space, or a
 * lone `#`) are skipped, so "#hashtag" lines are words. A byte order mark is skipped.
 *
 * @param path The file.
 * @returns The words in file order (duplicates kept).
 * @throws DiscourseError `io` when the file cannot be read, `invalid_input` naming the file
 *   and line for invalid UTF-8, or naming the file when it holds no word.
 * @example
 * await readWordList("stopwords-press.txt"); // ["said", "says", "according", ...]
 */
export async function readWordList(path: string): Promise<string[]> {
  const text = decodeUtf8(await readFileBytes(path), path).replace(/^\uFEFF/, "");
  const words: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === "" || t === "#" || t.startsWith("# ")) continue;
    for (const w of t.split(/\s+/)) if (w !== "") words.push(w);
  }
  if (words.length === 0) throw inputError("no words in the word list (one or more per line)", path);
  return words;
}
