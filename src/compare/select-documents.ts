import { didYouMean, DiscourseError, ErrorCode, nearestName } from "../errors";
import type { Corpus, Document, OnWarning } from "../types";
import { DOCUMENT_FIELDS, fieldValue } from "../group/document-group";
import { parseSelectionFor, SelectionOperator, type SelectionClause } from "./parse-selection";

const FN = "selectDocuments";

/** Options of {@link selectDocuments}. */
export interface SelectDocumentsOptions {
  /** Receives an `empty_selection` warning when no document matches (unless `ifEmpty` is "error"). */
  readonly onWarning?: OnWarning;
  /**
   * What a selection matching no document is: "warn" (default: an `empty_selection`
   * warning and no documents) or "error" (an `invalid_argument` error naming the
   * selection, as the CLI's `--where` does).
   */
  readonly ifEmpty?: "warn" | "error";
}

/**
 * The documents matching a selection written `FIELD OP VALUE`, clauses joined by commas
 * (all must hold), as parsed by {@link parseSelection}.
 *
 * Rules:
 * - FIELD is a document field (id, date, speaker, title, source) or a metadata key (party, ...).
 * - OP is one of = != < <= > >=.
 * - `date` compares ISO dates on their common precision: "2001" vs "2001-01-01" compares
 *   "2001" with "2001", so they are equal (`date>=2001-01-01` keeps a document dated
 *   "2001", `date<2001-01-01` drops it), and "2001-03-04" vs "2001" is equal too; so
 *   `date=2001` keeps every date in 2001, and `date<2001-06` keeps "2001-05-31" and
 *   "2000" but not "2001" (equal to "2001-06" at year precision).
 * - Other values compare as numbers when both sides are decimal numbers ("9" < "10"),
 *   else as strings, case-sensitive, in codepoint order.
 * - A document lacking the field (absent, null or "") matches no clause on it, not even
 *   `!=`: `party!=Whig` keeps only documents that have a party other than Whig.
 *
 * @param corpus The documents.
 * @param selection e.g. `party=Democratic, date>=1981` or `speaker="Bush, George W."`.
 * @param options `onWarning` (none), `ifEmpty` ("warn"): a selection matching no document
 *   is reported, naming the clauses that match nothing and the nearest values.
 * @returns The matching documents (the same objects), in corpus order.
 * @throws DiscourseError `invalid_argument` quoting the clause, for an empty selection,
 *   a missing field, operator or value, an unknown operator, an invalid date value, or a
 *   field no document has (listing the fields they have and the nearest: "partyy" ->
 *   "party"); with `ifEmpty: "error"`, for a selection matching no document.
 * @example
 * const recent = selectDocuments(sotuCorpus(), "party=Democratic, date>=1981");
 * const march = selectDocuments(corpus, 'date=2003-03, speaker!="Bush, George W."');
 */
export function selectDocuments(corpus: Corpus, selection: string, options: SelectDocumentsOptions = {}): Document[] {
  const clauses = parseSelectionFor(FN, selection);
  for (const c of clauses) {
    if (corpus.length > 0 && !corpus.some((doc) => fieldValue(doc, c.field) !== undefined)) {
      const known = fieldNames(corpus);
      throw new DiscourseError(
        ErrorCode.invalidArgument,
        `${FN}: clause ${JSON.stringify(c.text)} of selection ${JSON.stringify(selection)} names a field no document has: ${JSON.stringify(c.field)}${didYouMean(c.field, known)}; fields of the documents: ${known.join(", ")}`,
      );
    }
  }
  const tests = clauses.map(clauseTest);
  const out = corpus.filter((doc) => tests.every((t) => t(doc)));
  if (out.length === 0 && corpus.length > 0) {
    const message = `${FN}: selection ${JSON.stringify(selection)} matches none of the ${corpus.length} documents${emptyReason(corpus, clauses, tests)}`;
    if (options.ifEmpty === "error") throw new DiscourseError(ErrorCode.invalidArgument, message);
    options.onWarning?.({ code: "empty_selection", message });
  }
  return out;
}

/** The fields the documents have: document fields, then metadata keys in the order met. */
function fieldNames(corpus: Corpus): string[] {
  const out = new Set<string>();
  for (const doc of corpus) {
    for (const f of DOCUMENT_FIELDS) if (fieldValue(doc, f) !== undefined) out.add(f);
    for (const k of Object.keys(doc.meta)) if (fieldValue(doc, k) !== undefined) out.add(k);
  }
  return [...out];
}

/** Why nothing matched: the clauses that match no document alone (with the nearest value of an = clause), or that they match none together. */
function emptyReason(corpus: Corpus, clauses: readonly SelectionClause[], tests: readonly ((doc: Document) => boolean)[]): string {
  const alone = clauses.filter((_, k) => !corpus.some(tests[k]));
  if (alone.length === 0) return "; each clause matches some, but no document matches them all";
  const parts = alone.map((c) => {
    if (c.op !== SelectionOperator.eq || c.field === "date") return JSON.stringify(c.text);
    const values = [...new Set(corpus.map((doc) => fieldValue(doc, c.field)).filter((v): v is string => v !== undefined))];
    const near = nearestName(c.value, values);
    const hint = near !== undefined ? `did you mean ${JSON.stringify(near)}?` : `values are ${values.slice(0, 5).map((v) => JSON.stringify(v)).join(", ")}${values.length > 5 ? `, ... (${values.length} in all)` : ""}`;
    return `${JSON.stringify(c.text)} (${hint})`;
  });
  return `; no document matches ${parts.join(", ")}`;
}

function clauseTest(c: SelectionClause): (doc: Document) => boolean {
  const compare = c.field === "date" ? compareDatePrefix : compareValues;
  return (doc) => {
    const v = fieldValue(doc, c.field);
    if (v === undefined) return false;
    const k = compare(v, c.value);
    switch (c.op) {
      case SelectionOperator.eq:
        return k === 0;
      case SelectionOperator.ne:
        return k !== 0;
      case SelectionOperator.lt:
        return k < 0;
      case SelectionOperator.le:
        return k <= 0;
      case SelectionOperator.gt:
        return k > 0;
      case SelectionOperator.ge:
        return k >= 0;
    }
  };
}

/** ISO dates compared on their common precision: "2001" = "2001-01-01", "2001-03-04" = "2001". */
function compareDatePrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return cmp(a.slice(0, n), b.slice(0, n));
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Numerically when both parse as finite decimal numbers, else by codepoint. */
function compareValues(a: string, b: string): number {
  if (DECIMAL.test(a) && DECIMAL.test(b)) {
    const x = Number(a);
    const y = Number(b);
    if (Number.isFinite(x) && Number.isFinite(y)) return x < y ? -1 : x > y ? 1 : 0;
  }
  return cmp(a, b);
}

/** Codepoint order: deterministic across locales, unlike localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
