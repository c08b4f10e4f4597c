import type { Era } from "../../group/document-group";
import type { Corpus } from "../../types";
import { groupFields } from "./group-fields";

/**
 * The field a report splits its trends by (small multiples): the first field other than
 * speaker with 2 to 8 values (party, outlet, ...), else speaker when it has 2 to 8, else ""
 * (none). @internal
 */
export function splitFieldFor(corpus: Corpus): string {
  const small = groupFields(corpus).filter((f) => f.distinct >= 2 && f.distinct <= 8);
  return (small.find((f) => f.field !== "speaker") ?? small[0])?.field ?? "";
}

/** The groups of a stance profile: speaker with at most 30 values, else the first field with at most 30, else the periods ("era"), else "none". @internal */
export function profileByFor(corpus: Corpus, eras: readonly Era[]): string {
  const fit = groupFields(corpus).filter((f) => f.distinct <= 30);
  return (fit.find((f) => f.field === "speaker") ?? fit[0])?.field ?? (eras.length > 0 ? "era" : "none");
}
