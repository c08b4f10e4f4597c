import { describe, expect, test } from "vitest";
import { topTermsChart } from "../../src/chart/top-terms-chart";
import { chartPng } from "../../src/render/chart-png";
import { chartSvg } from "../../src/render/chart-svg";
import { UNGROUPED } from "../chart/fixtures";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function svgSize(svg: string): [number, number] {
  const m = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  if (!m) throw new Error("no svg size");
  return [Number(m[1]), Number(m[2])];
}

describe("chartPng", () => {
  test("gives a PNG twice the SVG size by default, identical across renders", async () => {
    const svg = await chartSvg(topTermsChart(UNGROUPED));
    const [w, h] = svgSize(svg);
    const a = await chartPng(svg);
    expect(a.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([2 * w, 2 * h]);
    const b = await chartPng(svg);
    expect(b.equals(a)).toBe(true);
  });

  test("renders from a spec with a chosen scale", async () => {
    const spec = topTermsChart(UNGROUPED);
    const [w, h] = svgSize(await chartSvg(spec));
    const png = await chartPng(spec, { scale: 1 });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
  });

  test("bad input and scale throw invalid_argument", async () => {
    await expect(chartPng("not svg")).rejects.toThrow(/a Vega-Lite spec or SVG text/);
    await expect(chartPng(topTermsChart(UNGROUPED), { scale: 0 })).rejects.toThrow(/option "scale"/);
  });
});
