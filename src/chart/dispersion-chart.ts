import { argumentError } from "../errors";
import { START, COLUMN_FORMAT, DATE, DOC_ID, DOCUMENT, DOCUMENT_ORDER, POSITION, TERM, TOKEN_INDEX } from "./columns";
import { checkOptionKeys, compareStrings, intOption, num, rowsError, sortByRank, stringOption, titleText, VEGA_LITE_SCHEMA, type ChartSpec, type DataRow, type JsonValue } from "./spec";
import { CHART_SIZES, chartConfig } from "./theme";

/** The fields of a dispersion hit {@link dispersionChart} reads (`dispersionHits` rows). */
export interface DispersionChartRow {
  readonly doc_id: string;
  /** ISO date of the document, or null when undated. */
  readonly date: string | null;
  readonly term: string;
  /** Index of the hit's first token in the document (tooltip only; optional). */
  readonly token_index?: number;
  /** Relative position of the hit in the document, 0 (start) to 1 (end). */
  readonly position: number;
  /** Character offset of the hit in the document text. */
  readonly start: number;
}

/** Options of {@link dispersionChart}. */
export interface DispersionChartOptions {
  /** Draw at most this many documents, the first in date order (default 300). */
  maxDocuments?: number;
  /**
   * Height of one document's band in pixels (default: 10 for up to 40 documents, shrinking
   * to 6 for 67 documents and more).
   */
  bandHeight?: number;
  /** Width in pixels (default 480). */
  width?: number;
  /** Chart title (default `Where <terms> occur in each document`). */
  title?: string;
}

const FN = "dispersionChart";
const OPTION_KEYS = ["maxDocuments", "bandHeight", "width", "title"] as const;

/**
 * An x-ray (barcode) plot: one band per document, top to bottom by date then doc_id
 * (undated documents last), with a tick at each hit at its relative position in the
 * document (0 = start, 1 = end); ticks are coloured by term when there are several terms
 * (legend on top). Documents without a hit have no band.
 *
 * Bands are labelled `<date> <doc_id>`, or the doc_id alone when it is undated or already
 * holds the year. Bands stay thin (10 px, down to 6 px from 67 documents) so that a few
 * hundred documents still fit; past `maxDocuments` documents only the first are drawn and
 * the subtitle says how many were left out. Tooltips show doc_id, date, term, position
 * and start.
 *
 * The inline data holds one row per drawn hit (document label, doc_id, date, term,
 * token_index, position, start), sorted by document then position then term.
 *
 * @param rows - dispersion hits (fields read: doc_id, date, term, token_index, position,
 *   start), e.g. from `dispersionHits`.
 * @param options - see {@link DispersionChartOptions}.
 * @returns a Vega-Lite spec ({@link ChartSpec}).
 * @throws DiscourseError `invalid_argument` for malformed rows (no string doc_id and term,
 *   a position outside 0..1), `maxDocuments` or `bandHeight` < 1, unknown option keys;
 *   `invalid_input` when one doc_id has two dates.
 *
 * @example
 * ```ts
 * const hits = dispersionHits(selectDocuments(corpus, "date>=1977"), ["iran", "terror*"]);
 * await show(dispersionChart(hits, { maxDocuments: 60 }));
 * ```
 */
export function dispersionChart(rows: readonly DispersionChartRow[], options?: DispersionChartOptions): ChartSpec {
  const o = checkOptionKeys(FN, options, OPTION_KEYS);
  checkHits(rows);
  const maxDocuments = intOption(FN, "maxDocuments", o.maxDocuments, 300, 100_000);
  const width = intOption(FN, "width", o.width, CHART_SIZES.width);
  const docs = documentsByDate(rows);
  const kept = docs.slice(0, maxDocuments);
  const label = new Map(kept.map(([id, date]) => [id, date !== null && !id.includes(date.slice(0, 4)) ? `${date} ${id}` : id]));
  const values = tickValues(rows, kept, label);
  const terms = [...new Set(values.map((v) => v[TERM] as string))].sort(compareStrings);
  const autoBand = Math.max(CHART_SIZES.bandMin, Math.min(CHART_SIZES.bandMax, Math.floor(400 / Math.max(1, kept.length))));
  const bandHeight = intOption(FN, "bandHeight", o.bandHeight, autoBand, 100);
  const title = titleText(stringOption(FN, "title", o.title) ?? `Where ${terms.join(", ") || "the terms"} occur in each document`, values.length === 0);
  const subtitle = docs.length > kept.length ? `the first ${kept.length} of ${docs.length} documents with a hit` : undefined;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: subtitle ? { text: title, subtitle } : title,
    data: { values },
    width,
    height: { step: bandHeight },
    mark: { type: "tick" },
    encoding: tickEncoding(terms),
    config: chartConfig(),
  };
}

