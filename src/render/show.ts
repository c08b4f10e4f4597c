import { createRequire } from "node:module";
import * as path from "node:path";
import { argumentError, DiscourseError, ErrorCode } from "../errors";
import type { ChartSpec } from "../chart/spec";
import { bundleOf, type ChartBundleOptions } from "./chart-bundle";
import { chartPng } from "./chart-png";

/** Options of {@link show}: those of {@link chartBundle} (`scale`, `vegaLite`, `onWarning`). */
export type ShowOptions = ChartBundleOptions;

/** tslab's display_data writer (tslab/dist/jupyter `lastWriteDisplayData`). */
type WriteDisplayData = (
  data: { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: Record<string, unknown> },
  update: boolean,
) => void;

type KernelChannel = { kind: "bundle"; write: WriteDisplayData } | { kind: "png"; png: (b: Buffer) => void };

const FN = "show";
const JUPYTER_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * Shows a chart inline in a tslab (Jupyter) notebook, visible in the classic notebook,
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
 * @param spec - a Vega-Lite spec, e.g. from {@link topTermsChart}.
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
export async function show(spec: ChartSpec | Record<string, unknown>, options: ShowOptions = {}): Promise<void> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw argumentError(FN, "spec", "a Vega-Lite spec object", spec);
  const channel = kernelChannel();
  if (channel === undefined) {
    throw new DiscourseError(
      ErrorCode.render,
      `${FN}: no tslab kernel is running, so there is no notebook to show the chart in; ` +
        `outside a notebook use writeChart(spec, dir, name) or chartSvg/chartPng`,
    );
  }
  const scale = options.scale ?? 2;
  const png = await chartPng(spec, { ...options, scale });
  if (channel.kind === "png") {
    channel.png(png);
    return;
  }
  const { width, height } = pngSize(png);
  channel.write(
    {
      data: { ...bundleOf(spec, png, options.vegaLite ?? true) },
      metadata: { "image/png": { width: Math.round(width / scale), height: Math.round(height / scale) } },
      transient: {},
    },
    false,
  );
}

/** The display channel of the running tslab kernel, or undefined outside one. */
function kernelChannel(): KernelChannel | undefined {
  const req = createRequire(__filename);
  const candidates: string[] = [];
  try {
    candidates.push(req.resolve("tslab/dist/jupyter"));
  } catch {
    // tslab not resolvable from here: look only at what the kernel loaded.
  }
  for (const key of Object.keys(req.cache)) if (JUPYTER_MODULE.test(key) && !candidates.includes(key)) candidates.push(key);

  let loaded: string | undefined;
  for (const file of candidates) {
    const mod = req.cache[file];
    if (!mod) continue;
    loaded ??= file;
    const write = (mod.exports as { lastWriteDisplayData?: unknown }).lastWriteDisplayData;
    if (typeof write === "function") return { kind: "bundle", write: write as WriteDisplayData };
  }
  if (loaded === undefined) return undefined;
  // Kernel modules are loaded but the internal writer is absent: public display API.
  try {
    const pub = req(path.join(path.dirname(loaded), "public.js")) as { display?: { png?: (b: Uint8Array) => void } };
    const png = pub.display?.png;
    if (typeof png !== "function") return undefined;
    return {
      kind: "png",
      png: (b) => {
        try {
          png.call(pub.display, b);
        } catch (e) {
          throw new DiscourseError(ErrorCode.render, `${FN}: tslab could not display the chart: ${(e as Error).message}`);
        }
      },
    };
  } catch {
    return undefined;
  }
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
