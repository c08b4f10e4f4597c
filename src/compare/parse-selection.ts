import { DiscourseError, ErrorCode, invalidDateReason } from "../errors";

/** Comparison operators of a selection clause, one list serving types, parsing and docs. */
export const SelectionOperator = {
  eq: "=",
  ne: "!=",
  lt: "<",
  le: "<=",
  gt: ">",
  ge: ">=",
} as const;
export type SelectionOperator = (typeof SelectionOperator)[keyof typeof SelectionOperator];

/** One `FIELD OP VALUE` clause of a selection. */
export interface SelectionClause {
  /** A document field (id, date, speaker, title, source) or a metadata key. */
  readonly field: string;
  readonly op: SelectionOperator;
  /** The value, unquoted. */
  readonly value: string;
  /** The clause as written, trimmed (for messages). */
  readonly text: string;
}

const OPERATORS = Object.values(SelectionOperator) as readonly string[];
const OP_CHARS = "=!<>";

/**
 * Parses a document selection: clauses `FIELD OP VALUE` joined by commas (all must hold),
 * OP one of = != < <= > >=. A field or value may be written in double quotes to hold
 * commas, spaces or operator characters (`\"` and `\\` escape inside quotes); unquoted
 * ones are trimmed. A `date` value must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).
 *
 * @param selection The selection text, e.g. `party=Democratic, date>=1981`.
 * @returns The clauses in the order written.
 * @throws DiscourseError `invalid_argument`, quoting the offending clause, for an empty
 *   selection or clause, a missing field, operator or value, an unknown operator
 *   ("==", "=>", "<>"), an unterminated quote, or an invalid date.
 * @example
 * parseSelection('speaker="Bush, George W.", date>=2001-09');
 * // [{ field: "speaker", op: "=", value: "Bush, George W.", text: 'speaker="Bush, George W."' },
 * //  { field: "date", op: ">=", value: "2001-09", text: "date>=2001-09" }]
 */
export function parseSelection(selection: string): SelectionClause[] {
  return parseSelectionFor("parseSelection", selection);
}

/** {@link parseSelection} with errors naming the calling function `fn`. @internal */
export function parseSelectionFor(fn: string, selection: string): SelectionClause[] {
  if (typeof selection !== "string" || selection.trim() === "") {
    throw new DiscourseError(ErrorCode.invalidArgument, `${fn}: selection must be FIELD OP VALUE clauses joined by commas; got ${JSON.stringify(selection ?? null)}`);
  }
  const s = selection;
  const n = s.length;
  const clauses: SelectionClause[] = [];
  let pos = 0;
  for (;;) {
    const from = pos;
    const clauseText = (): string => {
      // The clause as written: up to the next comma outside quotes (for messages).
      let i = from;
      let quoted = false;
      for (; i < n; i++) {
        const c = s[i];
        if (c === "\\" && quoted) i++;
        else if (c === '"') quoted = !quoted;
        else if (c === "," && !quoted) break;
      }
      return s.slice(from, i).trim();
    };
    const fail = (problem: string): never => {
      throw new DiscourseError(ErrorCode.invalidArgument, `${fn}: clause ${JSON.stringify(clauseText())} of selection ${JSON.stringify(selection)} ${problem}`);
    };

    // FIELD
    pos = skipSpace(s, pos);
    let field: string;
    if (s[pos] === '"') {
      const q = readQuoted(s, pos);
      if (q === undefined) fail("has an unterminated quote");
      field = q!.value;
      pos = skipSpace(s, q!.end);
    } else {
      const start = pos;
      while (pos < n && !OP_CHARS.includes(s[pos]) && s[pos] !== ",") pos++;
      field = s.slice(start, pos).trim();
    }
    if (pos >= n || s[pos] === ",") {
      if (field === "") fail("is empty");
      fail(`has no operator (one of ${OPERATORS.join(" ")})`);
    }
    if (field === "") fail("has no field before the operator");

    // OP: the whole run of operator characters must be one operator.
    const opStart = pos;
    while (pos < n && OP_CHARS.includes(s[pos])) pos++;
    const op = s.slice(opStart, pos);
    if (op === "") fail(`has no operator (one of ${OPERATORS.join(" ")}) after its field`);
    if (!OPERATORS.includes(op)) fail(`has unknown operator ${JSON.stringify(op)}; expected one of ${OPERATORS.join(" ")}`);

    // VALUE
    pos = skipSpace(s, pos);
    let value: string;
    if (s[pos] === '"') {
      const q = readQuoted(s, pos);
      if (q === undefined) fail("has an unterminated quote");
      value = q!.value;
      pos = skipSpace(s, q!.end);
      if (pos < n && s[pos] !== ",") fail("has text after its quoted value");
    } else {
      const start = pos;
      while (pos < n && s[pos] !== ",") pos++;
      value = s.slice(start, pos).trim();
      if (value.includes('"')) fail("has a quote inside an unquoted value");
    }
    if (value === "") fail(`has no value after ${JSON.stringify(op)}`);
    if (field === "date") {
      const why = invalidDateReason(value);
      if (why) fail(`compares with an invalid date: ${why}`);
    }
    clauses.push({ field, op: op as SelectionOperator, value, text: clauseText() });
    if (pos >= n) return clauses;
    pos++; // the comma
  }
}

function skipSpace(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === " " || s[pos] === "\t" || s[pos] === "\n" || s[pos] === "\r")) pos++;
  return pos;
}

/** Reads `"..."` at `pos` (`\"` and `\\` escapes); undefined when unterminated. */
function readQuoted(s: string, pos: number): { value: string; end: number } | undefined {
  let value = "";
  for (let i = pos + 1; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length) value += s[++i];
    else if (c === '"') return { value, end: i + 1 };
    else value += c;
  }
  return undefined;
}
