import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { jsonlDocuments, type JsonlDocumentsOptions } from "../ingest/jsonl-documents";
import { languageSetter, type WithLanguagesOptions } from "../ingest/with-languages";
import { TermCounter, type CounterState, type TermFrequencyOptions, type TermFrequencyRow } from "../measure/term-counter";
import type { DocumentGroup } from "../group/document-group";
import type { Document } from "../types";
import { checkInteger } from "../errors";
import type { WorkerMessage } from "./term-frequency-worker";

/** Options of {@link termFrequencyFile}. */
export interface TermFrequencyFileOptions
  extends TermFrequencyOptions,
    Pick<JsonlDocumentsOptions, "metaFile" | "skipInvalid" | "encoding" | "dateOrder">,
    WithLanguagesOptions {
  /** Worker threads counting in parallel. Default: the available cores, at most 4 (1 = count in this thread). */
  readonly threads?: number;
  /** Called after each document is read (for progress bars). */
  readonly onDocument?: (index: number, doc: Document) => void;
}

const BATCH_CHARS = 2_000_000;
const IN_FLIGHT = 2;

/**
 * {@link termFrequency} over a JSON Lines file, streamed: documents are read, checked and
 * grouped in this thread, their texts counted by worker threads, and the counts merged.
 * Memory stays bounded by the vocabulary (a few batches of text in flight), so files far
 * larger than memory work. Gives exactly the rows `termFrequency(await loadCorpus(file,
 * options))` gives: the same reading options (`metaFile`, `skipInvalid`, `encoding`,
 * `dateOrder`) and the same languages (`meta.lang`: a document's own, else `lang`, else
 * detected). Languages are detected only when the counts read them (stopwords following
 * each document's language, grouping or splitting by "lang"): detection costs about a
 * millisecond a document, and term counts do not depend on it otherwise.
 *
 * @param file A JSON Lines file in the format of `jsonlDocuments`.
 * @param options As for {@link termFrequency}, plus `metaFile`, `skipInvalid`, `encoding`,
 *   `dateOrder`, `lang`, `minLetters`, `threads` and `onDocument`.
 * @returns Rows with the columns `TERM_FREQUENCY_COLUMNS`.
 * @example
 * const rows = await termFrequencyFile("speeches.jsonl", { by: "decade", top: 20 });
 */
export async function termFrequencyFile(file: string, options: TermFrequencyFileOptions = {}): Promise<TermFrequencyRow[]> {
  const { threads: threadOption, onDocument, metaFile, skipInvalid, encoding, dateOrder, lang, minLetters, ...counting } = options;
  const workerFile = path.join(__dirname, "term-frequency-worker.js");
  const threads =
    threadOption === undefined
      ? Math.min(4, os.availableParallelism?.() ?? os.cpus().length)
      : checkInteger("termFrequencyFile", 'option "threads"', threadOption, 1, 64);
  const main = new TermCounter("termFrequencyFile", counting); // validates options before reading
  const reading = { metaFile, skipInvalid, encoding, dateOrder, onWarning: counting.onWarning };
  const languageOf = languageSetter("termFrequencyFile", { lang, minLetters }, main.readsLanguage);
  const docs = withLanguageEach(jsonlDocuments(file, reading), languageOf);
  // Workers need the compiled worker file; from TypeScript sources (tests) count here.
  if (threads === 1 || !fs.existsSync(workerFile)) {
    let i = 0;
    for await (const doc of docs) {
      main.add(doc);
      onDocument?.(i++, doc);
    }
    return main.rows();
  }
  const { onWarning: _drop, ...workerOptions } = counting; // functions cannot cross threads
  const pool = Array.from({ length: threads }, () => startWorker(workerFile, workerOptions));
  try {
    let texts: string[] = [];
    let groups: DocumentGroup[] = [];
    let dates: (string | null)[] = [];
    let langs: (string | undefined)[] = [];
    let chars = 0;
    let next = 0;
    let i = 0;
    const flush = async (): Promise<void> => {
      const w = pool[next++ % pool.length];
      await w.ready(IN_FLIGHT);
      w.send({ texts, groups, dates, langs });
      texts = [];
      groups = [];
      dates = [];
      langs = [];
      chars = 0;
    };
    for await (const doc of docs) {
      texts.push(doc.text);
      groups.push(main.groupOf(doc));
      dates.push(doc.date ?? null);
      langs.push(typeof doc.meta.lang === "string" ? doc.meta.lang : undefined);
      chars += doc.text.length;
      onDocument?.(i++, doc);
      if (chars >= BATCH_CHARS) await flush();
    }
    if (texts.length > 0) await flush();
    const states = await Promise.all(pool.map((w) => w.finish()));
    for (const s of states) main.absorb(s);
    return main.rows();
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** The documents with their languages set, one at a time. */
async function* withLanguageEach(docs: AsyncIterable<Document>, languageOf: (doc: Document) => Promise<Document>): AsyncGenerator<Document, void, undefined> {
  for await (const doc of docs) yield languageOf(doc);
}

interface PoolWorker {
  /** Resolves when fewer than `max` batches are in flight. */
  ready(max: number): Promise<void>;
  send(msg: WorkerMessage): void;
  /** Ends the input and resolves to the worker's counts. */
  finish(): Promise<CounterState>;
  terminate(): Promise<number>;
}

function startWorker(file: string, options: TermFrequencyOptions): PoolWorker {
  const worker = new Worker(file, { workerData: options });
  let inFlight = 0;
  let failed: Error | undefined;
  let waiters: Array<() => void> = [];
  let onState: ((s: CounterState) => void) | undefined;
  let onError: ((e: Error) => void) | undefined;
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  worker.on("message", (msg: { done?: number; state?: CounterState }) => {
    if (msg.state) onState?.(msg.state);
    else {
      inFlight--;
      wake();
    }
  });
  worker.on("error", (e) => {
    failed = e;
    onError?.(e);
    wake();
  });
  return {
    async ready(max) {
      while (inFlight >= max && !failed) await new Promise<void>((r) => waiters.push(r));
      if (failed) throw failed;
    },
    send(msg) {
      inFlight++;
      worker.postMessage(msg);
    },
    finish() {
      return new Promise<CounterState>((resolve, reject) => {
        if (failed) return reject(failed);
        onState = resolve;
        onError = reject;
        worker.postMessage(null);
      });
    },
    terminate: () => worker.terminate(),
  };
}
