import { createHash } from "node:crypto";
import { SOTU_SOURCE } from "../../ingest/sotu-corpus";
import { sourceSha256 } from "../../ingest/source-sha256";
import type { Corpus } from "../../types";
import type { FullReport } from "../full-report";
import type { ReportConfig } from "./report-config";

/** What {@link reportManifest} needs to know about a report run. */
export interface ReportRun {
  /** The corpus as named: "sotu", a file or a folder. */
  readonly corpus: string;
  /** The report file as named, if any ("sotu" for the shipped one). */
  readonly configFile?: string;
  /** Its path on disk, when it is a file (for its hash). */
  readonly configPath?: string;
  /** The options the report ran with (the command's flags). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** When it was made (ISO 8601): the one field that differs between two runs. */
  readonly generatedAt?: string;
}

/**
 * The manifest of a report (`report.json`): the corpus as named, its SHA-256 on disk (file
 * bytes, or a folder's files; for the bundled corpus its npm package) and the SHA-256 of the
 * documents as read; the report file and its SHA-256; the options; what was read from the
 * corpus (periods, trend grain, news); each section with its parameters; and the time, when
 * given. With the same corpus, file and options, the report is rebuilt byte for byte.
 *
 * @example
 * await writeReport(report, "report", { manifest: reportManifest(report, corpus, config, { corpus: "speeches/" }) });
 */
export function reportManifest(report: FullReport, corpus: Corpus, config: ReportConfig | undefined, run: ReportRun): Record<string, unknown> {
  const docs = createHash("sha256");
  for (const d of corpus) docs.update(JSON.stringify([d.id, d.date ?? null, d.speaker ?? null, d.title ?? null, d.source ?? null, d.meta, d.text]) + "\n");
  const source = run.corpus === "sotu" ? { package: SOTU_SOURCE } : sourceSha256(run.corpus);
  return {
    generator: "discourse-lab report",
    ...(run.generatedAt !== undefined ? { generated_at: run.generatedAt } : {}),
    corpus: { source: run.corpus, ...source, documents: corpus.length, documents_sha256: docs.digest("hex") },
    config: run.configFile === undefined ? null : { file: run.configFile, ...(run.configPath ? { sha256: sourceSha256(run.configPath).sha256 } : {}), content: config ?? {} },
    options: run.options ?? {},
    choices: report.choices,
    sections: report.sections,
  };
}
