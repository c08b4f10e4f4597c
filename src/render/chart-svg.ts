import { argumentError, DiscourseError, ErrorCode, isResourceExhaustion } from "../errors";
import type { OnWarning } from "../types";
import type { ChartSpec } from "../chart/spec";
import { loadVega, type VegaModule } from "./vega-modules";

/** Options of {@link chartSvg}. */
export interface ChartSvgOptions {
  /** Receives Vega-Lite compile warnings and Vega runtime warnings (code `vega_warning`). */
  onWarning?: OnWarning;
}

const FN = "chartSvg";

/**
 * Renders a Vega-Lite spec to an SVG string, offline and deterministically.
 *
 * Pipeline: `vl.compile(spec)` -> `new vega.View(vega.parse(vg), {renderer: "none"})`
 * -> `view.toSVG()`. Vega's random generator is reset to a fixed LCG seed before each
 * render, so the same spec gives byte-identical SVG in any order and process. No data is
 * fetched: a spec that loads a URL or file fails with a `render` error (use inline data).
 * Text widths are estimated (no canvas), which errs on the wide side, so labels are not cut.
 *
 * @param spec - a Vega-Lite spec, e.g. from {@link topTermsChart}.
 * @param options - see {@link ChartSvgOptions}.
 * @returns the SVG document text (starts with `<svg`).
 * @throws DiscourseError `invalid_argument` when `spec` is not an object; `render` when
 *   Vega-Lite cannot compile it or Vega reports an error (including a data URL).
 *
 * @example
 * ```ts
 * const svg = await chartSvg(topTermsChart(rows));
 * fs.writeFileSync("top.svg", svg);
 * ```
 */
export async function chartSvg(spec: ChartSpec | Record<string, unknown>, options: ChartSvgOptions = {}): Promise<string> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) throw argumentError(FN, "spec", "a Vega-Lite spec object", spec);
  const onWarning = options.onWarning;
  const { vega, vl } = await loadVega();

  const compileWarnings: string[] = [];
  let compiled: unknown;
  try {
    compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0], { logger: collectingLogger(vega, compileWarnings, []) }).spec;
  } catch (e) {
    throw new DiscourseError(ErrorCode.render, `${FN}: Vega-Lite could not compile the spec: ${(e as Error).message}`);
  }
  for (const w of compileWarnings) onWarning?.({ code: "vega_lite_warning", message: `${FN}: ${w}` });
  const urls = ((compiled as { data?: { url?: unknown }[] }).data ?? []).filter((d) => d.url !== undefined).map((d) => String(d.url));
  if (urls.length > 0) {
    throw new DiscourseError(ErrorCode.render, `${FN}: the spec loads ${JSON.stringify(urls[0])}; only inline data is rendered (no network or file access)`);
  }

  const errors: string[] = [];
  const warnings: string[] = [];
  // vega-statistics exports these at runtime; vega-typings does not declare them.
  const random = vega as unknown as { setRandom(r: () => number): void; randomLCG(seed: number): () => number };
  random.setRandom(random.randomLCG(0));
  let view: InstanceType<VegaModule["View"]>;
  try {
    view = new vega.View(vega.parse(compiled as Parameters<typeof vega.parse>[0]), {
      renderer: "none",
      loader: offlineLoader(vega, errors),
      logger: collectingLogger(vega, warnings, errors),
      logLevel: vega.Warn,
    });
  } catch (e) {
    throw renderError(spec, e);
  }
  try {
    const svg = stableIds(await view.toSVG());
    if (errors.length > 0) throw new Error(errors.join("; "));
    for (const w of warnings) onWarning?.({ code: "vega_warning", message: `${FN}: ${w}` });
    return svg;
  } catch (e) {
    throw renderError(spec, e);
  } finally {
    view.finalize();
  }
}

/** A render failure as one DiscourseError: a size limit of Vega's names the size, anything else is quoted. */
function renderError(spec: ChartSpec | Record<string, unknown>, e: unknown): DiscourseError {
  if (isResourceExhaustion(e)) {
    const values = (spec.data as { values?: unknown } | undefined)?.values;
    const rows = Array.isArray(values) ? values.length.toLocaleString("en-US") : "its";
    return new DiscourseError(ErrorCode.resourceLimit, `${FN}: the chart is too large for Vega to draw (${rows} data rows; ${e.message}): draw fewer groups`);
  }
  return new DiscourseError(ErrorCode.render, `${FN}: Vega could not render the spec: ${(e as Error).message}`);
}

/**
 * Renumbers the ids Vega draws from process-wide counters (gradient_3, clip7, pattern_2)
 * in order of appearance, so the same spec renders to the same bytes however many charts
 * the process drew before.
 */
export function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\bid="((gradient_|clip|pattern_)\d+)"/g)) {
    if (!ids.has(m[1])) ids.set(m[1], `${m[2]}${ids.size}`);
  }
  if (ids.size === 0) return svg;
  return svg.replace(/\b(gradient_|clip|pattern_)\d+\b/g, (id) => ids.get(id) ?? id);
}

/**
 * A vega loader that refuses every URL and file (images, data loaded by signals), recording
 * the refusal as an error: only inline data renders.
 */
function offlineLoader(vega: VegaModule, errors: string[]): ReturnType<VegaModule["loader"]> {
  const base = vega.loader();
  return {
    ...base,
    fileAccess: false,
    sanitize: async (uri: string) => {
      const message = `the spec loads ${JSON.stringify(uri)}; only inline data is rendered (no network or file access)`;
      errors.push(message);
      throw new Error(message);
    },
  } as ReturnType<VegaModule["loader"]>;
}

/** A vega/vega-lite logger that collects messages instead of printing them. */
function collectingLogger(vega: VegaModule, warnings: string[], errors: string[]): ReturnType<VegaModule["logger"]> {
  let level: number = vega.Warn;
  const text = (args: unknown[]): string => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      errors.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= vega.Warn) warnings.push(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as ReturnType<VegaModule["logger"]>;
}
