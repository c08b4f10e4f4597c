/**
 * The command lines the fuzz test (and bench/fuzz.mjs) run over a generated corpus: every
 * command of the CLI, in the formats a user asks for, with what each row's offsets must
 * slice back to.
 */
import * as path from "node:path";
import type { AdversarialFiles } from "./adversarial-corpus";

/** How a row's offsets point into a document: `text.slice(row[start], row[end])` must give `row[field]`. */
export interface OffsetSpec {
  /** Field holding the document id. */
  readonly doc: string;
  readonly start: string;
  readonly end: string;
  /** Field the slice must equal; "folded" compares lowercased with whitespace collapsed (normalized terms). */
  readonly field?: string;
  readonly compare?: "exact" | "folded";
}

/** One command line of the fuzz run. */
export interface FuzzCase {
  /** Unique name (the command and what varies). */
  readonly name: string;
  /** The CLI command it exercises ("chart rhetoric", "stance markers", "kwic"). */
  readonly command: string;
  readonly argv: readonly string[];
  /** Format of stdout, when it prints rows; "none" when it writes files only. */
  readonly stdout: "jsonl" | "csv" | "table" | "none";
  /** Files the command writes that must parse ("json" for .vl.json, "csv", "jsonl"), relative to the output folder. */
  readonly files?: readonly { readonly path: string; readonly format: "json" | "csv" | "jsonl" }[];
  /** Offsets of the printed rows. */
  readonly offsets?: readonly OffsetSpec[];
  /** The exit code expected (default 0); 1 for a command shown refusing bad input with one line. */
  readonly exit?: 0 | 1;
}

/** Paths a fuzz run reads (the generator's files) and writes (`out`, an empty folder). */
export type FuzzPaths = Pick<AdversarialFiles, "corpus" | "valid" | "reports" | "stanceRows" | "report" | "transcript"> & { readonly out: string };

/**
 * Every command of the CLI over the generated corpus (with --skip-invalid: its bad records
 * are reported and skipped). The order matters once: `stance predict` reads the model
 * `stance train` wrote.
 */
