/** Tiny fixture files in a fresh temporary folder, removed after the test file. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { Warning } from "../../src/types";

/** A temporary folder for one test file; `write` creates files (and folders) in it. */
export function tempFolder(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), "discourse-lab-ingest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    write(name, content) {
      const path = join(dir, name.replace("*", String(n++)));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}

/** Warnings collected by an onWarning callback. */
export function collectWarnings(): { warnings: Warning[]; onWarning: (w: Warning) => void } {
  const warnings: Warning[] = [];
  return { warnings, onWarning: (w) => warnings.push(w) };
}

/** The DiscourseError (or other error) a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string; file?: string; line?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string; file?: string; line?: number };
  }
  throw new Error("expected a rejection");
}

/** Everything an async stream yields, in order. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of stream) out.push(x);
  return out;
}
