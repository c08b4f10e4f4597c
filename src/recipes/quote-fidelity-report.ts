import { quoteFidelity, type QuoteFidelityOptions, type QuoteFidelityRow } from "../measure/voices/quote-fidelity";
import { fidelityHtml } from "../render/fidelity-html";

/** What {@link quoteFidelityReport} returns. */
export interface QuoteFidelityReport {
  /** One row per quote ({@link QUOTE_FIDELITY_COLUMNS}). */
  readonly rows: readonly QuoteFidelityRow[];
  /** Report and transcript side by side with the differences marked ({@link fidelityHtml}). */
  readonly html: string;
}

/**
 * Quote fidelity of a report against a transcript, as rows and as an HTML view: what
 * `discourse-lab voices fidelity` writes.
 *
 * @param report - The report as read.
 * @param transcript - The transcript as read.
 * @param options - Those of {@link quoteFidelity} (`published` required).
 * @example
 * const { rows, html } = quoteFidelityReport(report, transcript, { published: "2026-04-17" });
 */
export function quoteFidelityReport(report: string, transcript: string, options: QuoteFidelityOptions): QuoteFidelityReport {
  const rows = quoteFidelity(report, transcript, options);
  return { rows, html: fidelityHtml(report, transcript, rows) };
}
