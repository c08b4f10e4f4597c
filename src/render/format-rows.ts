import { stringify } from "csv-stringify/sync";
import { argumentError } from "../errors";
import { finiteOrNull } from "../stats/finite-or-null";

/** Output formats of the table-printing commands. */
export const OutputFormat = { table: "table", csv: "csv", jsonl: "jsonl" } as const;
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat];

type Row = Readonly<Record<string, unknown>>;

/**
 * Formats rows for stdout: an aligned text table, RFC 4180 CSV with a header, or one JSON
 * object per line. Numbers print in full precision in csv and jsonl, rounded to 4
 * decimals in the table; a number that is not finite (NaN for an empty group, Infinity
 * for a ratio without denominator) is null in jsonl and an empty cell in csv and the table
 * (`finiteOrNull`, the one NaN/null rule). Same rows, same bytes.
 * @example
 * process.stdout.write(formatRows(termFrequency(corpus, { top: 5 }), ["term", "count"], "csv"));
 * // term,count
 * // the,151266 ...
 */
export function formatRows(rows: readonly Row[], columns: readonly string[], format: string): string {
  switch (format) {
    case OutputFormat.jsonl:
      return rows.map((r) => JSON.stringify(pick(r, columns)) + "\n").join("");
    case OutputFormat.csv:
      return stringify(
        rows.map((r) => columns.map((c) => cell(r[c]))),
        { header: true, columns: [...columns], record_delimiter: "\n" },
      ) || columns.join(",") + "\n";
    case OutputFormat.table:
      return table(rows, columns);
    default:
      throw argumentError("discourse-lab", "option --format", "one of table, csv, jsonl", format);
  }
}

function pick(r: Row, columns: readonly string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const c of columns) o[c] = finiteOrNull(r[c] ?? null);
  return o;
}

function cell(raw: unknown): string {
  const v = finiteOrNull(raw);
  return v === null || v === undefined ? "" : String(v);
}

function table(rows: readonly Row[], columns: readonly string[]): string {
  // A column with any fractional number shows all its numbers with 4 decimals ("400.0000"
  // under "166.6667", not "400"); whole-number columns stay whole.
  const fractional = columns.map((c) => rows.some((r) => typeof r[c] === "number" && Number.isFinite(r[c]) && !Number.isInteger(r[c])));
  const text = rows.map((r) => columns.map((c, k) => {
    const v = r[c];
    if (typeof v === "number" && Number.isFinite(v) && fractional[k]) return v.toFixed(4);
    return cell(v);
  }));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number"));
  const width = columns.map((c, k) => Math.max(c.length, ...text.map((t) => t[k].length)));
  const line = (cells: readonly string[]) =>
    cells.map((s, k) => (numeric[k] ? s.padStart(width[k]) : s.padEnd(width[k]))).join("  ").trimEnd() + "\n";
  return line(columns) + line(width.map((w) => "-".repeat(w))) + text.map(line).join("");
}
