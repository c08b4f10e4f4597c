import type * as Danfo from "danfojs";
import { DiscourseError, ErrorCode } from "../errors";

/** The danfojs version this library is built and tested against (its optional peer dependency). */
export const DANFO_VERSION = "1.1.2";

let loaded: typeof Danfo | undefined;

/**
 * Loads danfo.js on first use (internal). danfojs is an optional peer dependency: the
 * analysis functions, charts and CLI never need it, and it brings TensorFlow.js
 * (~300 MB, ~1.3 s to load), so the library loads it only when a DataFrame is asked for.
 * `require` is resolved from this file, i.e. from the project that installed the library.
 *
 * @param fn The public function that needs danfo, for the error message.
 * @returns The danfojs module, with TensorFlow.js's "running in Node.js" banner silenced.
 * @throws DiscourseError `missing_dependency` when danfojs is not installed.
 */
export function loadDanfo(fn: string): typeof Danfo {
  if (loaded !== undefined) return loaded;
  let mod: typeof Danfo;
  try {
    mod = require("danfojs") as typeof Danfo;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // Only danfojs itself missing is the user's fixable case; a broken install below it
    // (a missing @tensorflow/tfjs) keeps its own message.
    if (err?.code === "MODULE_NOT_FOUND" && /Cannot find module 'danfojs'/.test(err.message)) {
      throw new DiscourseError(
        ErrorCode.missingDependency,
        `${fn}: DataFrames need the optional package danfojs, which is not installed; ` +
          `install it beside discourse-lab with: npm install danfojs@${DANFO_VERSION} ` +
          "(projects made by `discourse-lab init` have it)",
      );
    }
    throw e;
  }
  mod.tensorflow.env().set("PROD", true);
  loaded = mod;
  return mod;
}
