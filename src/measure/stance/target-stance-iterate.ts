import type { Corpus } from "../../types";
import { targetStanceSearch, type StanceTarget, type TargetStanceOptions, type TargetStanceRow } from "./target-stance";

/**
 * {@link targetStance}, one row at a time: the same mentions in the same order, scored as
 * they are read, so the evidence of a large corpus can be written out without holding it
 * all, and a reader that stops early stops the search. Arguments are checked when called.
 *
 * @param corpus Documents.
 * @param target Name, terms, and optional `near` / `exclude` phrases, as for {@link targetStance}.
 * @param options `window` (15) and `cueWindow` (8), in words.
 * @returns An iterator of rows with the columns {@link TARGET_STANCE_COLUMNS} (see {@link TargetStanceRow}).
 * @example
 * const talks = { name: "talks", terms: ["talks", "negotiat*"] };
 * for (const m of targetStanceIterate(corpus, talks)) if (m.label === "AGAINST") { console.log(m.sentence); break; }
 */
export function targetStanceIterate(corpus: Corpus, target: StanceTarget, options: TargetStanceOptions = {}): IterableIterator<TargetStanceRow> {
  return targetStanceSearch("targetStanceIterate", corpus, target, options);
}
