import { compareDates } from "../../group/document-group";
import type { Corpus } from "../../types";

/** The time axis of a report's trends: a grain, or "era" (the report's own periods). */
export type TrendGrain = "year" | "decade" | "century" | "era";

/**
 * The grain of a report's trend lines, from the span of the corpus's dates: by century from
 * 400 years, by decade from 40, by year from 4; below that (or with no dates) the report's
 * periods themselves ("era"), which can be months. Gives 4 to 40 points on the time axis.
 * Pure.
 * @example
 * trendGrain(sotuCorpus()); // "decade"
 */
export function trendGrain(corpus: Corpus): TrendGrain {
  let min: string | undefined;
  let max: string | undefined;
  for (const d of corpus) {
    if (!d.date) continue;
    if (min === undefined || compareDates(d.date, min) < 0) min = d.date;
    if (max === undefined || compareDates(d.date, max) > 0) max = d.date;
  }
  if (min === undefined || max === undefined) return "era";
  const years = Number(max.slice(0, 4)) - Number(min.slice(0, 4));
  return years >= 400 ? "century" : years >= 40 ? "decade" : years >= 4 ? "year" : "era";
}
