/**
 * The text of rows in each output format, produced row by row: what `formatRows` collects
 * into a string and `writeRows` writes to a stream as it goes. Same rows, same bytes,
 * whichever of the two is used.
 * @internal
 */
import { stringify } from "csv-stringify/sync";
import { argumentError } from "../errors";
import { finiteOrNull } from "../stats/finite-or-null";

/** Output formats of the table-printing commands. */
export const OutputFormat = { table: "table", csv: "csv", jsonl: "jsonl" } as const;
export type OutputFormat = (typeof OutputFormat)[keyof typeof OutputFormat];

/** A row: any object; the columns name the fields printed. */
export type Row = Readonly<Record<string, unknown>>;

/** Rows the text table measures its columns on; later rows are fitted to those widths. @internal */
export const TABLE_SAMPLE_ROWS = 1000;
/** Widest column of the text table, in characters; longer cells are cut and end in "…". @internal */
export const TABLE_MAX_WIDTH = 200;

/**
 * Turns rows into text one at a time: `push(row)` returns the text ready to write (empty
 * while the table is still taking its sample), `end()` whatever is left. Holds at most
 * {@link TABLE_SAMPLE_ROWS} rows, never all of them.
 * @internal
 */
export interface RowText {
  push(row: Row): string;
  end(): string;
}

/** The row formatter of a format; throws naming the option for an unknown one. @internal */
export function rowText(columns: readonly string[], format: string): RowText {
  switch (format) {
    case OutputFormat.jsonl:
      return { push: (r) => JSON.stringify(pick(r, columns)) + "\n", end: () => "" };
    case OutputFormat.csv: {
      let header = csvLine([...columns]);
      return {
        push: (r) => {
          const out = header + csvLine(columns.map((c) => cell(r[c])));
          header = "";
          return out;
        },
        end: () => {
          const out = header;
          header = "";
          return out;
        },
      };
    }
    case OutputFormat.table:
      return new TableText(columns);
    default:
      throw argumentError("discourse-lab", "option --format", "one of table, csv, jsonl", format);
  }
}

function csvLine(cells: readonly string[]): string {
  return stringify([cells], { record_delimiter: "\n" });
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

/**
 * The aligned text table. Column widths, alignment (numbers right) and number style (a
 * column with any fractional number shows 4 decimals) come from the first
 * {@link TABLE_SAMPLE_ROWS} rows; a later cell wider than its column is cut to fit and ends
 * in "…", as is any cell over {@link TABLE_MAX_WIDTH} characters. Line breaks and tabs in a
 * cell show as spaces, so one row is one line.
 */
class TableText implements RowText {
  private sample: Row[] | null = [];
  private width: number[] = [];
  private numeric: boolean[] = [];
  private fractional: boolean[] = [];

  constructor(private readonly columns: readonly string[]) {}

  push(row: Row): string {
    if (this.sample !== null) {
      this.sample.push(row);
      return this.sample.length < TABLE_SAMPLE_ROWS ? "" : this.flush();
    }
    return this.line(this.cells(row));
  }

  end(): string {
    return this.sample === null ? "" : this.flush();
  }

  /** Measures the sample, then writes the header, its rule and the sampled rows. */
  private flush(): string {
    const rows = this.sample!;
    this.sample = null;
    const cols = this.columns;
    this.fractional = cols.map((c) => rows.some((r) => typeof r[c] === "number" && Number.isFinite(r[c]) && !Number.isInteger(r[c])));
    this.numeric = cols.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number"));
    const text = rows.map((r) => this.cells(r));
    // Widest cell per column by a loop: a spread of one argument per row overflows the stack.
    this.width = cols.map((c, k) => {
      let w = c.length;
      for (const t of text) if (t[k].length > w) w = t[k].length;
      return Math.min(w, Math.max(c.length, TABLE_MAX_WIDTH));
    });
    let out = this.line(cols) + this.line(this.width.map((w) => "-".repeat(w)));
    for (const t of text) out += this.line(t);
    return out;
  }

  private cells(r: Row): string[] {
    return this.columns.map((c, k) => {
      const v = r[c];
      if (typeof v === "number" && Number.isFinite(v) && (this.fractional[k] || !Number.isInteger(v))) return v.toFixed(4);
      const s = cell(v);
      return ONE_LINE.test(s) ? s.replace(/[\r\n\t\v\f\u2028\u2029]/g, " ") : s;
    });
  }

  private line(cells: readonly string[]): string {
    return cells.map((s, k) => (this.numeric[k] ? s.padStart(this.width[k]) : fit(s, this.width[k]).padEnd(this.width[k]))).join("  ").trimEnd() + "\n";
  }
}

const ONE_LINE = /[\r\n\t\v\f\u2028\u2029]/;

/** A cell cut to `width` characters, ending in "…" when cut; never splits a surrogate pair. */
function fit(s: string, width: number): string {
  if (s.length <= width) return s;
  let k = width - 1;
  const c = s.charCodeAt(k - 1);
  if (c >= 0xd800 && c <= 0xdbff) k--;
  return s.slice(0, k) + "…";
}
