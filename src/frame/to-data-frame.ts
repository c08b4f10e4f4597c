import type * as dfd from "danfojs";
import { argumentError } from "../errors";
import { loadDanfo } from "./load-danfo";

/**
 * Turns rows into a danfo.js DataFrame, column by column (row objects are placed by
 * position in danfo 1.1, danfojs #556, so they are never passed as rows). Dates stay the
 * strings the rows carry (danfo would coerce Date objects when grouping: #100, #183).
 *
 * danfojs is an optional peer dependency, loaded on the first call: install it beside
 * discourse-lab (`npm install danfojs@1.1.2`; projects made by `discourse-lab init` have it).
 *
 * @param rows Plain row objects, e.g. from `termFrequency`.
 * @param columns Column order; default: the keys of the first row. Give it for empty
 *   input to get an empty frame with the documented columns.
 * @returns A `dfd.DataFrame` with one column per name; null values stay null.
 * @throws DiscourseError `invalid_argument` when a row lacks one of the columns;
 *   `missing_dependency` when danfojs is not installed.
 * @example
 * const df = toDataFrame(termFrequency(corpus, { top: 10 }), TERM_FREQUENCY_COLUMNS);
 * df.head().print();
 */
export function toDataFrame<R extends object>(rows: readonly R[], columns?: readonly (keyof R & string)[]): dfd.DataFrame {
  const danfo = loadDanfo("toDataFrame");
  const cols = columns ?? (rows.length > 0 ? (Object.keys(rows[0]) as (keyof R & string)[]) : []);
  const data: Record<string, unknown[]> = {};
  for (const c of cols) data[c] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Record<string, unknown>;
    for (const c of cols) {
      if (!(c in row)) throw argumentError("toDataFrame", `rows[${r}]`, `an object with column "${c}"`, row);
      data[c][r] = row[c];
    }
  }
  if (rows.length === 0) return new danfo.DataFrame([], { columns: [...cols] });
  return new danfo.DataFrame(data as never);
}
