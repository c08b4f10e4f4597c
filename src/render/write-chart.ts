import * as fs from "node:fs";
import * as path from "node:path";
import { argumentError, checkString, DiscourseError, ErrorCode } from "../errors";
import { specJson, type ChartSpec } from "../chart/spec";
import { chartPng, type ChartPngOptions } from "./chart-png";
import { chartSvg } from "./chart-svg";

/** Paths written by {@link writeChart}. */
export interface WrittenChart {
  /** `<dir>/<name>.vl.json`: the spec, 2-space indented JSON with a trailing newline. */
  spec: string;
  /** `<dir>/<name>.svg`. */
  svg: string;
  /** `<dir>/<name>.png` (`scale` 2 by default). */
  png: string;
}

const FN = "writeChart";

/**
 * Writes a chart as `<name>.vl.json`, `<name>.svg` and `<name>.png` in `dir` (created if
 * missing, files overwritten). All three are byte-identical for the same spec, so a
 * notebook chart and its CLI recipe twin can be compared file by file. The PNG is made
 * from the same SVG that is written.
 *
 * @param spec - a Vega-Lite spec from a chart builder.
 * @param dir - output folder.
 * @param name - base file name, without extension or path separators.
 * @param options - PNG options ({@link ChartPngOptions}: `scale`, `onWarning`).
 * @returns the three paths (joined from `dir`, so relative when `dir` is).
 * @throws DiscourseError `invalid_argument` for a bad name; `io` when a file cannot be
 *   written; `render` when rendering fails.
 *
 * @example
 * ```ts
 * const paths = await writeChart(topTermsChart(rows), "out/charts", "top-terms");
 * // { spec: "out/charts/top-terms.vl.json", svg: "out/charts/top-terms.svg", png: "out/charts/top-terms.png" }
 * ```
 */
export async function writeChart(spec: ChartSpec, dir: string, name: string, options: ChartPngOptions = {}): Promise<WrittenChart> {
  checkString(FN, "dir", dir);
  checkString(FN, "name", name);
  if (/[\\/]/.test(name) || name === "." || name === "..") throw argumentError(FN, "name", "a file name without path separators", name);
  const svg = await chartSvg(spec, options);
  const png = await chartPng(svg, options);
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
  } catch (e) {
    throw new DiscourseError(ErrorCode.io, `${FN}: cannot write the chart files in ${dir}: ${(e as Error).message}`, { file: dir });
  }
  return paths;
}
