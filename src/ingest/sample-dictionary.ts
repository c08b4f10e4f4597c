import * as path from "node:path";
import type { Dictionary } from "./dictionary-types";
import { readDictionary } from "./read-dictionary";

/**
 * The small sample dictionary shipped in `data/dictionaries/diplomacy.yml` (written for
 * discourse-lab, MIT; an illustration of the format, not a validated instrument):
 * diplomacy.negotiation, diplomacy.coercion, conflict, economy.growth, economy.hardship.
 *
 * @returns The {@link Dictionary}.
 * @example
 * sampleDictionary().categories.map((c) => c.category);
 * // ["diplomacy.negotiation", "diplomacy.coercion", "conflict", "economy.growth", "economy.hardship"]
 */
export function sampleDictionary(): Dictionary {
  return readDictionary(path.resolve(__dirname, "..", "..", "data", "dictionaries", "diplomacy.yml"));
}
