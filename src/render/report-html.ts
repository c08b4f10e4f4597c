import { finiteOrNull } from "../stats/finite-or-null";
import type { Report } from "./report";

const PREVIEW_ROWS = 15;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * The `index.html` of a written report: every chart as its PNG (shown by any browser,
 * offline), with links to the Vega-Lite spec, the SVG and the CSV, and the first rows of
 * each table. Pure: same report, same string.
 * @example
 * fs.writeFileSync("index.html", reportHtml(quickstart(sotuCorpus())));
 */
export function reportHtml(report: Report): string {
  const e = escapeHtml;
  const items = report.items
    .map((item) => {
      const head = item.table.columns.map((c) => `<th>${e(c)}</th>`).join("");
      const body = item.table.rows
        .slice(0, PREVIEW_ROWS)
        .map((r) => "<tr>" + item.table.columns.map((c) => `<td>${e(cell(r[c]))}</td>`).join("") + "</tr>")
        .join("\n");
      return `<section id="${e(item.id)}">
<h2>${e(item.title)}</h2>
<p>${e(item.caption)}</p>
<img src="${e(item.id)}.png" alt="${e(item.title)}">
<p class="files"><a href="${e(item.id)}.vl.json">Vega-Lite spec</a> · <a href="${e(item.id)}.svg">SVG</a> · <a href="${e(item.id)}.csv">table (CSV, ${item.table.rows.length} rows)</a></p>
<details><summary>First ${Math.min(PREVIEW_ROWS, item.table.rows.length)} rows</summary>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</details>
</section>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(report.title)}</title>
<style>
body { font-family: "DejaVu Sans", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
img { max-width: 100%; height: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 0.85em; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
.files { font-size: 0.9em; }
</style>
</head>
<body>
<h1>${e(report.title)}</h1>
<p>${e(report.summary)}</p>
<nav><ul>
${report.items.map((i) => `<li><a href="#${e(i.id)}">${e(i.title)}</a></li>`).join("\n")}
</ul></nav>
${items}
</body>
</html>
`;
}

function cell(raw: unknown): string {
  const v = finiteOrNull(raw); // the one NaN/null rule (stats/finite-or-null)
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && !Number.isInteger(v)) return v.toFixed(4);
  return String(v);
}
