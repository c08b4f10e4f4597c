import { DiscourseError } from "../../errors";
import type { Report } from "../../render/report";
import type { Corpus, OnWarning } from "../../types";
import { styleAndScaling, STYLE_PARAMS, type StyleParams } from "../style-and-scaling";

/** Parameters of the report's style-and-scaling section: any of {@link StyleParams}; the rest is fitted to the corpus. */
export type StyleSectionParams = Partial<StyleParams>;

/**
 * Why a corpus cannot carry the style-and-scaling section, or undefined when it can: it needs
 * dated documents only, at least 10 of them, and at least 3 speakers (Wordfish places
 * speakers on one axis from the earliest to the latest). Pure.
 */
export function styleUnsupported(corpus: Corpus): string | undefined {
  const dated = corpus.filter((d) => typeof d.date === "string");
  const speakers = new Set(dated.map((d) => d.speaker).filter((s): s is string => typeof s === "string" && s !== ""));
  if (dated.length < 10 || dated.length < corpus.length || speakers.size < 3) return "it needs dated documents only, at least 10 of them, and at least 3 speakers";
  return undefined;
}

/**
 * The report's style-and-scaling section (notebook 06): {@link styleAndScaling} with the
 * parameters given, the rest fitted to the corpus (the bundled corpus keeps
 * {@link STYLE_PARAMS}; another corpus scales from its earliest speaker to its latest, lists
 * the addresses nearest its latest document and lowers the Wordfish word thresholds to its
 * size). When the corpus cannot carry it the section is left out with a `style_left_out`
 * warning saying why, and no item.
 * @example
 * const section = styleSection(corpus, {}, console.warn);
 */
export function styleSection(corpus: Corpus, given: StyleSectionParams = {}, onWarning?: OnWarning): Report {
  const leftOut = (why: string): Report => {
    onWarning?.({ code: "style_left_out", message: `report: style and scaling left out: ${why}` });
    return { title: "Style and scaling", summary: "", items: [] };
  };
  const why = styleUnsupported(corpus);
  if (why !== undefined) return leftOut(why);
  const dated = corpus.filter((d) => typeof d.date === "string").sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const first = dated.find((d) => d.speaker)!.speaker!;
  const last = [...dated].reverse().find((d) => d.speaker)!.speaker!;
  const speakers = new Set(dated.map((d) => d.speaker));
  const sotu = STYLE_PARAMS.scaleDir.every((s) => speakers.has(s)) && corpus.some((d) => d.id === STYLE_PARAMS.query);
  const fitted: StyleParams = sotu
    ? STYLE_PARAMS
    : {
        ...STYLE_PARAMS,
        scaleDir: [first, last],
        query: dated[dated.length - 1].id,
        labelWords: undefined,
        minDocFreq: Math.min(STYLE_PARAMS.minDocFreq, Math.max(2, Math.floor(dated.length / 4))),
        minCount: Math.min(STYLE_PARAMS.minCount, 5),
      };
  const params: StyleParams = { ...fitted, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  if (params.scaleDir[0] === params.scaleDir[1]) return leftOut("the earliest and the latest speaker are the same person");
  try {
    return styleAndScaling(corpus, params, onWarning);
  } catch (e) {
    if (e instanceof DiscourseError) return leftOut(e.message);
    throw e;
  }
}
