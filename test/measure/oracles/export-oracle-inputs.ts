/**
 * Exports the counts the oracle script (compute_oracles.py) starts from, taken with OUR
 * tokenizer from ../shared/corpora/sotu/data.jsonl, so the oracle checks the statistics on
 * the same counts, not the tokenizer. Only counts are written, never text.
 *
 * Run from the repository root (compiles the project to a temporary folder first):
 *   node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit false --outDir /tmp/dl-oracles \
 *     && node /tmp/dl-oracles/test/measure/oracles/export-oracle-inputs.js
 *   python3 test/measure/oracles/compute_oracles.py
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { collocates } from "../../../src/measure/collocates";
import { sequentialCollocations } from "../../../src/measure/sequential-collocations";
import { termFrequency } from "../../../src/measure/term-frequency";
import { tokens } from "../../../src/segment/tokens";
import type { Document } from "../../../src/types";

const root = path.resolve(__dirname.includes("dl-oracles") ? process.cwd() : path.join(__dirname, "../../.."));
const corpusPath = path.resolve(root, "../shared/corpora/sotu/data.jsonl");
const bytes = fs.readFileSync(corpusPath);
const docs: Document[] = bytes
  .toString("utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => {
    const r = JSON.parse(l) as { id: string; text: string; date: string };
    return { id: r.id, text: r.text, date: r.date, meta: {} };
  });
const SPLIT = "2001-01-01";
const target = docs.filter((d) => d.date! >= SPLIT);
const reference = docs.filter((d) => d.date! < SPLIT);

const KEYNESS_TERMS = [
  "the", "of", "and", "we", "our", "terror", "terrorists", "iraq", "america", "americans", "jobs", "tonight", "children",
  "families", "health", "care", "economy", "tax", "war", "peace", "congress", "government", "shall", "vessels", "treaty",
  "public", "constitution", "internet", "afghanistan", "qaeda", "isil", "covid", "mexico", "spain", "indian", "tribes",
  "currency", "bank", "gold", "silver", "nuclear", "climate", "immigration", "border", "steamships", "obamacare",
];
function counts(corpus: Document[]): { terms: string[]; counts: number[]; total: number } {
  const rows = termFrequency(corpus, { terms: KEYNESS_TERMS });
  const all = termFrequency(corpus, { top: 1 });
  return { terms: rows.map((r) => r.term), counts: rows.map((r) => r.count), total: all[0].total_tokens };
}

const colloc = collocates(docs, "war", { top: 15 }).map((r) => ({ pair: `war ~ ${r.collocate}`, o11: r.o11, r1: r.window_tokens, c1: r.f_collocate, n: r.n }));
const seq2 = sequentialCollocations(docs, { n: 2, minCount: 20, top: 8, stopwords: "en" }).map((r) => ({ pair: r.ngram, o11: r.o11, r1: r.f_prefix, c1: r.f_last, n: r.n }));
const seq3 = sequentialCollocations(docs, { n: 3, minCount: 10, top: 6, stopwords: "en" }).map((r) => ({ pair: r.ngram, o11: r.o11, r1: r.f_prefix, c1: r.f_last, n: r.n }));

const DISPERSION_TERMS = ["the", "war", "terror", "economy", "vessels", "god"];
const byDoc = termFrequency(docs, { by: "document", terms: DISPERSION_TERMS });
const docSizes = docs.map((d) => byDoc.find((r) => r.group === d.id)!.total_tokens);
const docCounts = DISPERSION_TERMS.map((t) => docs.map((d) => byDoc.find((r) => r.group === d.id && r.term === t)!.count));
// 10 equal chunks of the corpus token stream (punctuation removed), by a plain loop.
const K = 10;
const tk = tokens(docs, { removePunct: true });
const chunkSizes = new Array<number>(K).fill(0);
const chunkCounts = DISPERSION_TERMS.map(() => new Array<number>(K).fill(0));
for (let i = 0; i < tk.length; i++) {
  const part = Math.floor((i * K) / tk.length);
  chunkSizes[part]++;
  const t = DISPERSION_TERMS.indexOf(tk.vocabulary.term(tk.typeId[i]));
  if (t >= 0) chunkCounts[t][part]++;
}

const out = {
  description:
    "Counts from discourse-lab's tokenizer (punctuation removed, lowercased, hyphens split) on ../shared/corpora/sotu/data.jsonl; " +
    `keyness: target = speeches dated >= ${SPLIT}, reference = earlier speeches; collocation: window 5/5 collocates of "war" (top 15 by G2) ` +
    "and sequential bigrams/trigrams (stopwords en; top by G2); dispersion: per-document and 10-chunk counts.",
  corpus: { path: "../shared/corpora/sotu/data.jsonl", sha256: crypto.createHash("sha256").update(bytes).digest("hex"), documents: docs.length },
  exported_by: "test/measure/oracles/export-oracle-inputs.ts",
  keyness: { split: SPLIT, target: counts(target), reference: counts(reference) },
  collocation: { window: colloc, bigrams: seq2, trigrams: seq3 },
  dispersion: {
    terms: DISPERSION_TERMS,
    documents: { sizes: docSizes, counts: docCounts },
    chunks: { k: K, sizes: chunkSizes, counts: chunkCounts },
  },
};
fs.writeFileSync(path.join(root, "test/measure/oracles/sotu-counts.input.json"), JSON.stringify(out) + "\n");
console.log("wrote test/measure/oracles/sotu-counts.input.json");
