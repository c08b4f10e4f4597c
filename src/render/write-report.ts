import * as fs from "node:fs";
import * as path from "node:path";
import type { Report } from "./report";
import { reportHtml } from "./report-html";
import { writeChart, writeCsv } from "./write-chart";

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  /**
   * What `report.json` records besides the items: the corpus and its hash, the report file,
   * the options, the time (see `reportManifest`). Its keys come first in the file.
   */
  readonly manifest?: Readonly<Record<string, unknown>>;
}

/**
 * Writes a report to `dir`: for each item `<id>.vl.json`, `<id>.svg`, `<id>.png` and
 * `<id>.csv`, then `index.html` (interactive and offline, {@link reportHtml}) and
 * `report.json`: the `manifest` given, discourse-lab's version, and each item's id, title
 * and files. Same report and manifest, same bytes (a time is written only when the manifest
 * holds one).
 *
 * @returns The paths written, in order.
 * @example
 * await writeReport(quickstart(corpus), "out/report");
 */
export async function writeReport(report: Report, dir: string, options: WriteReportOptions = {}): Promise<string[]> {
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
  const manifest = {
    ...options.manifest,
    discourse_lab: packageVersion(),
    title: report.title,
    items: report.items.map((i) => ({ id: i.id, title: i.title, rows: i.table.rows.length, files: [`${i.id}.vl.json`, `${i.id}.svg`, `${i.id}.png`, `${i.id}.csv`] })),
  };
  const json = path.join(dir, "report.json");
  fs.writeFileSync(json, JSON.stringify(manifest, null, 2) + "\n");
  written.push(json);
  return written;
}

/** discourse-lab's version, from its package.json (src/render and dist/render are both two folders down). */
function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
}
