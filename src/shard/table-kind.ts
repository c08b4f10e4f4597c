/**
 * What each table kind of the partial tables provides: its sections, its options checked
 * and normalized, its counting of a shard and its statistics after the merge.
 * @internal
 */
import { argumentError } from "../errors";
import type { GroupOptions } from "../group/document-group";
import { documentBatches } from "../ingest/document-batches";
import type { Corpus, Document, OnWarning } from "../types";
import { canonicalJson, mergeSection, type PartialOptionValue, type PartialRow, type SectionSpec } from "./partial-table";

/** Sections of a partial table, by name. @internal */
export type Sections = { readonly [name: string]: readonly PartialRow[] };

/** Normalized options of a kind. @internal */
export type KindOptions = { readonly [key: string]: PartialOptionValue };

/** Documents of a shard, one at a time. @internal */
export type Documents = AsyncIterable<Document> | Iterable<Document>;

/** A table kind. @internal */
export interface TableKind {
  /** The public function whose table it is, for messages ("termFrequency"). */
  readonly fn: string;
  readonly sections: Readonly<Record<string, SectionSpec>>;
  /** Checks the options (throwing `invalid_argument` before any counting) and normalizes them. */
  options(raw: Readonly<Record<string, unknown>>): KindOptions;
  /** Counts a shard's documents: rows of each section, one per key. */
  count(docs: Documents, options: KindOptions, onWarning: OnWarning | undefined): Promise<Sections>;
  /** Kinds with a grouping: the grouping of the options (with the kind's default `by`). */
  grouping?(options: KindOptions): GroupOptions;
  /** English-only kinds: the name their `not_english` warning gives (as the table's function names it). */
  readonly englishOnly?: string;
  /** Whether the table's function says what it did not read before what it could not group (the rhetoric summary: matches first, then groups). */
  readonly unreadFirst?: boolean;
  /** The table of merged counts: rows and their columns. */
  finish(sections: Sections, options: KindOptions, onWarning: OnWarning | undefined): { rows: object[]; columns: readonly string[] };
}

/** The token options every counting kind takes. @internal */
export const TOKEN_OPTION_KEYS = ["lowercase", "hyphens", "unicode", "removePunct", "removeNumbers", "removeSymbols", "removeUrls", "removeEmails", "removeHandles", "removeHashtags", "stopwords"] as const;

/** The grouping options. @internal */
export const GROUP_OPTION_KEYS = ["by", "breaks", "eras", "split"] as const;

/** Defaults of the token options, left out of the normalized options (so an option given as its default equals one not given). */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  lowercase: true,
  hyphens: "split",
  unicode: "NFC",
  removePunct: true,
  removeNumbers: false,
  removeUrls: false,
  removeEmails: false,
  removeHandles: false,
  removeHashtags: false,
  stopwords: false,
};

/** Options limited to `allowed` keys (an unknown key is an `invalid_argument` error naming the known ones), as canonical JSON. @internal */
export function pickOptions(fn: string, raw: Readonly<Record<string, unknown>>, allowed: readonly string[]): KindOptions {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw argumentError(fn, "options", "an object", raw);
  for (const k of Object.keys(raw)) {
    if (raw[k] !== undefined && k !== "onWarning" && !allowed.includes(k)) throw argumentError(fn, `option "${k}"`, `one of ${allowed.join(", ")}`, k);
  }
  const picked: Record<string, unknown> = {};
  for (const k of allowed) if (raw[k] !== undefined && !(k in DEFAULTS && DEFAULTS[k] === raw[k])) picked[k] = raw[k];
  return canonicalJson(picked) as KindOptions;
}

const BATCH_CHARS = 2_000_000;

/**
 * Hands the documents to `each` in batches of about 2 million characters (at least one
 * batch, empty for an empty shard), so a counter of whole corpora keeps memory bounded by a
 * batch and its counts. @internal
 */
export async function forEachBatch(docs: Documents, each: (corpus: Corpus) => void): Promise<void> {
  for await (const batch of documentBatches(docs, BATCH_CHARS)) each(batch);
}

/**
 * Counts documents batch by batch (see {@link forEachBatch}) with a counter of whole
 * corpora, merging the batches' sections: memory stays bounded by a batch and the counts,
 * whatever the shard's size. @internal
 */
export async function countInBatches(docs: Documents, spec: Readonly<Record<string, SectionSpec>>, countBatch: (corpus: Corpus) => Sections): Promise<Sections> {
  let acc: Sections | undefined;
  await forEachBatch(docs, (batch) => {
    const s = countBatch(batch);
    acc = acc === undefined ? s : mergeSectionsOf(spec, [acc, s], (i) => (i === 0 ? "earlier batches" : "a batch"));
  });
  return acc!;
}

/** Every section of `spec` merged across `tables`. @internal */
export function mergeSectionsOf(spec: Readonly<Record<string, SectionSpec>>, tables: readonly Sections[], origin: (i: number) => string): Sections {
  const out: Record<string, PartialRow[]> = {};
  for (const [name, s] of Object.entries(spec)) out[name] = mergeSection(name, s, tables.map((t) => t[name] ?? []), origin);
  return out;
}
