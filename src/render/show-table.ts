import { argumentError, DiscourseError, ErrorCode } from "../errors";
import { formatRows } from "./format-rows";
import { htmlTable } from "./html-table";
import { kernelChannel } from "./kernel-channel";

/** Options of {@link showTable}. */
export interface ShowTableOptions {
  /** Columns, in order (default: every key of the rows, in order of first appearance; a DataFrame's columns). */
  readonly columns?: readonly string[];
  /** Rows shown (default 100); the output says how many were left out. */
  readonly maxRows?: number;
  /** Characters shown of a text cell (default 80); the full text shows on hover. */
  readonly maxChars?: number;
}

/** Rows of the plain-text copy of a table (the HTML shows `maxRows`). */
export const TABLE_TEXT_ROWS = 40;

/** A danfo.js DataFrame as far as {@link showTable} reads it: its column names and its values, row by row. */
export interface FrameLike {
  readonly columns: readonly string[];
  readonly values: readonly unknown[];
  readonly shape: readonly number[];
}

/** Whether a value is rows (an array of objects) or a DataFrame, for {@link show}. @internal */
export function isTable(x: unknown): x is readonly object[] | FrameLike {
  if (Array.isArray(x)) return x.every((r) => r !== null && typeof r === "object" && !Array.isArray(r));
  return isFrame(x);
}

function isFrame(x: unknown): x is FrameLike {
  const f = x as FrameLike | null;
  return f !== null && typeof f === "object" && Array.isArray(f.columns) && Array.isArray(f.values) && Array.isArray(f.shape);
}

/**
 * Shows rows or a danfo DataFrame as a table in a tslab (Jupyter) notebook: one output whose
 * bundle holds an HTML table (`text/html`: escaped cells, numbers right-aligned, long text
 * cut with the full text on hover) and a plain-text table (`text/plain`, the first
 * {@link TABLE_TEXT_ROWS} rows), so it shows as a table in the classic notebook, JupyterLab,
 * VS Code and `jupyter nbconvert --to html`, and as text where HTML is not shown.
 * `show(rows)` calls it.
 *
 * @param table Rows (objects) or a DataFrame.
 * @param options See {@link ShowTableOptions}.
 * @throws DiscourseError `render` outside a tslab kernel; `invalid_argument` for anything
 *   that is not rows or a DataFrame.
 * @example
 * ```ts
 * // a notebook cell (tslab kernel)
 * await show(kwic(corpus, "ferry"), { columns: ["doc_id", "left", "match", "right"] });
 * ```
 */
export async function showTable(table: readonly object[] | FrameLike, options: ShowTableOptions = {}): Promise<void> {
  const fn = "showTable";
  if (!isTable(table)) throw argumentError(fn, "table", "rows (an array of objects) or a DataFrame", table);
  let rows: Record<string, unknown>[];
  let columns: string[];
  if (isFrame(table)) {
    columns = [...table.columns].map(String);
    rows = table.values.map((v) => Object.fromEntries(columns.map((c, i) => [c, (v as readonly unknown[])[i]])));
  } else {
    rows = table as Record<string, unknown>[];
    columns = [];
    const seen = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) columns.push(k), seen.add(k);
  }
  if (options.columns !== undefined) columns = [...options.columns];
  const maxRows = options.maxRows ?? 100;
  const channel = kernelChannel();
  if (channel === undefined) {
    throw new DiscourseError(ErrorCode.render, `${fn}: no tslab kernel is running, so there is no notebook to show the table in; outside a notebook use formatRows(rows, columns, "table")`);
  }
  const html = `<div class="dl-table-wrap">${htmlTable(rows, columns, { maxRows, maxChars: options.maxChars ?? 80 })}</div>`;
  const more = rows.length > TABLE_TEXT_ROWS ? `... ${rows.length - TABLE_TEXT_ROWS} more rows (${rows.length} in all)\n` : "";
  const text = formatRows(rows.slice(0, TABLE_TEXT_ROWS), columns, "table") + more;
  if (channel.kind === "public") {
    if (typeof channel.display.html !== "function") throw new DiscourseError(ErrorCode.render, `${fn}: this tslab has no way to display HTML`);
    channel.display.html.call(channel.display, html);
    return;
  }
  channel.write({ data: { "text/html": html, "text/plain": text }, metadata: {}, transient: {} }, false);
}
