/** Shared helpers of the measure accuracy tests: the oracle files and the SOTU corpus. */
import * as fs from "node:fs";
import * as path from "node:path";
import { expect } from "vitest";
import type { Document } from "../../src/types";

export const ORACLES = path.join(__dirname, "oracles");

export function readOracle<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(ORACLES, file), "utf8")) as T;
}

/** |actual - expected| ≤ tol · max(1, |expected|): relative for large values, absolute near 0. */
export function expectClose(actual: number, expected: number, what: string, tol = 1e-9): void {
  const ok = actual === expected || Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));
  expect(ok, `${what}: ${actual} vs oracle ${expected}`).toBe(true);
}

/** Smallest normal double: below it a value has lost relative precision (subnormal). */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * |actual - expected| ≤ tol · |expected| (for p-values, which are all tiny). Two values
 * that are both below the smallest normal double count as equal: scipy's erfc underflows
 * to 0 at x ≈ 26.55 where stdlib's returns subnormal numbers (~1e-313).
 */
export function expectRelClose(actual: number, expected: number, what: string, tol = 1e-9): void {
  const underflow = Math.abs(actual) < MIN_NORMAL && Math.abs(expected) < MIN_NORMAL;
  const ok = underflow || actual === expected || Math.abs(actual - expected) <= tol * Math.abs(expected);
  expect(ok, `${what}: ${actual} vs oracle ${expected}`).toBe(true);
}

export const SOTU_PATH = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");

let sotu: Document[] | undefined;
/** The shared State of the Union corpus (read once). */
export function sotuDocuments(): Document[] {
  sotu ??= fs
    .readFileSync(SOTU_PATH, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; date: string };
      return { id: r.id, text: r.text, date: r.date, meta: {} };
    });
  return sotu;
}
