import { argumentError, DiscourseError, ErrorCode } from "../errors";
import type { ChartSpec } from "../chart/spec";
import { CHART_FONT } from "../chart/theme";
import { chartSvg, type ChartSvgOptions } from "./chart-svg";

/** Options of {@link chartPng}. */
export interface ChartPngOptions extends ChartSvgOptions {
  /** Pixel density: the PNG is `scale` times the SVG size (default 2, crisp on high-DPI screens). */
  scale?: number;
}

const FN = "chartPng";

/**
 * Renders a Vega-Lite spec, or an SVG string from {@link chartSvg}, to PNG bytes with
 * resvg (offline, no browser). Text uses the system fonts with DejaVu Sans as the
 * default family (the theme's font), so labels match the SVG. Output is byte-identical
 * across runs for the same input.
 *
 * @param input - a Vega-Lite spec, or SVG text (a string starting with `<svg` or `<?xml`).
 * @param options - see {@link ChartPngOptions}.
 * @returns the PNG file bytes; its size is the SVG's width and height times `scale`.
 * @throws DiscourseError `invalid_argument` for a non-positive or non-finite `scale` or an
 *   input that is neither a spec nor SVG text; `render` when rendering fails.
 *
 * @example
 * ```ts
 * fs.writeFileSync("top.png", await chartPng(topTermsChart(rows), { scale: 1 }));
 * ```
 */
export async function chartPng(input: ChartSpec | Record<string, unknown> | string, options: ChartPngOptions = {}): Promise<Buffer> {
  const scale = options.scale ?? 2;
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0 || scale > 16) {
    throw argumentError(FN, 'option "scale"', "a number in (0, 16]", scale);
  }
  let svg: string;
  if (typeof input === "string") {
    if (!/^\s*(<\?xml|<svg)/.test(input)) throw argumentError(FN, "input", "a Vega-Lite spec or SVG text", input);
    svg = input;
  } else {
    svg = await chartSvg(input, options);
  }
  const { Resvg } = await import("@resvg/resvg-js");
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "zoom", value: scale },
      font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT },
    });
    return Buffer.from(resvg.render().asPng());
  } catch (e) {
    throw new DiscourseError(ErrorCode.render, `${FN}: resvg could not render the SVG: ${(e as Error).message}`);
  }
}
