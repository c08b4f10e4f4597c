/** Where bad records go: thrown, or skipped and reported; and the duplicate-id registry. Internal. */
import type { Warning } from "../types";
import { DiscourseError, ErrorCode, describe, inputError } from "../errors";
import type { IngestSettings } from "./ingest-options";

/** Collects the outcome of each record of one reader call. */
export class RecordSink {
  private readonly seen = new Map<string, string>();

  constructor(readonly settings: IngestSettings) {}

  /** Throws `error`, or (with skipInvalid) reports the record as skipped and returns. */
  reject(error: DiscourseError): void {
    if (!this.settings.skipInvalid) throw error;
    this.warn({
      code: error.code,
      message: `${error.message} (record skipped)`,
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.line === undefined ? {} : { line: error.line }),
    });
  }

  /** Passes `warning` to onWarning, if any. */
  warn(warning: Warning): void {
    this.settings.onWarning?.(warning);
  }

  /**
   * Registers `id`, found at `where` ("line 3", "a/b.txt"). Returns false, after rejecting
   * the record as a duplicate naming both places, when the id was seen before.
   */
  claim(id: string, where: string, file?: string, line?: number): boolean {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, where);
      return true;
    }
    this.reject(inputError(`duplicate id ${describe(id)} (at ${where}; first at ${first})`, file, line, ErrorCode.duplicateId));
    return false;
  }
}
