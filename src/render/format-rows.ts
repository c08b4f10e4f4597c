import { rowText, type Row } from "./row-text";

export { OutputFormat } from "./row-text";

/**
 * Formats rows for stdout: an aligned text table, RFC 4180 CSV with a header, or one JSON
 * object per line. Numbers print in full precision in csv and jsonl, rounded to 4
 * decimals in the table; a number that is not finite (NaN for an empty group, Infinity
 * for a ratio without denominator) is null in jsonl and an empty cell in csv and the table
 * (`finiteOrNull`, the one NaN/null rule). Same rows, same bytes.
 *
 * The table measures its columns on the first 1,000 rows; a later cell wider than its
 * column is cut to fit and ends in "…", as is any cell over 200 characters (csv and jsonl
 * never cut). Line breaks in a table cell show as spaces. For many rows, or rows that
 * arrive one at a time, {@link writeRows} writes the same bytes to a stream as it goes
 * instead of building one string.
 * @example
 * process.stdout.write(formatRows(termFrequency(corpus, { top: 5 }), ["term", "count"], "csv"));
 * // term,count
 * // the,151266 ...
 */
export function formatRows(rows: Iterable<Row>, columns: readonly string[], format: string): string {
  const text = rowText(columns, format);
  const parts: string[] = [];
  for (const r of rows) {
    const s = text.push(r);
    if (s !== "") parts.push(s);
  }
  parts.push(text.end());
  return parts.join("");
}
