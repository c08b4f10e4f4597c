import { argumentError } from "../../errors";
import { globMatch } from "../pattern-ids";
import { compressRows, denseEntries, type Dfm } from "./dfm-types";

/** Options of {@link dfmSelect}. */
export interface DfmSelectOptions {
  /** Remove the matching features instead of keeping them. Default false. */
  readonly remove?: boolean;
}

/**
 * Keeps (or removes) the features matching any of `patterns`: a feature itself ("war"),
 * or a glob (`negotiat*`, `?` one character, `\*` a literal star) matched against the whole
 * feature. A list of words is a list of patterns without wildcards.
 *
 * @param m A matrix (any weighting).
 * @param patterns Features or globs.
 * @param options `remove` (false).
 * @returns A {@link Dfm} with the selected features, in codepoint order.
 * @example
 * dfmSelect(dfm(corpus), ["negotiat*", "treaty"]);
 * dfmSelect(dfm(corpus), stopwords("en"), { remove: true });
 */
export function dfmSelect(m: Dfm, patterns: readonly string[], options: DfmSelectOptions = {}): Dfm {
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== "string" || p === "")) throw argumentError("dfmSelect", 'argument "patterns"', "a list of non-empty strings", patterns);
  const exact = new Set<string>();
  const globs: string[][] = [];
  for (const p of patterns) {
    if (/(^|[^\\])[*?]/.test(p)) globs.push(Array.from(p));
    else exact.add(p.replace(/\\(.)/g, "$1"));
  }
  const remove = options.remove ?? false;
  const keep = m.features.map((f) => (exact.has(f) || globs.some((g) => globMatch(g, f))) !== remove);
  return { ...compressRows(m.rows, denseEntries(m, keep), m.features, m.docFreq, m.nDocs, m.weighting) };
}
