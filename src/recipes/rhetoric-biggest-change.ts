import { rhetoricMatches, type RhetoricMatchRow } from "../measure/rhetoric-matches";
import { rhetoricSummary, type RhetoricSummaryRow } from "../measure/rhetoric-summary";
import type { Era } from "../group/document-group";
import type { Corpus, Document, OnWarning } from "../types";

/** The rule whose rate changed most between two consecutive periods, with its evidence. */
export interface RhetoricChange {
  readonly rule: string;
  readonly technique: string | null;
  /** The earlier and later period. */
  readonly from: string;
  readonly to: string;
  readonly per_1k_from: number;
  readonly per_1k_to: number;
  /** per_1k_to - per_1k_from. */
  readonly change: number;
  /** The document of the later period with the most matches of the rule (ties: earliest). */
  readonly document: Document | null;
  /** Every match of the rule in that document: the spans behind the change. */
  readonly matches: readonly RhetoricMatchRow[];
}

/** Options of {@link rhetoricBiggestChange}. */
export interface RhetoricBiggestChangeOptions {
  /** Named periods compared each with the one before. */
  readonly eras: readonly Era[];
  /** Rules considered (default: every built-in rule except in-group and out-group, whose pronoun rates swamp the rest). */
  readonly rules?: readonly string[];
  /** Match rows already computed on `corpus` (saves running the rules again). */
  readonly matches?: readonly RhetoricMatchRow[];
  readonly onWarning?: OnWarning;
}

/**
 * Which rhetorical pattern changed most from one period to the next: the rule and pair of
 * consecutive eras with the largest absolute change in matches per 1,000 words, the
 * later era's document using it most, and that document's matches of the rule (so the
 * change can be read, span by span). Null when fewer than two eras hold documents.
 * @example
 * const c = rhetoricBiggestChange(sotuCorpus(), { eras: [{ name: "to 1945", start: "1790", end: "1946" }, { name: "since 1946", start: "1946" }] });
 * [c?.rule, c?.from, c?.to, c?.document?.id];
 * // ["quantification", "1790-1860 Early republic", "1861-1900 Civil War, Gilded Age", "sotu-1892-benjamin-harrison"]
 * rhetoricSpansHtml(c!.document!, c!.matches);
 */
export function rhetoricBiggestChange(corpus: Corpus, options: RhetoricBiggestChangeOptions): RhetoricChange | null {
  const all = options.matches ?? rhetoricMatches(corpus, { onWarning: options.onWarning });
  const considered = new Set(options.rules ?? [...new Set(all.map((m) => m.rule))].filter((r) => r !== "in-group" && r !== "out-group"));
  const summary = rhetoricSummary(corpus, all, { by: "era", eras: options.eras, onWarning: options.onWarning });
  const byGroup = new Map<string, RhetoricSummaryRow[]>();
  for (const r of summary) {
    if (r.group_start === null || !considered.has(r.rule)) continue;
    const list = byGroup.get(r.group);
    if (list) list.push(r);
    else byGroup.set(r.group, [r]);
  }
  const groups = [...byGroup.keys()];
  let best: { a: RhetoricSummaryRow; b: RhetoricSummaryRow; d: number } | null = null;
  for (let g = 1; g < groups.length; g++) {
    const prev = new Map(byGroup.get(groups[g - 1])!.map((r) => [r.rule, r]));
    for (const b of byGroup.get(groups[g])!) {
      const a = prev.get(b.rule);
      if (!a || !Number.isFinite(a.per_1k) || !Number.isFinite(b.per_1k)) continue;
      const d = b.per_1k - a.per_1k;
      if (best === null || Math.abs(d) > Math.abs(best.d)) best = { a, b, d };
    }
  }
  if (best === null) return null;
  const { a, b, d } = best;
  const era = options.eras.find((e) => e.name === b.group)!;
  const inEra = (doc: Document) => doc.date !== undefined && padded(doc.date) >= padded(era.start) && (era.end === undefined || padded(doc.date) < padded(era.end));
  const counts = new Map<string, number>();
  for (const m of all) if (m.rule === b.rule) counts.set(m.doc_id, (counts.get(m.doc_id) ?? 0) + 1);
  let document: Document | null = null;
  for (const doc of corpus) {
    if (!inEra(doc)) continue;
    if (document === null || (counts.get(doc.id) ?? 0) > (counts.get(document.id) ?? 0)) document = doc;
  }
  const matches = document === null ? [] : all.filter((m) => m.rule === b.rule && m.doc_id === document!.id);
  return { rule: b.rule, technique: b.technique, from: a.group, to: b.group, per_1k_from: a.per_1k, per_1k_to: b.per_1k, change: d, document, matches };
}

function padded(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
