/**
 * The order a spec gives a nominal field through a rank field of its data (`sort: { field:
 * rank, op: "min" }`): the field's distinct values by their smallest rank, as Vega-Lite
 * orders the axis, legend or facet.
 */
import { expect } from "vitest";
import type { ChartSpec } from "../../src/chart/spec";

export function rankedValues(spec: ChartSpec, field: string, rank: string): string[] {
  const best = new Map<string, number>();
  for (const v of spec.data.values) {
    const key = v[field] as string;
    const r = v[rank] as number;
    expect(typeof r).toBe("number");
    best.set(key, Math.min(best.get(key) ?? Infinity, r));
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
}

/** The sort by rank a spec must use instead of an explicit list of values. */
export const byRank = (rank: string) => ({ field: rank, op: "min", order: "ascending" });