function checkHits(rows: readonly DispersionChartRow[]): void {
  if (!Array.isArray(rows)) throw argumentError(FN, "rows", "an array of dispersion hits", rows);
  rows.forEach((r, i) => {
    if (
      r === null ||
      typeof r !== "object" ||
      typeof r[DOC_ID] !== "string" ||
      typeof r[TERM] !== "string" ||
      !(r[DATE] == null || typeof r[DATE] === "string") ||
      typeof r[POSITION] !== "number" ||
      !(r[POSITION] >= 0 && r[POSITION] <= 1)
    ) {
      throw argumentError(FN, `rows[${i}]`, "a hit with string doc_id and term, a string or null date and a position in 0..1", r);
    }
  });
}

/** The documents with a hit and their dates, by date (undated last), then id. */
function documentsByDate(rows: readonly DispersionChartRow[]): [string, string | null][] {
  const dates = new Map<string, string | null>();
  for (const r of rows) {
    const date = r.date ?? null;
    const prev = dates.get(r.doc_id);
    if (prev !== undefined && prev !== date) throw rowsError(FN, `document ${JSON.stringify(r.doc_id)} has two dates`);
    dates.set(r.doc_id, date);
  }
  return [...dates.entries()].sort(([ia, da], [ib, db]) => {
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return compareStrings(da, db);
    }
    return compareStrings(ia, ib);
  });
}

/** One tick per hit of a kept document, in document, position, term and offset order. */
function tickValues(rows: readonly DispersionChartRow[], kept: readonly [string, string | null][], label: ReadonlyMap<string, string>): DataRow[] {
  const docRank = new Map(kept.map(([id], i) => [id, i]));
  return rows
    .filter((r) => docRank.has(r.doc_id))
    .sort(
      (a, b) =>
        docRank.get(a.doc_id)! - docRank.get(b.doc_id)! ||
        a.position - b.position ||
        compareStrings(a.term, b.term) ||
        (num(a.start) ?? -1) - (num(b.start) ?? -1),
    )
    .map((r) => ({
      [DOCUMENT]: label.get(r.doc_id)!,
      [DOCUMENT_ORDER]: docRank.get(r.doc_id)! + 1,
      [DOC_ID]: r.doc_id,
      [DATE]: r.date ?? null,
      [TERM]: r.term,
      [TOKEN_INDEX]: num(r.token_index),
      [POSITION]: r.position,
      [START]: num(r.start),
    }));
}

function tickEncoding(terms: readonly string[]): Record<string, JsonValue> {
  const encoding: Record<string, JsonValue> = {
    x: {
      field: POSITION,
      type: "quantitative",
      scale: { domain: [0, 1], nice: false },
      axis: { format: "~%", orient: "top", tickCount: 10 },
      title: "position in the document (start to end)",
    },
    y: {
      field: DOCUMENT,
      type: "nominal",
      sort: sortByRank(DOCUMENT_ORDER),
      title: null,
      axis: { grid: true, labelOverlap: true, ticks: false, labelLimit: 300, style: "compact" },
    },
  };
  if (terms.length > 1) encoding.color = { field: TERM, type: "nominal", title: TERM, sort: [...terms], legend: { orient: "top" } };
  encoding.tooltip = [
    { field: DOC_ID, type: "nominal", title: DOC_ID },
    { field: DATE, type: "nominal", title: DATE },
    { field: TERM, type: "nominal", title: TERM },
    { field: POSITION, type: "quantitative", title: POSITION, format: COLUMN_FORMAT[POSITION] },
    { field: START, type: "quantitative", title: START, format: COLUMN_FORMAT[START] },
  ];
  return encoding;
}
