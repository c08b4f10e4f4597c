/**
 * The partial table: what one shard of a corpus counts, as plain data that merges. Every
 * table kind stores its counts as sections of rows `[...key, ...values]`; rows with the
 * same key merge value by value (a sum, an earliest date, a value that must agree, or a
 * key that may occur in one shard only), so merging is associative and commutative, and
 * rows are kept sorted by key so equal counts are equal bytes.
 * @internal
 */
import { DiscourseError, ErrorCode } from "../errors";
import { compareDates } from "../group/document-group";

/** The table kinds that count into partial tables, one list serving the type, the CLI and validation. */
export const PartialKind = {
  /** Term frequency (`termFrequency`): every grouping, n-grams, `terms`. */
  freq: "freq",
  /** Rates of terms per period with intervals (`termRates`). */
  trend: "trend",
  /** Keyness of a target selection against a reference (`keyness`). */
  keyness: "keyness",
  /** Window collocates of a node word (`collocates`). */
  collocates: "collocates",
  /** Juilland's D and Gries' DP over documents (`dispersionMeasures`). */
  dispersion: "dispersion",
  /** Stance markers per 1,000 words per group (`stanceMarkerRates`). */
  stanceMarkers: "stance-markers",
  /** Rhetoric rules per 1,000 words per group (`rhetoricSummary` of `rhetoricMatches`). */
  rhetoricSummary: "rhetoric-summary",
  /** Dictionary categories per 1,000 words per group (`dictionaryRates` of `dictionaryMatches`). */
  dictionary: "dictionary",
  /** A document-feature matrix as long rows (`dfm` or `dictionaryDfm`, trimmed, selected, weighted after the merge). */
  dfm: "dfm",
} as const;
export type PartialKind = (typeof PartialKind)[keyof typeof PartialKind];

/** Version of the partial-table layout; partials of another version do not merge. */
export const PARTIAL_VERSION = 1;

/** A value of a partial table's options: plain JSON. */
export type PartialOptionValue = string | number | boolean | null | readonly PartialOptionValue[] | { readonly [key: string]: PartialOptionValue };

/** A row of a section: key cells, then value cells. */
export type PartialRow = readonly (string | number | null)[];

/**
 * The counts of one or more shards of a corpus for one table kind with one set of
 * options: what {@link countShard} returns, {@link mergePartials} merges and
 * {@link partialRows} turns into the table. Plain JSON data.
 */
export interface PartialTable {
  readonly kind: PartialKind;
  readonly version: number;
  /** The kind's options, normalized (defaults filled, keys sorted): partials merge only when equal. */
  readonly options: { readonly [key: string]: PartialOptionValue };
  /** Section name -> rows sorted by key. */
  readonly sections: { readonly [name: string]: readonly PartialRow[] };
}

/** How rows of a section with the same key combine, value by value. @internal */
export type MergeOp = "sum" | "min-date" | "same" | "once";

/** Layout of a section: the number of key cells and the merge of each value cell (the last op repeats). @internal */
export interface SectionSpec {
  readonly keys: number;
  readonly ops: readonly MergeOp[];
}

/** The identity of a row's key, as one string. @internal */
export function rowKey(row: PartialRow, keys: number): string {
  return JSON.stringify(row.slice(0, keys));
}

/** Key order: cell by cell, null first, numbers before strings, strings in code-unit order. @internal */
export function compareRowKeys(a: PartialRow, b: PartialRow, keys: number): number {
  for (let i = 0; i < keys; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    if (typeof x !== typeof y) return typeof x === "number" ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Rows of one section from any number of sources, same keys combined, sorted by key.
 * `what` names the section and `origin(i)` the source of the i-th list in errors.
 * @internal
 */
export function mergeSection(name: string, spec: SectionSpec, lists: readonly (readonly PartialRow[])[], origin: (i: number) => string): PartialRow[] {
  // Every row with its source, sorted by key (a stable sort, fast on lists already sorted:
  // a partial's sections are); rows with equal keys are then adjacent, in source order.
  const all: { readonly row: PartialRow; readonly from: number }[] = [];
  lists.forEach((rows, i) => {
    for (const row of rows) all.push({ row, from: i });
  });
  all.sort((a, b) => compareRowKeys(a.row, b.row, spec.keys));
  const out: PartialRow[] = [];
  let acc: (string | number | null)[] | undefined;
  let accFrom = 0;
  for (const { row, from } of all) {
    if (acc === undefined || compareRowKeys(acc, row, spec.keys) !== 0) {
      acc = row.slice();
      accFrom = from;
      out.push(acc);
      continue;
    }
    const key = () => rowKey(row, spec.keys);
    if (acc.length !== row.length) throw disagree(name, key(), `rows of ${acc.length} and ${row.length} cells`, origin(accFrom), origin(from));
    for (let c = spec.keys; c < row.length; c++) {
      const op = spec.ops[Math.min(c - spec.keys, spec.ops.length - 1)];
      const x = acc[c];
      const y = row[c];
      switch (op) {
        case "sum":
          acc[c] = (x as number) + (y as number);
          break;
        case "min-date":
          if (y !== null && (x === null || compareDates(y as string, x as string) < 0)) acc[c] = y;
          break;
        case "same":
          if (x !== y) throw disagree(name, key(), `${JSON.stringify(x)} and ${JSON.stringify(y)}`, origin(accFrom), origin(from));
          break;
        case "once":
          throw new DiscourseError(
            ErrorCode.invalidInput,
            `mergePartials: ${name} ${key()} is counted in two partial tables (${origin(accFrom)} and ${origin(from)}): shards must not share documents`,
          );
      }
    }
  }
  return out;
}

function disagree(name: string, key: string, what: string, a: string, b: string): DiscourseError {
  return new DiscourseError(ErrorCode.invalidInput, `mergePartials: ${name} ${key} differs between ${a} and ${b} (${what})`);
}

/** Options as canonical JSON: keys sorted, undefined dropped, recursively. @internal */
export function canonicalJson(value: unknown): PartialOptionValue {
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (typeof value === "object") {
    const out: { [key: string]: PartialOptionValue } = {};
    for (const k of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonicalJson(v);
    }
    return out;
  }
  throw new DiscourseError(ErrorCode.invalidArgument, `partial table options must be plain JSON; got a ${typeof value}`);
}
