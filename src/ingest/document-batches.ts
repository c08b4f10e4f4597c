import type { Document } from "../types";

/**
 * The documents of a stream in batches of about `maxChars` characters of text (a batch
 * ends with the document that reaches the size), in order; always at least one batch, empty
 * when there are no documents, so a consumer of batches still runs once. What the counting
 * of partial tables, its worker threads and `kwicStream` cut a streamed corpus into: memory
 * holds one batch, not the corpus.
 * @internal
 */
export async function* documentBatches(docs: AsyncIterable<Document> | Iterable<Document>, maxChars: number): AsyncGenerator<Document[], void, undefined> {
  let batch: Document[] = [];
  let chars = 0;
  let batches = 0;
  for await (const doc of docs) {
    batch.push(doc);
    chars += doc.text.length;
    if (chars >= maxChars) {
      batches++;
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0 || batches === 0) yield batch;
}
