import * as fs from "node:fs";
import * as path from "node:path";
import type { Report } from "./report";
import { reportHtml } from "./report-html";
import { writeChart, writeCsv } from "./write-chart";

/**
 * Writes a report to `dir`: for each item `<id>.vl.json`, `<id>.svg`, `<id>.png` and
 * `<id>.csv`, then `index.html` showing every chart with its caption and the head of its
 * table. Same report, same bytes (no timestamps).
 *
 * @returns The paths written, in order.
 * @example
 * await writeReport(quickstart(sotuCorpus()), "out/report");
 */
export async function writeReport(report: Report, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const item of report.items) {
    const files = await writeChart(item.chart, dir, item.id);
    written.push(...Object.values(files));
    const csv = path.join(dir, `${item.id}.csv`);
    await writeCsv(csv, item.table);
    written.push(csv);
  }
  const index = path.join(dir, "index.html");
  fs.writeFileSync(index, reportHtml(report));
  written.push(index);
  return written;
}
