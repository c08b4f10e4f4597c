/**
 * Loads vega and vega-lite (ESM-only, vega with top-level await) from CommonJS output
 * with a real dynamic `import()`; TypeScript with module node16 keeps it as `import()`.
 * Internal to render/.
 */
import type * as Vega from "vega" with { "resolution-mode": "import" };
import type * as VegaLite from "vega-lite" with { "resolution-mode": "import" };

export type VegaModule = typeof Vega;
export type VegaLiteModule = typeof VegaLite;

let loading: Promise<{ vega: VegaModule; vl: VegaLiteModule }> | undefined;

/** vega and vega-lite, imported once per process. */
export function loadVega(): Promise<{ vega: VegaModule; vl: VegaLiteModule }> {
  loading ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vl]) => ({ vega, vl }));
  return loading;
}
