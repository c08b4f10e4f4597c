import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { specJson } from "../../src/chart/spec";
import { termTrendChart } from "../../src/chart/term-trend-chart";
import { formatRows } from "../../src/render/format-rows";
import { writeChart } from "../../src/render/write-chart";
import { BY_DECADE } from "../chart/fixtures";

describe("writeChart", () => {
  test("writes name.vl.json, name.svg and name.png, the same bytes every time", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-chart-"));
    try {
      const spec = termTrendChart(BY_DECADE);
      const paths = await writeChart(spec, path.join(dir, "charts"), "trend");
      expect(paths).toEqual({
        spec: path.join(dir, "charts", "trend.vl.json"),
        svg: path.join(dir, "charts", "trend.svg"),
        png: path.join(dir, "charts", "trend.png"),
      });
      expect(fs.readFileSync(paths.spec, "utf8")).toBe(specJson(spec));
      expect(fs.readFileSync(paths.spec, "utf8").endsWith("}\n")).toBe(true);
      const first = [paths.svg, paths.png].map((p) => fs.readFileSync(p));
      await writeChart(spec, path.join(dir, "charts"), "trend");
      expect([paths.svg, paths.png].map((p) => fs.readFileSync(p))).toEqual(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("with a table, also writes name.csv beside the chart, every row", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-chart-"));
    try {
      const rows = BY_DECADE.map((r) => ({ ...r })); // plain records, as a table holds
      const table = { columns: ["group", "term", "count"], rows };
      const paths = await writeChart(termTrendChart(BY_DECADE), dir, "trend", { table });
      expect(paths.csv).toBe(path.join(dir, "trend.csv"));
      expect(fs.readFileSync(paths.csv!, "utf8")).toBe(formatRows(rows, table.columns, "csv"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a name with a path separator is refused", async () => {
    await expect(writeChart(termTrendChart(BY_DECADE), os.tmpdir(), "../x")).rejects.toThrow(/without path separators/);
  });
});
