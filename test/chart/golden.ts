/**
 * Golden spec files in test/chart/golden/*.vl.json. With UPDATE_GOLDEN=1 the files are
 * (re)written; otherwise the spec must equal the stored text byte for byte.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import { specJson, type ChartSpec } from "../../src/chart/spec";

const DIR = path.join(__dirname, "golden");

export function expectGolden(name: string, spec: ChartSpec): void {
  const file = path.join(DIR, `${name}.vl.json`);
  const text = specJson(spec);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden ${file} is missing; run with UPDATE_GOLDEN=1 to write it`);
  expect(text).toBe(fs.readFileSync(file, "utf8"));
}
