/** The table kinds of the partial tables, by name. @internal */
import { argumentError } from "../errors";
import { dfmKind } from "./dfm-kind";
import { dictionaryKind } from "./dictionary-kinds";
import { rhetoricSummaryKind, stanceMarkersKind } from "./finding-kinds";
import { PartialKind } from "./partial-table";
import type { TableKind } from "./table-kind";
import { freqKind, keynessKind, trendKind } from "./term-kinds";
import { collocatesKind, dispersionKind } from "./token-kinds";

const KINDS: Readonly<Record<PartialKind, TableKind>> = {
  [PartialKind.freq]: freqKind,
  [PartialKind.trend]: trendKind,
  [PartialKind.keyness]: keynessKind,
  [PartialKind.collocates]: collocatesKind,
  [PartialKind.dispersion]: dispersionKind,
  [PartialKind.stanceMarkers]: stanceMarkersKind,
  [PartialKind.rhetoricSummary]: rhetoricSummaryKind,
  [PartialKind.dictionary]: dictionaryKind,
  [PartialKind.dfm]: dfmKind,
};

/** The table kind named `kind`, or an `invalid_argument` error listing the kinds. @internal */
export function tableKind(fn: string, kind: unknown): TableKind {
  if (typeof kind !== "string" || !Object.prototype.hasOwnProperty.call(KINDS, kind)) throw argumentError(fn, 'argument "kind"', `one of ${Object.values(PartialKind).join(", ")}`, kind);
  return KINDS[kind as PartialKind];
}
