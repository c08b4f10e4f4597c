import type { Report } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { compareAcrossDates } from "./compare-across-dates";
import { quickstart } from "./quickstart";

/**
 * The report `discourse-lab report` writes: every chart and table of the notebooks
 * `01-quickstart` ({@link quickstart}) and `02-compare-across-dates`
 * ({@link compareAcrossDates}), with their default parameters, in that order.
 *
 * @example
 * await writeReport(fullReport(sotuCorpus()), "report");
 */
export function fullReport(corpus: Corpus, onWarning?: OnWarning): Report {
  const quick = quickstart(corpus, undefined, onWarning);
  const compare = compareAcrossDates(corpus, undefined, onWarning);
  return {
    title: "discourse-lab report: what the speeches talk about, and how it changed",
    summary: quick.summary,
    items: [...quick.items, ...compare.items],
  };
}
