import { rowText, type Row } from "./row-text";

/** Where {@link writeRows} writes: a Node writable stream (`process.stdout`, a file stream) or anything with its `write` and `once("drain")`. */
export interface RowSink {
  /** Writes a chunk; `false` asks the writer to wait for "drain" before writing more. */
  write(chunk: string): boolean;
  once?(event: "drain" | "error" | "close", listener: (...args: unknown[]) => void): unknown;
  removeListener?(event: "drain" | "error" | "close", listener: (...args: unknown[]) => void): unknown;
}

/** Text is handed to the sink in chunks of about this many characters (one write per row would cost a system call each). */
const CHUNK = 1 << 16;

/**
 * Writes rows to a stream as they come, in the format of {@link formatRows} and with the
 * same bytes, holding at most one chunk of text (and, for the text table, the first 1,000
 * rows it measures its columns on): output never becomes one string, and a reader that
 * stops early (`| head`) stops the rows being made. Waits for "drain" when the stream asks
 * to (backpressure).
 *
 * @param out A writable stream (`process.stdout`, `fs.createWriteStream(path)`), or any {@link RowSink}.
 * @param rows Any iterable or async iterable of rows, e.g. `kwicIterate(corpus, "iran")`.
 * @param columns The fields printed, in order.
 * @param format "table", "csv" or "jsonl" ({@link OutputFormat}).
 * @returns How many rows were written.
 * @throws DiscourseError `invalid_argument` for an unknown format (before anything is written).
 * @example
 * await writeRows(process.stdout, kwicIterate(corpus, "negotiat*", { window: "sentence" }), KWIC_COLUMNS, "jsonl");
 * await writeRows(fs.createWriteStream("hits.csv"), dispersionHitsIterate(corpus, ["iran"]), DISPERSION_HIT_COLUMNS, "csv");
 */
export async function writeRows(out: RowSink, rows: Iterable<Row> | AsyncIterable<Row>, columns: readonly string[], format: string): Promise<number> {
  const text = rowText(columns, format);
  let pending = "";
  let n = 0;
  const flush = async (): Promise<void> => {
    const chunk = pending;
    pending = "";
    if (chunk !== "" && !out.write(chunk) && out.once) await drained(out);
  };
  if (Symbol.asyncIterator in rows) {
    for await (const r of rows) {
      n++;
      pending += text.push(r);
      if (pending.length >= CHUNK) await flush();
    }
  } else {
    // Synchronous rows are read without a promise per row; the loop yields only to write.
    for (const r of rows) {
      n++;
      pending += text.push(r);
      if (pending.length >= CHUNK) await flush();
    }
  }
  pending += text.end();
  await flush();
  return n;
}

/** Resolves on "drain"; rejects when the stream fails or closes first. */
function drained(out: RowSink): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: unknown) => {
      out.removeListener?.("drain", onDrain);
      out.removeListener?.("error", onError);
      out.removeListener?.("close", onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: unknown) => done(e ?? new Error("write failed"));
    const onClose = () => done(new Error("the output was closed"));
    out.once!("drain", onDrain);
    out.once!("error", onError);
    out.once!("close", onClose);
  });
}
