import { createHash } from "node:crypto";
import { browserScripts, type BrowserScripts } from "./browser-scripts";
import { escapeHtml } from "./escape-html";
import { htmlTable } from "./html-table";
import { interactiveSpec } from "./interactive-spec";
import type { Report } from "./report";
import { REPORT_PAGE_SCRIPT } from "./report-page-script";

export { escapeHtml } from "./escape-html";

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** Rows of each table shown in the page (default 500; the CSV has them all). */
  readonly maxRows?: number;
  /** The browser builds to inline (default: those of the installed vega, vega-lite and vega-embed). */
  readonly scripts?: BrowserScripts;
}

/**
 * The `index.html` of a written report, interactive and offline: every chart drawn in the
 * page by vega-embed from its Vega-Lite spec (tooltips, legends, pan and zoom where an axis
 * is continuous), its PNG shown until then (and kept when scripts do not run), links to its
 * `.vl.json`, `.svg` and `.csv`, and its table as an HTML table sorted by a click on a
 * column. vega, vega-lite and vega-embed are inlined from their npm builds, so the page
 * needs no network; its Content-Security-Policy allows only those scripts (by hash), no
 * connection, no remote image, font or frame. Every piece of corpus text is escaped
 * (speakers, titles, evidence sentences, and the specs' JSON, where `<`, `>` and `&` are
 * written as `\u003c`, `\u003e` and `\u0026`). Pure: same report, same string.
 *
 * @param report A {@link Report} (e.g. {@link fullReport}).
 * @param options See {@link ReportHtmlOptions}.
 * @example
 * fs.writeFileSync("report/index.html", reportHtml(quickstart(corpus)));
 */
export function reportHtml(report: Report, options: ReportHtmlOptions = {}): string {
  const e = escapeHtml;
  const scripts = options.scripts ?? browserScripts();
  const items = report.items
    .map((item, i) => {
      const specId = `spec-${i + 1}`;
      const n = item.table.rows.length;
      return `<section id="${e(item.id)}">
<h2>${e(item.title)}</h2>
<p class="caption">${e(item.caption)}</p>
<figure class="chart" data-spec="${specId}" data-name="${e(item.id)}">
<img class="fallback" src="${e(item.id)}.png" alt="${e(item.title)}">
</figure>
<script type="application/json" id="${specId}">${scriptJson(interactiveSpec(item.chart))}</script>
<p class="files"><a href="${e(item.id)}.vl.json">Vega-Lite spec</a> · <a href="${e(item.id)}.svg">SVG</a> · <a href="${e(item.id)}.png">PNG</a> · <a href="${e(item.id)}.csv">table (CSV, ${n} rows)</a></p>
<details${n <= 25 ? " open" : ""}><summary>Table: ${n} rows (click a column to sort)</summary>
${htmlTable(item.table.rows, item.table.columns, { maxRows: options.maxRows ?? 500, className: "sortable" })}
</details>
</section>`;
    })
    .join("\n");
  const inline = [scripts.vega, scripts.vegaLite, scripts.vegaEmbed, REPORT_PAGE_SCRIPT].map(inlineScript);
  const csp = [
    "default-src 'none'",
    `script-src ${inline.map((s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`).join(" ")}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="discourse-lab (${e(scripts.versions)})">
<title>${e(report.title)}</title>
<style>
body { font-family: "DejaVu Sans", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
figure.chart { margin: 1em 0; overflow-x: auto; }
figure.chart img { max-width: 100%; height: auto; border: 1px solid #ddd; }
.files { font-size: 0.9em; }
.chart-error { color: #a00; font-size: 0.9em; }
table { border-collapse: collapse; font-size: 0.85em; }
caption { text-align: left; font-style: italic; padding: 2px 0; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td[title] { cursor: help; }
table.sortable th { cursor: pointer; background: #f4f4f4; user-select: none; }
table.sortable th[aria-sort="ascending"]::after { content: " \\25B2"; }
table.sortable th[aria-sort="descending"]::after { content: " \\25BC"; }
</style>
</head>
<body>
<h1>${e(report.title)}</h1>
<p>${e(report.summary)}</p>
<nav><ul>
${report.items.map((i) => `<li><a href="#${e(i.id)}">${e(i.title)}</a></li>`).join("\n")}
</ul></nav>
${items}
<p class="files">Made with discourse-lab; charts drawn by ${e(scripts.versions)} (BSD-3-Clause), inlined in this page. <a href="report.json">report.json</a> records how it was made.</p>
${inline.map((s) => `<script>${s}</script>`).join("\n")}
</body>
</html>
`;
}

/** JSON safe inside a `<script type="application/json">` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A script's text for an inline element: no source-map comment (nothing to fetch), no closing tag inside. */
function inlineScript(source: string): string {
  return source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n").replace(/<\/(script)/gi, "<\\/$1");
}
