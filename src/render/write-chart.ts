import * as fs from "node:fs";
import * as path from "node:path";
import { argumentError, checkString, DiscourseError, ErrorCode } from "../errors";
import { specJson, type ChartSpec } from "../chart/spec";
import { chartPng, type ChartPngOptions } from "./chart-png";
import { chartSvg } from "./chart-svg";
import type { ReportTable } from "./report";
import { writeRows } from "./write-rows";

/** Paths written by {@link writeChart}. */
export interface WrittenChart {
  /** `<dir>/<name>.vl.json`: the spec, 2-space indented JSON with a trailing newline. */
  spec: string;
  /** `<dir>/<name>.svg`. */
  svg: string;
  /** `<dir>/<name>.png` (`scale` 2 by default). */
  png: string;
  /** `<dir>/<name>.csv`: the table behind the chart, when one was given. */
  csv?: string;
}

/** Options of {@link writeChart}: the PNG's, and the table to write beside the chart. */
export interface WriteChartOptions extends ChartPngOptions {
  /**
   * The table behind the chart, written as `<name>.csv` (every row, also those a chart of
   * many groups leaves out). Default: none.
   */
  table?: ReportTable;
}

const FN = "writeChart";

/**
 * Writes a chart as `<name>.vl.json`, `<name>.svg` and `<name>.png` in `dir` (created if
 * missing, files overwritten), and `<name>.csv` when a `table` is given. All are
 * byte-identical for the same input, so a notebook chart and its CLI recipe twin can be
 * compared file by file. The PNG is made from the same SVG that is written; the CSV is
 * written row by row.
 *
 * @param spec - a Vega-Lite spec from a chart builder.
 * @param dir - output folder.
 * @param name - base file name, without extension or path separators.
 * @param options - PNG options ({@link ChartPngOptions}: `scale`, `onWarning`) and `table`.
 * @returns the paths (joined from `dir`, so relative when `dir` is).
 * @throws DiscourseError `invalid_argument` for a bad name; `io` when a file cannot be
 *   written; `render` when rendering fails.
 *
 * @example
 * ```ts
 * const paths = await writeChart(topTermsChart(rows), "out/charts", "top-terms");
 * // { spec: "out/charts/top-terms.vl.json", svg: "out/charts/top-terms.svg", png: "out/charts/top-terms.png" }
 * ```
 */
export async function writeChart(spec: ChartSpec, dir: string, name: string, options: WriteChartOptions = {}): Promise<WrittenChart> {
  checkString(FN, "dir", dir);
  checkString(FN, "name", name);
  if (/[\\/]/.test(name) || name === "." || name === "..") throw argumentError(FN, "name", "a file name without path separators", name);
  const { table, ...pngOptions } = options;
  const svg = await chartSvg(spec, pngOptions);
  const png = await chartPng(svg, pngOptions);
  const paths: WrittenChart = {
    spec: path.join(dir, `${name}.vl.json`),
    svg: path.join(dir, `${name}.svg`),
    png: path.join(dir, `${name}.png`),
  };
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(paths.spec, specJson(spec));
    fs.writeFileSync(paths.svg, svg);
    fs.writeFileSync(paths.png, png);
    if (table) {
      paths.csv = path.join(dir, `${name}.csv`);
      await writeCsv(paths.csv, table);
    }
  } catch (e) {
    if (e instanceof DiscourseError) throw e;
    throw new DiscourseError(ErrorCode.io, `${FN}: cannot write the chart files in ${dir}: ${(e as Error).message}`, { file: dir });
  }
  return paths;
}

/** Writes a table as CSV, row by row. @internal */
export async function writeCsv(file: string, table: ReportTable): Promise<void> {
  const out = fs.createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.once("finish", () => resolve());
    out.once("error", reject);
  });
  closed.catch(() => undefined); // awaited below; never an unhandled rejection when writing fails first
  try {
    await writeRows(out, table.rows, table.columns, "csv");
  } finally {
    out.end();
  }
  await closed;
}
