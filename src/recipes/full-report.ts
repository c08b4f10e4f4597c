import type { Report } from "../render/report";
import type { Corpus, OnWarning } from "../types";
import { compareAcrossDates } from "./compare-across-dates";
import { quickstart } from "./quickstart";
import { rhetoricProfile } from "./rhetoric-profile";
import { stanceReport } from "./stance-report";
import { styleAndScaling, STYLE_PARAMS, type StyleParams } from "./style-and-scaling";
import { DiscourseError } from "../errors";

/**
 * The report `discourse-lab report` writes: every chart and table of the notebooks
 * `01-quickstart` ({@link quickstart}), `02-compare-across-dates` ({@link compareAcrossDates}),
 * `03-stance` ({@link stanceReport}), `04-rhetoric` ({@link rhetoricProfile}) and, when the
 * corpus supports them, `06-style-and-scaling` ({@link styleAndScaling}), with their default
 * parameters, in that order. Style and scaling need dated documents and at least three
 * speakers with ten documents between them; on another corpus than the bundled one the
 * Wordfish direction runs from the earliest speaker to the latest and the nearest addresses
 * are those of the latest document. When the corpus does not support them (too few shared
 * words for Wordfish, ...) the section is left out with a `style_left_out` warning saying why.
 *
 * @example
 * await writeReport(fullReport(sotuCorpus()), "report");
 */
export function fullReport(corpus: Corpus, onWarning?: OnWarning): Report {
  const quick = quickstart(corpus, undefined, onWarning);
  const compare = compareAcrossDates(corpus, undefined, onWarning);
  const stance = stanceReport(corpus, undefined, onWarning);
  const rhetoric = rhetoricProfile(corpus, undefined, onWarning);
  const style = styleSection(corpus, onWarning);
  return {
    title: "discourse-lab report: what the speeches talk about, how it changed, their stance and rhetoric",
    summary: [quick.summary, stance.summary, rhetoric.summary, ...(style ? [style.summary] : [])].join(" "),
    items: [...quick.items, ...compare.items, ...stance.items, ...rhetoric.items, ...(style?.items ?? [])],
  };
}

/** The style-and-scaling section with parameters fitted to the corpus, or undefined (warned) when it does not support it. */
function styleSection(corpus: Corpus, onWarning: OnWarning | undefined): Report | undefined {
  const leftOut = (why: string): undefined => {
    onWarning?.({ code: "style_left_out", message: `report: style and scaling left out: ${why}` });
    return undefined;
  };
  const dated = corpus.filter((d) => typeof d.date === "string").sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const speakers = new Set(dated.map((d) => d.speaker).filter((s): s is string => typeof s === "string" && s !== ""));
  if (dated.length < 10 || dated.length < corpus.length || speakers.size < 3) return leftOut("it needs dated documents only, at least 10 of them, and at least 3 speakers");
  const first = dated.find((d) => d.speaker)!.speaker!;
  const last = [...dated].reverse().find((d) => d.speaker)!.speaker!;
  const sotu = STYLE_PARAMS.scaleDir.every((s) => speakers.has(s)) && corpus.some((d) => d.id === STYLE_PARAMS.query);
  const params: StyleParams = sotu
    ? STYLE_PARAMS
    : { ...STYLE_PARAMS, scaleDir: [first, last], query: dated[dated.length - 1].id, labelWords: undefined, minDocFreq: Math.min(STYLE_PARAMS.minDocFreq, Math.max(2, Math.floor(dated.length / 4))), minCount: Math.min(STYLE_PARAMS.minCount, 5) };
  if (params.scaleDir[0] === params.scaleDir[1]) return leftOut("the earliest and the latest speaker are the same person");
  try {
    return styleAndScaling(corpus, params, onWarning);
  } catch (e) {
    if (e instanceof DiscourseError) return leftOut(e.message);
    throw e;
  }
}
