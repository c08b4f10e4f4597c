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

/**
 * Colours of the two sides of a comparison (keyness bars, rose/fell, the scatter's colour
 * ramp): `target` Okabe-Ito vermillion, `reference` Okabe-Ito blue, `neutral` the light
 * grey midpoint of the diverging ramp (no difference).
 */
export const CHART_SIDES = {
  target: "#D55E00",
  reference: "#0072B2",
  neutral: "#cccccc",
} as const;

/** Opacity of confidence bands (area marks) drawn under lines. */
export const CHART_BAND_OPACITY = 0.2;

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
  /** Side of a square scatter plot. */
  scatter: 420,
  /** Largest and smallest height of one document's band in an x-ray plot. */
  bandMax: 10,
  bandMin: 6,
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
  header: { labelFontSize: 12, labelFontWeight: "bold", labelColor: "#1a1a1a", titleFontSize: 12, labelLimit: 220 }, // a panel label of 2,000 characters made a 55,000-pixel chart
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", labelLimit: 220 },
  view: { stroke: null },
  bar: { color: CHART_PALETTE[0] },
  line: { strokeWidth: 2 },
  point: { size: 40, filled: true },
  area: { opacity: CHART_BAND_OPACITY },
  tick: { thickness: 1.5, opacity: 1, color: CHART_PALETTE[0] },
  rule: { color: "#888888", strokeDash: [4, 4] },
  range: { category: [...CHART_PALETTE], diverging: [CHART_SIDES.reference, CHART_SIDES.neutral, CHART_SIDES.target] },
  text: { fontSize: 10, color: "#333333" },
  facet: { spacing: 18 },
  /** Named axis styles: `compact` for dense band axes (an x-ray's 6-10 px document bands). */
  style: { compact: { labelFontSize: 9 } },
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