export function fuzzCases(p: FuzzPaths): FuzzCase[] {
  const c = ["--corpus", p.corpus, "--skip-invalid", "--no-progress"];
  const o = (name: string) => ["--out", p.out, "--name", name];
  const chart = (name: string): FuzzCase["files"] => [{ path: `${name}.vl.json`, format: "json" }];
  const kwicRow: OffsetSpec = { doc: "doc_id", start: "start", end: "end", field: "match" };
  return [
    { name: "corpus info", command: "corpus info", argv: ["corpus", "info", ...c], stdout: "table" },
    { name: "corpus import", command: "corpus import", argv: ["corpus", "import", p.corpus, "--skip-invalid", "--out", path.join(p.out, "imported.jsonl")], stdout: "none", files: [{ path: "imported.jsonl", format: "jsonl" }] },
    { name: "freq jsonl", command: "freq", argv: ["freq", ...c, "--format", "jsonl"], stdout: "jsonl" },
    { name: "freq by speaker, bigrams, csv", command: "freq", argv: ["freq", ...c, "--by", "speaker", "--ngram", "2", "--top", "20", "--format", "csv"], stdout: "csv" },
    { name: "freq by document, table", command: "freq", argv: ["freq", ...c, "--by", "document", "--top", "5"], stdout: "table" },
    { name: "kwic word jsonl", command: "kwic", argv: ["kwic", "said", ...c, "--format", "jsonl"], stdout: "jsonl", offsets: [kwicRow] },
    { name: "kwic glob sentence csv", command: "kwic", argv: ["kwic", "ne*", ...c, "--window", "sentence", "--limit", "200", "--format", "csv"], stdout: "csv", offsets: [kwicRow] },
    { name: "kwic regex sorted table", command: "kwic", argv: ["kwic", "/n.+/", ...c, "--sort", "left", "--context-chars", "40"], stdout: "table" },
    { name: "kwic Persian word", command: "kwic", argv: ["kwic", "گفت‌وگو", ...c, "--format", "jsonl"], stdout: "jsonl", offsets: [kwicRow] },
    { name: "keyness", command: "keyness", argv: ["keyness", ...c, "--target", "date>=1990-01-01", "--format", "jsonl"], stdout: "jsonl" },
    { name: "keyness, 2 threads, bigrams", command: "keyness", argv: ["keyness", ...c, "--threads", "2", "--target", "date>=1990-01-01", "--ngram", "2", "--format", "jsonl"], stdout: "jsonl" },
    { name: "collocates", command: "collocates", argv: ["collocates", "talks", ...c, "--format", "jsonl"], stdout: "jsonl" },
    { name: "collocates sequential", command: "collocates", argv: ["collocates", ...c, "--sequential", "2", "--format", "csv"], stdout: "csv" },
    { name: "dispersion", command: "dispersion", argv: ["dispersion", ...c, "--terms", "talks,never,said it", "--format", "jsonl"], stdout: "jsonl" },
    { name: "dispersion hits", command: "dispersion", argv: ["dispersion", ...c, "--terms", "talks,no,said it", "--hits", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "term", compare: "folded" }] },
    { name: "trend", command: "trend", argv: ["trend", ...c, "--terms", "talks,never", "--by", "decade", "--format", "jsonl"], stdout: "jsonl" },
    {
      name: "trend first-last", command: "trend", argv: ["trend", ...c, "--terms", "talks,never", "--first-last", "--format", "jsonl"], stdout: "jsonl",
      offsets: [{ doc: "first_doc_id", start: "first_start", end: "first_end", field: "term", compare: "folded" }, { doc: "last_doc_id", start: "last_start", end: "last_end", field: "term", compare: "folded" }],
    },
    { name: "compare", command: "compare", argv: ["compare", ...c, "--by", "decade", "--min-count", "1", "--format", "jsonl"], stdout: "jsonl" },
    { name: "stance markers", command: "stance markers", argv: ["stance", "markers", ...c, "--format", "csv"], stdout: "csv" },
    { name: "stance markers, 2 threads, by speaker", command: "stance markers", argv: ["stance", "markers", ...c, "--threads", "2", "--by", "speaker", "--format", "csv"], stdout: "csv" },
    { name: "stance markers hits", command: "stance markers", argv: ["stance", "markers", ...c, "--hits", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "marker", compare: "folded" }] },
    { name: "stance sentiment", command: "stance sentiment", argv: ["stance", "sentiment", ...c, "--format", "jsonl"], stdout: "jsonl" },
    { name: "stance sentiment sentences", command: "stance sentiment", argv: ["stance", "sentiment", ...c, "--sentences", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end" }] },
    { name: "stance target", command: "stance target", argv: ["stance", "target", ...c, "--target", "talks", "--terms", "talks,negotiat*", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "match" }] },
    { name: "stance target by year", command: "stance target", argv: ["stance", "target", ...c, "--target", "talks", "--terms", "talks", "--by", "year", "--format", "csv"], stdout: "csv" },
    { name: "stance claim", command: "stance claim", argv: ["stance", "claim", "--input", p.stanceRows, "--explain", "--format", "jsonl"], stdout: "jsonl" },
    { name: "stance train", command: "stance train", argv: ["stance", "train", "--data", p.stanceRows, "--model", path.join(p.out, "model.json"), "--epochs", "5"], stdout: "none", files: [{ path: "model.json", format: "json" }] },
    { name: "stance predict", command: "stance predict", argv: ["stance", "predict", "--model", path.join(p.out, "model.json"), "--input", p.stanceRows, "--format", "jsonl"], stdout: "jsonl" },
    { name: "rhetoric", command: "rhetoric", argv: ["rhetoric", ...c, "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "text" }] },
    { name: "rhetoric summary by speaker", command: "rhetoric", argv: ["rhetoric", ...c, "--summary", "--by", "speaker", "--format", "csv"], stdout: "csv" },
    { name: "rhetoric summary, 2 threads, by decade", command: "rhetoric", argv: ["rhetoric", ...c, "--summary", "--threads", "2", "--by", "decade", "--format", "csv"], stdout: "csv" },
    { name: "rhetoric input", command: "rhetoric", argv: ["rhetoric", "--input", p.corpus, "--limit", "50", "--format", "jsonl"], stdout: "jsonl" },
    { name: "voices on invalid records", command: "voices", argv: ["voices", "--input", p.corpus, "--published", "2020-01-02", "--format", "jsonl"], stdout: "none", exit: 1 },
    { name: "voices", command: "voices", argv: ["voices", "--input", p.reports, "--published", "2020-01-02", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "report_id", start: "start", end: "end", field: "text" }] },
    { name: "voices events", command: "voices", argv: ["voices", "--input", p.reports, "--published", "2020-01-02", "--events", "--format", "csv"], stdout: "csv" },
    { name: "voices speakers", command: "voices", argv: ["voices", "--input", p.reports, "--published", "2020-01-02", "--speakers", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "mention" }] },
    { name: "voices as corpus", command: "voices", argv: ["voices", "--input", p.reports, "--published", "2020-01-02", "--as-corpus", "--out", path.join(p.out, "speeches.jsonl")], stdout: "none", files: [{ path: "speeches.jsonl", format: "jsonl" }] },
    { name: "voices fidelity", command: "voices fidelity", argv: ["voices", "fidelity", "--report", p.report, "--transcript", p.transcript, "--published", "2020-01-02", "--html", path.join(p.out, "fidelity.html"), "--format", "jsonl"], stdout: "jsonl" },
    { name: "dfm long rows", command: "dfm", argv: ["dfm", ...c, "--format", "jsonl"], stdout: "jsonl" },
    { name: "dfm by speaker to Matrix Market", command: "dfm", argv: ["dfm", ...c, "--by", "speaker", "--weight", "tfidf", "--out", path.join(p.out, "m.mtx")], stdout: "none" },
    { name: "dfm bigrams to csv", command: "dfm", argv: ["dfm", ...c, "--ngram", "2", "--min-count", "2", "--out", path.join(p.out, "m.csv")], stdout: "none", files: [{ path: "m.csv", format: "csv" }] },
    { name: "dictionary rates", command: "dictionary", argv: ["dictionary", ...c, "--dictionary", "sample", "--by", "speaker", "--format", "csv"], stdout: "csv" },
    { name: "dictionary matches", command: "dictionary", argv: ["dictionary", ...c, "--dictionary", "sample", "--matches", "--format", "jsonl"], stdout: "jsonl", offsets: [{ doc: "doc_id", start: "start", end: "end", field: "text" }] },
    { name: "readability", command: "readability", argv: ["readability", ...c, "--format", "jsonl"], stdout: "jsonl" },
    { name: "diversity by speaker", command: "diversity", argv: ["diversity", ...c, "--by", "speaker", "--window", "20", "--format", "csv"], stdout: "csv" },
    { name: "similarity", command: "similarity", argv: ["similarity", ...c, "--method", "jaccard", "--format", "jsonl"], stdout: "jsonl" },
    { name: "scale wordfish by speaker", command: "scale wordfish", argv: ["scale", "wordfish", ...c, "--by", "speaker", "--format", "jsonl"], stdout: "jsonl" },
    { name: "scale wordscores by speaker", command: "scale wordscores", argv: ["scale", "wordscores", ...c, "--by", "speaker", "--reference", "Alice Smith=-1,O'Brien=1", "--format", "jsonl"], stdout: "jsonl" },
    { name: "shard count", command: "shard count", argv: ["shard", "count", "--input", p.valid, "--kind", "freq", "--by", "speaker", "--out", path.join(p.out, "part-1.partial.jsonl")], stdout: "none" }, // its lines are arrays: merge reads and checks it
    { name: "merge", command: "merge", argv: ["merge", path.join(p.out, "part-1.partial.jsonl"), path.join(p.out, "part-1.partial.jsonl"), "--out", path.join(p.out, "merged.csv")], stdout: "none", files: [{ path: "merged.csv", format: "csv" }] },
    { name: "shard count dictionary", command: "shard count", argv: ["shard", "count", "--input", p.valid, "--kind", "dictionary", "--dictionary", "sample", "--by", "speaker", "--out", path.join(p.out, "dict-1.partial.jsonl")], stdout: "none" },
    { name: "merge dictionary", command: "merge", argv: ["merge", path.join(p.out, "dict-1.partial.jsonl"), path.join(p.out, "dict-1.partial.jsonl"), "--out", path.join(p.out, "dict-merged.csv")], stdout: "none", files: [{ path: "dict-merged.csv", format: "csv" }] },
    { name: "shard count dfm", command: "shard count", argv: ["shard", "count", "--input", p.valid, "--kind", "dfm", "--ngram", "2", "--min-docfreq", "2", "--weight", "tfidf", "--out", path.join(p.out, "dfm-1.partial.jsonl")], stdout: "none" },
    { name: "merge dfm", command: "merge", argv: ["merge", path.join(p.out, "dfm-1.partial.jsonl"), "--out", path.join(p.out, "dfm-merged.jsonl")], stdout: "none", files: [{ path: "dfm-merged.jsonl", format: "jsonl" }] },
    { name: "report", command: "report", argv: ["report", ...c, "--out", path.join(p.out, "report")], stdout: "none" },
    { name: "chart top-terms", command: "chart top-terms", argv: ["chart", "top-terms", ...c, "--by", "speaker", ...o("top-terms")], stdout: "none", files: chart("top-terms") },
    { name: "chart trend", command: "chart trend", argv: ["chart", "trend", ...c, "--terms", "talks,never", "--by", "decade", ...o("trend")], stdout: "none", files: chart("trend") },
    { name: "chart keyness", command: "chart keyness", argv: ["chart", "keyness", ...c, "--target", "date>=1990-01-01", ...o("keyness")], stdout: "none", files: chart("keyness") },
    { name: "chart compare", command: "chart compare", argv: ["chart", "compare", ...c, "--by", "decade", "--min-count", "1", ...o("compare")], stdout: "none", files: chart("compare") },
    { name: "chart dispersion", command: "chart dispersion", argv: ["chart", "dispersion", ...c, "--terms", "talks,no", ...o("dispersion")], stdout: "none", files: chart("dispersion") },
    { name: "chart trend-ci", command: "chart trend-ci", argv: ["chart", "trend-ci", ...c, "--terms", "talks", ...o("trend-ci")], stdout: "none", files: chart("trend-ci") },
    { name: "chart scatter", command: "chart scatter", argv: ["chart", "scatter", ...c, "--target", "date>=1990-01-01", "--reference", "date<1990-01-01", "--min-count", "1", ...o("scatter")], stdout: "none", files: chart("scatter") },
    { name: "chart stance-over-time", command: "chart stance-over-time", argv: ["chart", "stance-over-time", ...c, "--target", "talks", "--terms", "talks,negotiat*", ...o("stance-over-time")], stdout: "none", files: chart("stance-over-time") },
    { name: "chart stance-profile", command: "chart stance-profile", argv: ["chart", "stance-profile", ...c, "--by", "document", ...o("stance-profile")], stdout: "none", files: [...chart("stance-profile")!, { path: "stance-profile.csv", format: "csv" }] },
    { name: "chart rhetoric", command: "chart rhetoric", argv: ["chart", "rhetoric", ...c, "--by", "document", ...o("rhetoric")], stdout: "none", files: [...chart("rhetoric")!, { path: "rhetoric.csv", format: "csv" }] },
  ];
}

/** Commands that read no text (they write a notebook project or register a Jupyter kernel): not fuzzed. */
export const NOT_TEXT_COMMANDS = ["init", "kernel install", "kernel list"] as const;
