import type { Corpus, Document, MetaValue } from "../types";
import { DiscourseError, ErrorCode, argumentError, checkString, describe } from "../errors";
import { freezeCorpus, isValidatedCorpus } from "./freeze-corpus";
import { dateProblem, idProblem, textProblem } from "./record-to-document";

/**
 * Validates an in-memory array of documents and returns it as a frozen Corpus.
 *
 * Checks that it is an array of objects with: `id` a non-empty string, unique; `text` a
 * string neither empty nor only whitespace; `date`, when present, an ISO date at year,
 * month or day precision that exists (2019-02-29 does not); `speaker`, `title`, `source`
 * strings when present; `meta` an object of strings, numbers, booleans and nulls (absent
 * means `{}`). Returns frozen copies (the input is not modified); a corpus returned by any
 * ingest function, or by checkCorpus, is returned as is without re-checking.
 *
 * Throws `invalid_argument` (or `duplicate_id`) naming `fn` and the element:
 * `tokens: documents[3].date: date "2019-02-29" is impossible (month 02 has 28 days)`.
 *
 * @param docs - the documents
 * @param fn - the public function whose argument this is, named in messages. Default `"checkCorpus"`.
 *
 * @example
 * ```ts
 * const corpus = checkCorpus([{ id: "a", text: "Ask not.", date: "1961-01-20", meta: {} }]);
 * checkCorpus([{ id: "a", text: "", meta: {} }]); // throws: checkCorpus: documents[0].text must be a non-empty string; got ""
 * ```
 */
export function checkCorpus(docs: readonly Document[], fn = "checkCorpus"): Corpus {
  if (isValidatedCorpus(docs)) return docs as Corpus;
  checkString("checkCorpus", "fn", fn);
  if (!Array.isArray(docs)) throw argumentError(fn, "corpus", "an array of documents", docs);
  const first = new Map<string, number>();
  const out: Document[] = docs.map((doc: unknown, i) => {
    const at = `documents[${i}]`;
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw argumentError(fn, at, "a document object", doc);
    const d = doc as Record<string, unknown>;
    const problem = idProblem(`${at}.id`, d.id) ?? textProblem(`${at}.text`, d.text);
    if (problem !== undefined) throw new DiscourseError(ErrorCode.invalidArgument, `${fn}: ${problem}`);
    const id = d.id as string;
    const earlier = first.get(id);
    if (earlier !== undefined) {
      throw new DiscourseError(ErrorCode.duplicateId, `${fn}: ${at}.id ${describe(id)} is also the id of documents[${earlier}]`);
    }
    first.set(id, i);
    if (d.date !== undefined) {
      if (typeof d.date !== "string") throw argumentError(fn, `${at}.date`, "an ISO date string", d.date);
      const bad = dateProblem(`${at}.date`, d.date);
      if (bad !== undefined) throw new DiscourseError(ErrorCode.invalidArgument, `${fn}: ${bad}`);
    }
    for (const key of ["speaker", "title", "source"] as const) {
      if (d[key] !== undefined && typeof d[key] !== "string") throw argumentError(fn, `${at}.${key}`, "a string", d[key]);
    }
    return {
      id,
      text: d.text as string,
      ...(d.date === undefined ? {} : { date: d.date as string }),
      ...(d.speaker === undefined ? {} : { speaker: d.speaker as string }),
      ...(d.title === undefined ? {} : { title: d.title as string }),
      ...(d.source === undefined ? {} : { source: d.source as string }),
      meta: checkMeta(fn, at, d.meta),
    };
  });
  return freezeCorpus(out);
}

function checkMeta(fn: string, at: string, meta: unknown): Record<string, MetaValue> {
  if (meta === undefined) return {};
  if (typeof meta !== "object" || meta === null || Array.isArray(meta)) throw argumentError(fn, `${at}.meta`, "an object", meta);
  const entries = Object.entries(meta);
  for (const [key, value] of entries) {
    const ok = value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number";
    if (!ok) throw argumentError(fn, `${at}.meta[${JSON.stringify(key)}]`, "a string, number, boolean or null", value);
  }
  return Object.fromEntries(entries) as Record<string, MetaValue>;
}
