import type { Era } from "../../group/document-group";
import type { TrendGrain } from "./trend-grain";

/** The grouping options of a time axis: a grain, or the report's periods ("era"). @internal */
export function timeGrouping(by: TrendGrain | string, eras: readonly Era[]): { by: string; eras?: readonly Era[] } {
  return by === "era" ? { by, eras } : { by };
}

/** "decade" -> "by decade"; "era" -> "by period". @internal */
export function grainWords(by: string): string {
  return by === "era" ? "by period" : `by ${by}`;
}
