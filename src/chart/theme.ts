/**
 * The shared look of every chart: fonts, colours and sizes, injected as the Vega-Lite
 * `config` of each spec so builders hard-code none of them.
 *
 * Palette: Okabe & Ito's colour-blind-safe qualitative palette (Okabe, M. & Ito, K., 2008,
 * "Color Universal Design"), reordered so the first colours have the most contrast on white.
 * Font: DejaVu Sans, present on Debian (fonts-dejavu-core) and used by resvg for the PNG.
 */

/** Font family of all chart text. */
export const CHART_FONT = "DejaVu Sans";

/** Categorical palette (Okabe-Ito). */
export const CHART_PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#000000",
  "#F0E442",
] as const;

/** Default sizes (pixels) the builders use when the caller gives none. */
export const CHART_SIZES = {
  /** Width of a single (unfaceted) chart. */
  width: 480,
  /** Height of a line chart. */
  height: 260,
  /** Width of one panel of small multiples. */
  panelWidth: 260,
  /** Height of one panel of small multiples (line charts). */
  panelHeight: 180,
  /** Height of one bar slot in a bar chart. */
  barStep: 18,
} as const;

/**
 * Vega-Lite config shared by every spec (use through {@link chartConfig}, which returns
 * a fresh copy).
 */
const THEME = {
  background: "white",
  font: CHART_FONT,
  padding: 10,
  title: { fontSize: 15, fontWeight: "bold", anchor: "start", offset: 12, color: "#1a1a1a" },
  axis: {
    labelFontSize: 11,
    titleFontSize: 12,
    titleFontWeight: "normal",
    labelColor: "#333333",
    titleColor: "#333333",
    gridColor: "#e6e6e6",
    domainColor: "#888888",
    tickColor: "#888888",
    labelLimit: 220,
  },
  header: { labelFontSize: 12, labelFontWeight: "bold", labelColor: "#1a1a1a", titleFontSize: 12 },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 220 },
  view: { stroke: null },
  bar: { color: CHART_PALETTE[0] },
  line: { strokeWidth: 2 },
  point: { size: 40, filled: true },
  range: { category: [...CHART_PALETTE], diverging: { scheme: "blueorange" } },
  text: { fontSize: 10 },
  facet: { spacing: 18 },
  concat: { spacing: 18 },
} as const;

/**
 * A fresh deep copy of the shared Vega-Lite config (specs never share objects).
 * @example
 * const spec = { ...myOwnSpec, config: chartConfig() }; // your chart in the house theme
 */
export function chartConfig(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(THEME)) as Record<string, unknown>;
}
