import type { ChartSpec } from "../chart/spec";

type Json = Record<string, unknown>;

/**
 * A chart made zoomable for a web page: a single view (or a layer) whose x or y is
 * quantitative or temporal gets an interval selection bound to its scales (drag to pan,
 * wheel to zoom, double-click to reset). Faceted, concatenated and repeated charts, and
 * charts that already have parameters, are returned as they are. The chart builders stay
 * as they are (their specs are the .vl.json files); only the page's copy zooms. Pure.
 * @internal
 */
export function interactiveSpec(spec: ChartSpec): ChartSpec {
  if ("facet" in spec || "concat" in spec || "hconcat" in spec || "vconcat" in spec || "repeat" in spec || "params" in spec) return spec;
  const zoom = { name: "zoom", select: { type: "interval", encodings: [] as string[] }, bind: "scales" };
  const continuous = (enc: unknown, channel: string): boolean => {
    const def = (enc as Json | undefined)?.[channel] as Json | undefined;
    return def !== undefined && typeof def.field === "string" && (def.type === "quantitative" || def.type === "temporal") && def.aggregate === undefined && !("scale" in def && (def.scale as Json)?.type === "band");
  };
  const channels = (unit: Json): string[] => ["x", "y"].filter((c) => continuous(unit.encoding, c) || continuous(spec.encoding, c));
  if (Array.isArray(spec.layer)) {
    const layers = spec.layer as Json[];
    const k = layers.findIndex((l) => !("layer" in l) && !("params" in l) && channels(l).length > 0);
    if (k < 0) return spec;
    const encodings = channels(layers[k]);
    return { ...spec, layer: layers.map((l, i) => (i === k ? { ...l, params: [{ ...zoom, select: { type: "interval", encodings } }] } : l)) };
  }
  if (!("mark" in spec)) return spec;
  const encodings = channels(spec);
  return encodings.length === 0 ? spec : { ...spec, params: [{ ...zoom, select: { type: "interval", encodings } }] };
}
