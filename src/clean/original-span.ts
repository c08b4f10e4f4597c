import { argumentError } from "../errors";
import type { CleanedText } from "./clean-text";

/**
 * The original offsets of the span `[start, end)` of a cleaned text: where the same words
 * are in the text as read (UTF-16 units). An empty span maps to the original position of
 * its start.
 *
 * @returns `[originalStart, originalEnd]`.
 * @example
 * const c = cleanText("Tags: Iran\n\nHe said, “No.”");
 * const s = c.text.indexOf("No");
 * originalSpan(c, s, s + 3); // [22, 25]: c.original.slice(22, 25) === "No."
 */
export function originalSpan(cleaned: CleanedText, start: number, end: number): [number, number] {
  const n = cleaned.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) {
    throw argumentError("originalSpan", "span", `integers 0 <= start <= end <= ${n}`, `${start}, ${end}`);
  }
  if (start === end) {
    const at = start < n ? cleaned.originStart[start]! : n === 0 ? 0 : cleaned.originEnd[n - 1]!;
    return [at, at];
  }
  return [cleaned.originStart[start]!, cleaned.originEnd[end - 1]!];
}
