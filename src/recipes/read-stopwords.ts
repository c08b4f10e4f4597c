import { readWordList } from "../ingest/read-word-list";
import { stopwordSpec, type StopwordSpec } from "../segment/stopword-spec";

/**
 * A stopword specification as the CLI's `--stopwords` takes it, with the words of its
 * `file:PATH` items read: `"auto"`, `"en,fa"`, `"en+foo-bar"`, `"file:press.txt,-us"`,
 * `"auto,file:extra.txt"` (see `stopwordSpec` for the syntax). Pass the result as the
 * `stopwords` token option of any measure.
 *
 * @param spec The specification.
 * @returns A {@link StopwordSpec} whose `add` holds the files' words.
 * @throws DiscourseError `invalid_argument` for a bad item or unknown language, `io` /
 *   `invalid_input` naming a word-list file that cannot be read.
 * @example
 * const stopwords = await readStopwords("en,file:press-words.txt,-us");
 * termFrequency(corpus, { stopwords, top: 20 });
 */
export async function readStopwords(spec: string): Promise<StopwordSpec> {
  const parsed = stopwordSpec(spec, "readStopwords");
  const add = [...parsed.add];
  for (const file of parsed.files) add.push(...(await readWordList(file)));
  return { byDocument: parsed.byDocument, languages: parsed.languages, add, keep: parsed.keep };
}
