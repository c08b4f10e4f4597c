import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { escapeHtml, reportHtml } from "../../src/render/report-html";
import { htmlTable } from "../../src/render/html-table";
import { interactiveSpec } from "../../src/render/interactive-spec";
import type { Report } from "../../src/render/report";
import { termTrendChart } from "../../src/chart/term-trend-chart";
import { stanceProfileChart } from "../../src/chart/stance-profile-chart";
import { BY_DECADE } from "../chart/fixtures";
import { expectValidVegaLite } from "../chart/schema";

const EVIL = `<script>alert("x" & 'y')</script>`;
/** Stand-ins for the inlined browser builds (the real ones are a megabyte). */
const SCRIPTS = { vega: "window.vega = 1;", vegaLite: "window.vegaLite = 1;", vegaEmbed: "window.vegaEmbed = 1;\n//# sourceMappingURL=vega-embed.min.js.map\n", versions: "vega 0, vega-lite 0, vega-embed 0" };

const report = (over: Partial<Report> = {}, rows: Record<string, unknown>[] = [{ term: "war", count: 3, per_1k: 1 / 3, group_start: null }]): Report => ({
  title: "A report",
  summary: "3 documents, 1861-1871.",
  items: [
    {
      id: "trend",
      title: "Terms across the decades",
      caption: "Rate per 1,000 words.",
      chart: termTrendChart(BY_DECADE),
      table: { columns: ["term", "count", "per_1k", "group_start"], rows },
    },
  ],
  ...over,
});
const html = (r: Report = report()) => reportHtml(r, { scripts: SCRIPTS });

describe("escapeHtml(s)", () => {
  test("escapes & < > \" and ' and leaves other text alone", () => {
    expect(escapeHtml(EVIL)).toBe("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    expect(escapeHtml("plain text, 1,000 words · é")).toBe("plain text, 1,000 words · é");
  });
});

describe("htmlTable(rows, columns)", () => {
  test("numbers right-aligned with their exact value for sorting, fractions to 4 decimals, null and NaN empty", () => {
    expect(htmlTable([{ term: "war", n: 3, r: 1 / 3, x: null, y: NaN }], ["term", "n", "r", "x", "y"])).toBe(
      '<table class="dl-table">\n<thead><tr><th>term</th><th>n</th><th>r</th><th>x</th><th>y</th></tr></thead>\n<tbody>\n' +
        `<tr><td>war</td><td class="num" data-v="3">3</td><td class="num" data-v="${1 / 3}">0.3333</td><td></td><td></td></tr>\n</tbody>\n</table>`,
    );
  });
  test("long text is cut with … and its full text, escaped, in the title; at most maxRows rows, with a caption saying so", () => {
    const long = `${"a".repeat(20)} <b>"bold"</b>`;
    const t = htmlTable([{ s: long }, { s: "b" }, { s: "c" }], ["s"], { maxChars: 10, maxRows: 2 });
    expect(t).toContain(`<td title="${escapeHtml(long)}">aaaaaaaaa…</td>`);
    expect(t).toContain("<caption>first 2 of 3 rows</caption>");
    expect(t).not.toContain("<td>c</td>");
    expect(t).not.toContain("<b>");
  });
});

describe("reportHtml(report)", () => {
  test("is a complete UTF-8 HTML page titled after the report", () => {
    const h = html();
    expect(h.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(h).toContain('<meta charset="utf-8">');
    expect(h).toContain("<title>A report</title>");
    expect(h).toContain("<h1>A report</h1>");
    expect(h.trimEnd().endsWith("</html>")).toBe(true);
  });

  test("each chart: its spec embedded for vega-embed, its PNG as the fallback, links to its spec, SVG, PNG and CSV", () => {
    const h = html();
    expect(h).toContain('<figure class="chart" data-spec="spec-1" data-name="trend">\n<img class="fallback" src="trend.png" alt="Terms across the decades">\n</figure>');
    const embedded = JSON.parse(/<script type="application\/json" id="spec-1">(.*?)<\/script>/.exec(h)![1]);
    expect(embedded).toEqual(JSON.parse(JSON.stringify(interactiveSpec(report().items[0].chart))));
    for (const f of ["trend.vl.json", "trend.svg", "trend.png", "trend.csv"]) expect(h).toContain(`<a href="${f}">`);
    expect(h).toContain('<a href="#trend">Terms across the decades</a>');
  });

  test("tables are sortable HTML tables of every row (up to 500), the CSV linked with the count", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ term: `t${i}`, count: i, per_1k: 0, group_start: null }));
    const h = html(report({}, many));
    expect(h).toContain('<table class="sortable">');
    expect(h.match(/<tr><td>t\d+<\/td>/g)).toHaveLength(40);
    expect(h).toContain("table (CSV, 40 rows)");
    expect(h).toContain("<summary>Table: 40 rows (click a column to sort)</summary>");
  });

  test("the Content-Security-Policy allows exactly its inline scripts (by hash) and no network: no connection, no remote image", () => {
    const h = html();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(h)![1].replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; script-src ('sha256-[A-Za-z0-9+/=]+' ?){4}; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'$/);
    const scripts = [...h.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(4);
    for (const s of scripts) expect(csp).toContain(`'sha256-${createHash("sha256").update(s).digest("base64")}'`);
    expect(h).not.toContain("sourceMappingURL"); // nothing for a browser to fetch
  });

  test("escapes corpus text everywhere: title, summary, item title, caption, id, column names, cells, and the embedded spec's JSON", () => {
    const r = report();
    const chart = termTrendChart([{ ...BY_DECADE[0], term: EVIL }], { terms: [EVIL] });
    const evil: Report = {
      title: EVIL,
      summary: EVIL,
      items: [{ ...r.items[0], chart, id: `x"><script>`, title: EVIL, caption: EVIL, table: { columns: [EVIL, "term"], rows: [{ [EVIL]: EVIL, term: "<b>war</b>" }] } }],
    };
    const h = html(evil);
    const outsideScripts = h.replace(/<script>[\s\S]*?<\/script>/g, "");
    expect(outsideScripts).not.toContain("<script>");
    expect(h).not.toContain("<b>");
    expect(h).not.toContain(`x">`);
    expect(h).toContain("<title>&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;</title>");
    expect(h).toContain("<td>&lt;b&gt;war&lt;/b&gt;</td>");
    expect(h).toContain('<img class="fallback" src="x&quot;&gt;&lt;script&gt;.png"');
    const spec = /<script type="application\/json" id="spec-1">(.*?)<\/script>/.exec(h)![1];
    expect(spec).not.toMatch(/[<>&]/);
    expect(JSON.parse(spec).data.values[0].term).toBe(EVIL);
  });

  test("is pure: the same report gives the same string", () => {
    expect(html()).toBe(html());
  });
});

describe("interactiveSpec(spec) (the page's copy of a chart)", () => {
  test("a chart with a continuous axis zooms and pans: an interval selection bound to its scales, still valid Vega-Lite", () => {
    const spec = interactiveSpec(termTrendChart(BY_DECADE));
    expect(JSON.stringify(spec)).toContain('"bind":"scales"');
    expectValidVegaLite(spec);
  });
  test("a heat map (no continuous axis) is left as it is", () => {
    const heat = stanceProfileChart([{ group: "a", category: "hedge", count: 1, n_words: 10, per_1k: 100, ci_low: 1, ci_high: 200 }]);
    expect(interactiveSpec(heat)).toBe(heat);
  });
});
