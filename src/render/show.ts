import { argumentError, DiscourseError, ErrorCode } from "../errors";
import type { ChartSpec } from "../chart/spec";
import { bundleOf, type ChartBundleOptions } from "./chart-bundle";
import { chartPng } from "./chart-png";
import { kernelChannel } from "./kernel-channel";
import { isTable, showTable, type FrameLike, type ShowTableOptions } from "./show-table";

/** Options of {@link show}: those of {@link chartBundle} (`scale`, `vegaLite`, `onWarning`) for a chart, of {@link showTable} (`columns`, `maxRows`, `maxChars`) for a table. */
export type ShowOptions = ChartBundleOptions & ShowTableOptions;

const FN = "show";

/**
 * Shows a chart or a table inline in a tslab (Jupyter) notebook. Rows (an array of objects)
 * and danfo DataFrames go to {@link showTable}: an HTML table with a plain-text copy in the
 * same output. A chart is shown visible in the classic notebook,
 * JupyterLab, VS Code and nbconvert HTML: one `display_data` message carrying the
 * {@link chartBundle} (Vega-Lite spec + PNG + title), with the PNG's display size set
 * to the chart's size so a `scale` 2 PNG stays sharp rather than twice as large.
 *
 * It writes through tslab's internal `lastWriteDisplayData` (tslab/dist/jupyter), which
 * takes a whole bundle; tslab's public `display.raw` sends one MIME type per message.
 * If that internal export is gone (a future tslab), it falls back to the public
 * `display.png` (PNG only). It uses the tslab copy the running kernel loaded and never
 * loads tslab itself.
 *
 * Outside a kernel (plain node, the CLI, tests) it throws a `render` error before
 * rendering anything, pointing to {@link writeChart}: a silent no-op would hide a chart
 * the caller expected to see.
 *
 * @param spec - a Vega-Lite spec, e.g. from {@link topTermsChart}; or rows, or a DataFrame.
 * @param options - see {@link ShowOptions}.
 * @returns a promise resolved once the output is sent; `await` it in the cell so errors
 *   show in that cell.
 * @throws DiscourseError `render` outside a tslab kernel or when rendering fails;
 *   `invalid_argument` when `spec` is not an object.
 *
 * @example
 * ```ts
 * // a notebook cell (tslab kernel)
 * await show(termTrendChart(rows, { terms: ["union", "liberty"] }));
 * ```
 */
export async function show(spec: ChartSpec | Record<string, unknown> | readonly object[] | FrameLike, options: ShowOptions = {}): Promise<void> {
  if (isTable(spec)) return showTable(spec, options);
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw argumentError(FN, "spec", "a Vega-Lite spec object, rows or a DataFrame", spec);
  const chartSpec = spec as ChartSpec | Record<string, unknown>;
  const channel = kernelChannel();
  if (channel === undefined) {
    throw new DiscourseError(
      ErrorCode.render,
      `${FN}: no tslab kernel is running, so there is no notebook to show the chart in; ` +
        `outside a notebook use writeChart(spec, dir, name) or chartSvg/chartPng`,
    );
  }
  const { columns: _c, maxRows: _r, maxChars: _m, ...chart } = options;
  const scale = chart.scale ?? 2;
  const png = await chartPng(chartSpec, { ...chart, scale });
  if (channel.kind === "public") {
    if (typeof channel.display.png !== "function") throw new DiscourseError(ErrorCode.render, `${FN}: this tslab has no way to display a PNG`);
    try {
      channel.display.png.call(channel.display, png);
    } catch (e) {
      throw new DiscourseError(ErrorCode.render, `${FN}: tslab could not display the chart: ${(e as Error).message}`);
    }
    return;
  }
  const { width, height } = pngSize(png);
  channel.write(
    {
      data: { ...bundleOf(chartSpec, png, chart.vegaLite ?? true) },
      metadata: { "image/png": { width: Math.round(width / scale), height: Math.round(height / scale) } },
      transient: {},
    },
    false,
  );
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
