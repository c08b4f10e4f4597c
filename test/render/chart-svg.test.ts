import { describe, expect, test } from "vitest";
import { termTrendChart } from "../../src/chart/term-trend-chart";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { DiscourseError } from "../../src/errors";
import { chartSvg } from "../../src/render/chart-svg";
import { BY_DECADE, UNGROUPED } from "../chart/fixtures";

describe("chartSvg", () => {
  test("renders the terms and the DejaVu Sans font into the SVG", async () => {
    const svg = await chartSvg(topTermsChart(UNGROUPED));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(">liberty</text>");
    expect(svg).toContain("Top 10 terms by count");
    expect(svg).toContain("DejaVu Sans");
  });

  test("rendering twice gives byte-identical SVG", async () => {
    const spec = termTrendChart(BY_DECADE);
    expect(await chartSvg(spec)).toBe(await chartSvg(spec));
  });

  test("year labels are the period starts whatever the time zone (UTC axis)", async () => {
    // The test script pins TZ=America/Los_Angeles, where local-time labels would read 1789.
    const svg = await chartSvg(termTrendChart(BY_DECADE));
    expect(svg).toContain(">1790</text>");
    expect(svg).not.toContain(">1789</text>");
  });

  test("an empty chart still renders", async () => {
    expect(await chartSvg(topTermsChart([]))).toContain("(no data)");
  });

  test("data URLs are refused: no network or file access", async () => {
    const spec = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { url: "https://example.org/data.json" }, mark: "point" };
    await expect(chartSvg(spec)).rejects.toThrow(/only inline data/);
  });

  test("a spec Vega-Lite cannot compile is a render error", async () => {
    await expect(chartSvg({ mark: { type: "nope" }, data: { values: [] } })).rejects.toMatchObject({ name: "DiscourseError", code: "render" });
    await expect(chartSvg(null as never)).rejects.toBeInstanceOf(DiscourseError);
  });
});

test("chartSvg refuses image URLs too", async () => {
  const spec = { data: { values: [{ u: "https://example.org/a.png" }] }, mark: "image", encoding: { url: { field: "u" } }, width: 20, height: 20 };
  await expect(chartSvg(spec)).rejects.toThrow(/only inline data/);
});

test("chartSvg gives the same bytes for the same spec however many charts the process drew (gradient ids)", async () => {
  const spec = {
    data: { values: [{ x: 1, y: 1, c: -2 }, { x: 2, y: 3, c: 2 }] },
    mark: "point",
    encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, color: { field: "c", type: "quantitative" } },
  };
  const first = await chartSvg(spec);
  expect(first).toContain('id="gradient_0"');
  expect(await chartSvg(spec)).toBe(first);
});
