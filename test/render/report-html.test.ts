import { describe, expect, test } from "vitest";
import { escapeHtml, reportHtml } from "../../src/render/report-html";
import type { Report } from "../../src/render/report";
import { termTrendChart } from "../../src/chart/term-trend-chart";
import { BY_DECADE } from "../chart/fixtures";

const EVIL = `<script>alert("x" & 'y')</script>`;

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

describe("escapeHtml(s)", () => {
  test("escapes & < > \" and ' and leaves other text alone", () => {
    expect(escapeHtml(EVIL)).toBe("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    expect(escapeHtml("plain text, 1,000 words · é")).toBe("plain text, 1,000 words · é");
  });
});

describe("reportHtml(report)", () => {
  test("is a complete UTF-8 HTML page titled after the report", () => {
    const html = reportHtml(report());
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>A report</title>");
    expect(html).toContain("<h1>A report</h1>");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  test("shows each item's PNG and links its spec, SVG and CSV", () => {
    const html = reportHtml(report());
    expect(html).toContain('<img src="trend.png" alt="Terms across the decades">');
    expect(html).toContain('<a href="trend.vl.json">');
    expect(html).toContain('<a href="trend.svg">');
    expect(html).toContain('<a href="trend.csv">table (CSV, 1 rows)</a>');
    expect(html).toContain('<a href="#trend">Terms across the decades</a>');
  });

  test("table cells: numbers rounded to 4 decimals, null as an empty cell", () => {
    const html = reportHtml(report());
    expect(html).toContain("<tr><td>war</td><td>3</td><td>0.3333</td><td></td></tr>");
    expect(html).toContain("<th>term</th><th>count</th><th>per_1k</th><th>group_start</th>");
  });

  test("shows at most the first 15 rows of a table, and says how many of how many", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ term: `t${i}`, count: i, per_1k: 0, group_start: null }));
    const html = reportHtml(report({}, many));
    expect(html.match(/<tr><td>/g)).toHaveLength(15);
    expect(html).toContain("First 15 rows");
    expect(html).toContain("table (CSV, 40 rows)");
  });

  test("escapes <script> in the title, summary, item title, caption, id, column names and cells", () => {
    const r = report();
    const evil: Report = {
      title: EVIL,
      summary: EVIL,
      items: [
        {
          ...r.items[0],
          id: `x"><script>`,
          title: EVIL,
          caption: EVIL,
          table: { columns: [EVIL, "term"], rows: [{ [EVIL]: EVIL, term: "<b>war</b>" }] },
        },
      ],
    };
    const html = reportHtml(evil);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain(`x">`);
    expect(html).toContain("<title>&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;</title>");
    expect(html).toContain("<td>&lt;b&gt;war&lt;/b&gt;</td>");
    expect(html).toContain('<img src="x&quot;&gt;&lt;script&gt;.png"');
  });

  test("is pure: the same report gives the same string", () => {
    expect(reportHtml(report())).toBe(reportHtml(report()));
  });
});
