import { createRequire } from "node:module";
import * as path from "node:path";

/** tslab's display_data writer (tslab/dist/jupyter `lastWriteDisplayData`). */
export type WriteDisplayData = (
  data: { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: Record<string, unknown> },
  update: boolean,
) => void;

/** tslab's public display API (one MIME type per call). */
export interface PublicDisplay {
  png?: (b: Uint8Array) => void;
  html?: (s: string) => void;
}

/** How output reaches the running kernel: a whole MIME bundle, or the public API. @internal */
export type KernelChannel = { kind: "bundle"; write: WriteDisplayData } | { kind: "public"; display: PublicDisplay };

const JUPYTER_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * The display channel of the running tslab kernel, or undefined outside one: tslab's
 * internal `lastWriteDisplayData` (a whole bundle in one message) when it is there, else its
 * public `display` object. Uses the tslab copy the kernel loaded and never loads tslab.
 * @internal
 */
export function kernelChannel(): KernelChannel | undefined {
  const req = createRequire(__filename);
  const candidates: string[] = [];
  try {
    candidates.push(req.resolve("tslab/dist/jupyter"));
  } catch {
    // tslab not resolvable from here: look only at what the kernel loaded.
  }
  for (const key of Object.keys(req.cache)) if (JUPYTER_MODULE.test(key) && !candidates.includes(key)) candidates.push(key);

  let loaded: string | undefined;
  for (const file of candidates) {
    const mod = req.cache[file];
    if (!mod) continue;
    loaded ??= file;
    const write = (mod.exports as { lastWriteDisplayData?: unknown }).lastWriteDisplayData;
    if (typeof write === "function") return { kind: "bundle", write: write as WriteDisplayData };
  }
  if (loaded === undefined) return undefined;
  // Kernel modules are loaded but the internal writer is absent: public display API.
  try {
    const pub = req(path.join(path.dirname(loaded), "public.js")) as { display?: PublicDisplay };
    return pub.display ? { kind: "public", display: pub.display } : undefined;
  } catch {
    return undefined;
  }
}
