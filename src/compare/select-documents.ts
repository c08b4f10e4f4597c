import type { Corpus, Document, OnWarning } from "../types";
import { fieldValue } from "../group/document-group";
import { parseSelectionFor, SelectionOperator, type SelectionClause } from "./parse-selection";

const FN = "selectDocuments";

/** Options of {@link selectDocuments}. */
export interface SelectDocumentsOptions {
  /** Receives an `unknown_field` warning for a field no document has (nothing then matches). */
  readonly onWarning?: OnWarning;
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
 * @param options `onWarning` (none): `unknown_field` when no document has a field.
 * @returns The matching documents (the same objects), in corpus order.
 * @throws DiscourseError `invalid_argument` quoting the clause, for an empty selection,
 *   a missing field, operator or value, an unknown operator, or an invalid date value.
 * @example
 * const recent = selectDocuments(sotuCorpus(), "party=Democratic, date>=1981");
 * const march = selectDocuments(corpus, 'date=2003-03, speaker!="Bush, George W."');
 */
export function selectDocuments(corpus: Corpus, selection: string, options: SelectDocumentsOptions = {}): Document[] {
  const clauses = parseSelectionFor(FN, selection);
  for (const c of clauses) {
    if (corpus.length > 0 && !corpus.some((doc) => fieldValue(doc, c.field) !== undefined)) {
      options.onWarning?.({ code: "unknown_field", message: `${FN}: no document has a ${JSON.stringify(c.field)}; clause ${JSON.stringify(c.text)} matches nothing` });
    }
  }
  const tests = clauses.map(clauseTest);
  return corpus.filter((doc) => tests.every((t) => t(doc)));
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
