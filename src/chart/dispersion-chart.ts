import { argumentError } from "../errors";
import { checkOptionKeys, compareStrings, intOption, num, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a dispersion hit the chart reads (`dispersionHits` rows). */
export interface DispersionChartRow {
  readonly doc_id: string;
  readonly date: string | null;
  readonly term: string;
  readonly position: number;
  readonly char_start: number;
}

/** Options of {@link dispersionChart}. */
export interface DispersionChartOptions {
  /** Show at most this many documents, the latest ones (default 120). */
  maxDocuments?: number;
  /** Height of one document's band in pixels (default 12). */
  bandHeight?: number;
  /** Width in pixels (default 480). */
  width?: number;
  /** Chart title (default `Where <terms> fall in each document`). */
  title?: string;
}

const FN = "dispersionChart";

/**
 * An x-ray (barcode) plot: one band per document, in date order, with a tick at each
 * occurrence of a term at its relative position in the document (0 = start, 1 = end),
 * coloured by term. Documents without a hit have no band.
 *
 * @param rows Rows of `dispersionHits`.
 * @param options `maxDocuments` (120, the latest kept), `bandHeight` (12), `width` (480), `title`.
 * @returns A Vega-Lite spec; tooltips show the document, date, term and character offset.
 * @example
 * await show(dispersionChart(dispersionHits(selectDocuments(corpus, "date>=1977"), ["iran", "terror*"])));
 */
export function dispersionChart(rows: readonly DispersionChartRow[], options?: DispersionChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, ["maxDocuments", "bandHeight", "width", "title"]);
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of dispersion hits", rows);
  rows.forEach((r, i) => {
    if (r === null || typeof r !== "object" || typeof r.doc_id !== "string" || typeof r.term !== "string" || typeof r.position !== "number") {
      throw argumentError(FN, `rows[${i}]`, "a hit with string doc_id and term and a numeric position", r);
    }
  });
  const maxDocuments = intOption(FN, "maxDocuments", o.maxDocuments, 120);
  const bandHeight = intOption(FN, "bandHeight", o.bandHeight, 12, 100);
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const terms = [...new Set(rows.map((r) => r.term))].sort(compareStrings);
  const title = stringOption(FN, "title", o.title) ?? `Where ${terms.join(", ") || "the terms"} fall in each document`;
  const docs = [...new Map(rows.map((r) => [r.doc_id, r.date ?? ""] as const)).entries()].sort(
    (a, b) => compareStrings(a[1], b[1]) || compareStrings(a[0], b[0]),
  );
  const kept = docs.slice(Math.max(0, docs.length - maxDocuments));
  const label = new Map(kept.map(([id, date]) => [id, date && !id.includes(date.slice(0, 4)) ? `${date} ${id}` : id]));
  const values: DataRow[] = rows
    .filter((r) => label.has(r.doc_id))
    .map((r) => ({ document: label.get(r.doc_id)!, doc_id: r.doc_id, date: r.date, term: r.term, position: num(r.position), char_start: num(r.char_start) }))
    .sort((a, b) => compareStrings(a.document as string, b.document as string) || (a.position as number) - (b.position as number) || compareStrings(a.term as string, b.term as string));
  const order = kept.map(([id]) => label.get(id)!);
  const subtitle = docs.length > kept.length ? `the latest ${kept.length} of ${docs.length} documents with a hit` : undefined;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: subtitle ? { text: titleText(title, values.length === 0), subtitle } : titleText(title, values.length === 0),
    data: { values },
    width,
    height: { step: bandHeight },
    mark: { type: "tick", thickness: 1.5 },
    encoding: {
      x: { field: "position", type: "quantitative", scale: { domain: [0, 1] }, title: "position in the document (0 = start, 1 = end)" },
      y: { field: "document", type: "nominal", sort: order, title: null },
      color: { field: "term", type: "nominal", title: "term", sort: terms },
      tooltip: [
        { field: "doc_id", type: "nominal", title: "document" },
        { field: "date", type: "nominal", title: "date" },
        { field: "term", type: "nominal", title: "term" },
        { field: "position", type: "quantitative", title: "position", format: ".3f" },
        { field: "char_start", type: "quantitative", title: "character offset", format: "d" },
      ],
    },
    config: chartConfig(),
  };
}
