import type { Report } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { compareAcrossDates } from "./compare-across-dates";
import { quickstart } from "./quickstart";
import { rhetoricProfile } from "./rhetoric-profile";
import { stanceReport } from "./stance-report";

/**
 * The report `discourse-lab report` writes: every chart and table of the notebooks
 * `01-quickstart` ({@link quickstart}), `02-compare-across-dates` ({@link compareAcrossDates}),
 * `03-stance` ({@link stanceReport}) and `04-rhetoric` ({@link rhetoricProfile}), with their
 * default parameters, in that order.
 *
 * @example
 * await writeReport(fullReport(sotuCorpus()), "report");
 */
export function fullReport(corpus: Corpus, onWarning?: OnWarning): Report {
  const quick = quickstart(corpus, undefined, onWarning);
  const compare = compareAcrossDates(corpus, undefined, onWarning);
  const stance = stanceReport(corpus, undefined, onWarning);
  const rhetoric = rhetoricProfile(corpus, undefined, onWarning);
  return {
    title: "discourse-lab report: what the speeches talk about, how it changed, their stance and rhetoric",
    summary: [quick.summary, stance.summary, rhetoric.summary].join(" "),
    items: [...quick.items, ...compare.items, ...stance.items, ...rhetoric.items],
  };
}
