/**
 * The unseen State of the Union sample of the rhetoric bench, as documents and gold spans:
 * 400 paragraphs (keys in bench/data/rhetoric-unseen/sample.jsonl, texts from
 * ../shared/corpora/sotu) and the annotators' spans (annotations.jsonl). Set 1 is items
 * 1-200 (annotators A, B, C), set 2 items 201-400 (D, E, F). Gold of a doubly annotated item
 * is its first annotator's spans; the second annotator's go to `second`, for agreement.
 * Read by test/measure/rhetoric/claim-evidence.test.ts and by bench/rhetoric.mjs --unseen.
 * No imports beyond Node's own, so bench/ can transpile it alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Items annotated twice: [first item, last item, first annotator]. */
export const DOUBLED: readonly (readonly [number, number, string])[] = [[66, 75, "A"], [131, 140, "B"], [266, 275, "D"], [331, 340, "E"]];

export interface UnseenParagraph {
  readonly id: string;
  readonly text: string;
  readonly item: number;
  readonly set: 1 | 2;
  /** Whether two annotators marked it. */
  readonly doubled: boolean;
}

export interface UnseenSpan {
  readonly doc_id: string;
  readonly start: number;
  readonly end: number;
  readonly technique: string;
  readonly annotator: string;
  readonly set: 1 | 2;
}

/** The first annotator of a doubly annotated item, else undefined. */
const firstOf = (item: number) => DOUBLED.find(([a, b]) => item >= a && item <= b)?.[2];

function readJsonl(file: string): Record<string, any>[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l, i) => [l, i + 1] as const)
    .filter(([l]) => l.trim() !== "")
    .map(([l, n]) => {
      try {
        return JSON.parse(l) as Record<string, any>;
      } catch (e) {
        throw new Error(`${file} line ${n}: ${(e as Error).message}`);
      }
    });
}

/** The sample of the checkout at `root` (with ../shared beside it). */
export function unseenSample(root: string): { paragraphs: UnseenParagraph[]; gold: UnseenSpan[]; second: UnseenSpan[] } {
  const dir = path.join(root, "bench/data/rhetoric-unseen");
  const texts = new Map(readJsonl(path.resolve(root, "../shared/corpora/sotu/data.jsonl")).map((d) => [d.id as string, d.text as string]));
  const byItem = new Map<number, UnseenParagraph & { offset: number; limit: number }>();
  for (const p of readJsonl(path.join(dir, "sample.jsonl"))) {
    const text = texts.get(p.doc_id);
    if (text === undefined) throw new Error(`sample.jsonl: item ${p.item} names ${p.doc_id}, not in the State of the Union corpus`);
    const set = p.item <= 200 ? 1 : 2;
    byItem.set(p.item, { id: `${p.doc_id}@${p.start}`, text: text.slice(p.start, p.end), item: p.item, set, doubled: firstOf(p.item) !== undefined, offset: p.start, limit: p.end });
  }
  const gold: UnseenSpan[] = [];
  const second: UnseenSpan[] = [];
  readJsonl(path.join(dir, "annotations.jsonl")).forEach((a, k) => {
    const p = byItem.get(a.item);
    if (!p || a.start < p.offset || a.end > p.limit || a.start >= a.end) throw new Error(`annotations.jsonl line ${k + 1}: span ${a.start}-${a.end} is not inside item ${a.item}`);
    const span: UnseenSpan = { doc_id: p.id, start: a.start - p.offset, end: a.end - p.offset, technique: a.technique, annotator: a.annotator, set: p.set };
    const first = firstOf(a.item);
    (first !== undefined && a.annotator !== first ? second : gold).push(span);
  });
  const paragraphs = [...byItem.values()].map(({ id, text, item, set, doubled }) => ({ id, text, item, set, doubled }));
  return { paragraphs, gold, second };
}
