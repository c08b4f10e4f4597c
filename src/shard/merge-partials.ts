import { DiscourseError, ErrorCode } from "../errors";
import { type PartialTable } from "./partial-table";
import { mergeSectionsOf } from "./table-kind";
import { tableKind } from "./table-kinds";

/**
 * Merges partial tables of shards of one corpus (from {@link countShard}, or earlier
 * merges): counts with the same key are summed (earliest dates kept), rows sorted by key.
 * Merging is associative and commutative, so partials can be merged in any order or tree,
 * and equal counts give equal partials.
 *
 * @param partials One or more partial tables of the same kind, version and options.
 * @param names What to call each partial in errors (its file); default "partial 1", ...
 * @returns The merged partial table.
 * @throws DiscourseError `invalid_input` naming the partials when kinds, versions or
 *   options differ, when shards disagree on a group's period start, or (dispersion) when a
 *   document is in two shards; `invalid_argument` when no partial is given.
 * @example
 * const all = mergePartials([partialA, partialB, partialC], ["a.partial.jsonl", "b.partial.jsonl", "c.partial.jsonl"]);
 * partialRows(all).rows;
 */
export function mergePartials(partials: readonly PartialTable[], names?: readonly string[]): PartialTable {
  const name = (i: number): string => names?.[i] ?? `partial ${i + 1}`;
  if (!Array.isArray(partials) || partials.length === 0) throw new DiscourseError(ErrorCode.invalidArgument, "mergePartials: partials must be a non-empty array of partial tables; got none");
  const first = partials[0];
  const k = tableKind("mergePartials", first.kind);
  const options = JSON.stringify(first.options);
  partials.forEach((p, i) => {
    const differs = (what: string, a: unknown, b: unknown) =>
      new DiscourseError(ErrorCode.invalidInput, `mergePartials: ${name(i)} has ${what} ${a}, ${name(0)} has ${b}: only partial tables of the same ${what} merge`, { file: names?.[i] });
    if (p.kind !== first.kind) throw differs("kind", JSON.stringify(p.kind), JSON.stringify(first.kind));
    if (p.version !== first.version) throw differs("version", p.version, first.version);
    if (JSON.stringify(p.options) !== options) throw differs("options", JSON.stringify(p.options), options);
  });
  return { kind: first.kind, version: first.version, options: first.options, sections: mergeSectionsOf(k.sections, partials.map((p) => p.sections), name) };
}
