import { finiteOrNull } from "../stats/finite-or-null";
import { escapeHtml } from "./escape-html";

/** Options of {@link htmlTable}. */
export interface HtmlTableOptions {
  /** Rows shown (default 500); a caption says how many were left out. */
  readonly maxRows?: number;
  /** Characters shown of a text cell (default 120); the full text is its `title` (shown on hover). */
  readonly maxChars?: number;
  /** Class of the table element (default "dl-table"). */
  readonly className?: string;
}

/**
 * Rows as an HTML table: a header of the columns, then one row per row, every value escaped
 * (corpus text can hold markup). Numbers are right-aligned, fractions shown with 4 decimals
 * (the full value in `data-v`, so a sort by column is exact); NaN and null are empty cells
 * (`finiteOrNull`). Text longer than `maxChars` is cut with "…" and its full text set as the
 * cell's `title`. Pure: same rows, same string.
 *
 * @param rows Plain row objects.
 * @param columns Column order.
 * @param options See {@link HtmlTableOptions}.
 * @example
 * htmlTable([{ term: "<b>", n: 2 }], ["term", "n"]);
 * // '<table class="dl-table">\n<thead><tr><th>term</th><th>n</th></tr></thead>\n<tbody>\n<tr><td>&lt;b&gt;</td><td class="num" data-v="2">2</td></tr>\n</tbody>\n</table>'
 */
export function htmlTable(rows: readonly Readonly<Record<string, unknown>>[], columns: readonly string[], options: HtmlTableOptions = {}): string {
  const maxRows = options.maxRows ?? 500;
  const maxChars = options.maxChars ?? 120;
  const e = escapeHtml;
  const shown = rows.slice(0, maxRows);
  const body = shown.map((r) => "<tr>" + columns.map((c) => cellHtml(r[c], maxChars)).join("") + "</tr>").join("\n");
  const caption = rows.length > shown.length ? `<caption>first ${shown.length} of ${rows.length} rows</caption>\n` : "";
  return `<table class="${e(options.className ?? "dl-table")}">\n${caption}<thead><tr>${columns.map((c) => `<th>${e(c)}</th>`).join("")}</tr></thead>\n<tbody>\n${body}${body ? "\n" : ""}</tbody>\n</table>`;
}

function cellHtml(raw: unknown, maxChars: number): string {
  const v = finiteOrNull(raw);
  if (v === null || v === undefined) return "<td></td>";
  if (typeof v === "number") return `<td class="num" data-v="${v}">${Number.isInteger(v) ? v : v.toFixed(4)}</td>`;
  const s = typeof v === "object" ? JSON.stringify(v) : String(v);
  const chars = [...s];
  if (chars.length <= maxChars) return `<td>${escapeHtml(s)}</td>`;
  return `<td title="${escapeHtml(s)}">${escapeHtml(chars.slice(0, maxChars - 1).join(""))}…</td>`;
}
