import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { VEGA_LITE_SCHEMA } from "../../src/chart/spec";
import { CHART_FONT, chartConfig } from "../../src/chart/theme";

describe("theme", () => {
  test("$schema names the major version of the installed vega-lite", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../node_modules/vega-lite/package.json"), "utf8")) as { version: string };
    expect(VEGA_LITE_SCHEMA).toBe(`https://vega.github.io/schema/vega-lite/v${pkg.version.split(".")[0]}.json`);
  });

  test("chartConfig returns a fresh copy with the DejaVu Sans font", () => {
    const a = chartConfig();
    expect(a.font).toBe(CHART_FONT);
    (a.range as { category: string[] }).category.push("#fff");
    expect((chartConfig().range as { category: string[] }).category).toHaveLength(8);
  });

  test("builders hard-code no colours or fonts", () => {
    const dir = path.join(__dirname, "../../src/chart");
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "theme.ts")) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      expect(text, f).not.toMatch(/#[0-9a-fA-F]{3,6}\b|DejaVu|font/);
    }
  });
});
