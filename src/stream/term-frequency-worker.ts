/**
 * Worker thread of {@link termFrequencyFile}: counts the texts it is sent with its own
 * TermCounter and returns the counter's state when told the input has ended.
 * @internal
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DocumentGroup } from "../group/document-group";
import { TermCounter, type TermFrequencyOptions } from "../measure/term-counter";

/** A batch of texts with their groups, dates and languages; `null` ends the input. */
export type WorkerMessage = {
  readonly texts: readonly string[];
  readonly groups: readonly DocumentGroup[];
  readonly dates: readonly (string | null)[];
  readonly langs: readonly (string | undefined)[];
} | null;

if (parentPort) {
  const port = parentPort;
  const counter = new TermCounter("termFrequencyFile", workerData as TermFrequencyOptions);
  port.on("message", (msg: WorkerMessage) => {
    if (msg === null) {
      const state = counter.state();
      port.postMessage({ state });
      return;
    }
    for (let i = 0; i < msg.texts.length; i++) counter.addText(msg.texts[i], msg.groups[i], msg.dates[i], msg.langs[i]);
    port.postMessage({ done: msg.texts.length });
  });
}
