/** The parameters of each section under the shipped report file of the bundled corpus (data/report-sotu.yml). */
import { readFileSync } from "node:fs";
import { parseReportConfig, SOTU_REPORT_CONFIG } from "../../src/recipes/report/report-config";
import { reportSectionParams } from "../../src/recipes/report/report-section-params";
import type { ReportSectionName, ReportSectionParams } from "../../src/recipes/report/report-sections";

export const SOTU_CONFIG = parseReportConfig(readFileSync(SOTU_REPORT_CONFIG, "utf8"), SOTU_REPORT_CONFIG);

export function sotuParams<K extends ReportSectionName>(name: K): ReportSectionParams[K] {
  return reportSectionParams(SOTU_CONFIG, name);
}
