import { argumentError } from "../errors";
import type { ChartSpec } from "../chart/spec";
import { chartPng, type ChartPngOptions } from "./chart-png";

/**
 * MIME type the Vega-Lite spec travels under in notebook outputs.
 *
 * v5, not v6, on purpose: JupyterLab 4's built-in renderer (@jupyterlab/vega5-extension)
 * registers only `application/vnd.vegalite.v3/v4/v5+json`, and VS Code's notebook
 * renderers follow JupyterLab (microsoft/vscode-notebook-renderers#241, Aug 2025:
 * "no support for vega6", closed as not planned). A v6 key would be ignored by both;
 * under the v5 key their vega-embed draws our specs, which use no v6-only syntax
 * (vega-embed at most logs a console note that `$schema` says v6). The classic notebook
 * and nbconvert HTML ignore both keys and show the PNG.
 */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** A notebook MIME bundle of a chart. */
export interface ChartBundle {
  /** The spec, for front ends with a Vega-Lite renderer (JupyterLab, VS Code); absent with `vegaLite: false`. */
  "application/vnd.vegalite.v5+json"?: ChartSpec | Record<string, unknown>;
  /** Base64 PNG, shown by every front end (classic, nbconvert HTML, untrusted notebooks). */
  "image/png": string;
  /** The chart title, for text-only front ends. */
  "text/plain": string;
}

/** Options of {@link chartBundle}. */
export interface ChartBundleOptions extends ChartPngOptions {
  /** Include the Vega-Lite spec (interactive in JupyterLab and VS Code; default true). */
  vegaLite?: boolean;
}

/**
 * A MIME bundle showing a chart in every notebook front end: the Vega-Lite spec under
 * {@link VEGA_LITE_MIME} (live, with tooltips, in JupyterLab and VS Code), a PNG (base64,
 * `scale` 2 by default) for the classic notebook, nbconvert HTML and untrusted notebooks,
 * and the title as text/plain.
 *
 * @param spec - a Vega-Lite spec, e.g. from {@link termTrendChart}.
 * @param options - see {@link ChartBundleOptions}.
 * @returns `{"application/vnd.vegalite.v5+json"?: spec, "image/png": base64, "text/plain": title}`.
 * @throws DiscourseError as {@link chartPng}.
 *
 * @example
 * ```ts
 * const bundle = await chartBundle(spec);
 * Object.keys(bundle); // ["application/vnd.vegalite.v5+json", "image/png", "text/plain"]
 * ```
 */
export async function chartBundle(spec: ChartSpec | Record<string, unknown>, options: ChartBundleOptions = {}): Promise<ChartBundle> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw argumentError("chartBundle", "spec", "a Vega-Lite spec object", spec);
  return bundleOf(spec, await chartPng(spec, options), options.vegaLite ?? true);
}

/** The bundle of a spec and its rendered PNG (internal to render/). */
export function bundleOf(spec: ChartSpec | Record<string, unknown>, png: Buffer, vegaLite: boolean): ChartBundle {
  const bundle: ChartBundle = { "image/png": png.toString("base64"), "text/plain": specTitle(spec) };
  return vegaLite ? { [VEGA_LITE_MIME]: spec, ...bundle } : bundle;
}

/** The title text of a spec ("chart" when it has none). */
function specTitle(spec: Record<string, unknown>): string {
  const t = spec.title;
  const text = typeof t === "object" && t !== null && !Array.isArray(t) ? (t as { text?: unknown }).text : t;
  if (typeof text === "string" && text.length > 0) return text;
  if (Array.isArray(text) && text.length > 0) return text.join(" ");
  return "chart";
}
