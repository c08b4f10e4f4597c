/**
 * Checks of the fuzz test on what a command printed: output that parses in the format
 * asked, stderr without a stack trace, and offsets that slice back into the documents.
 * Each returns the problems found (an empty list when none), so a test can show them all.
 */
import { parse } from "csv-parse/sync";
import type { OffsetSpec } from "./fuzz-cases";

/** Lines of stderr that betray a crash: a stack frame ("    at f (file:1:2)"), "internal error", a V8 abort. */
export function crashLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => /^\s+at\s|internal error|FATAL ERROR|Aborted|RangeError|TypeError|ReferenceError|heap out of memory/.test(l));
}

/** The rows of `text` read in `format`; throws (naming the line) when it does not parse. */
export function parseRows(text: string, format: "jsonl" | "csv" | "table" | "json"): Record<string, unknown>[] {
  if (format === "json") return [JSON.parse(text) as Record<string, unknown>];
  if (format === "jsonl") {
    return text.split("\n").filter((l, i, all) => l !== "" || i < all.length - 1).map((l, i) => {
      try {
        const row = JSON.parse(l) as unknown;
        if (row === null || typeof row !== "object" || Array.isArray(row)) throw new Error("not an object");
        return row as Record<string, unknown>;
      } catch (e) {
        throw new Error(`jsonl line ${i + 1} does not parse (${(e as Error).message}): ${l.slice(0, 120)}`);
      }
    });
  }
  if (format === "csv") return parse(text, { columns: true, skip_empty_lines: false }) as Record<string, unknown>[];
  // The text table: a header, a rule of dashes under each column, then one line per row
  // (corpus info prints a few lines of summary before its table).
  const lines = text.split("\n");
  const rule = lines.findIndex((l, i) => i > 0 && /^-+( +-+)*$/.test(l.trimEnd()));
  if (rule < 0 || lines[rule - 1].trim() === "") throw new Error(`not a table: ${JSON.stringify(text.slice(0, 200))}`);
  if (!text.endsWith("\n")) throw new Error("table does not end with a line break");
  return lines.slice(rule + 1, -1).map((line) => ({ line }));
}

/** Lowercased, whitespace collapsed, NFC: how terms are compared with their surface. */
const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Problems with the offsets of `rows` (per `spec`): the document must be one of `texts`,
 * 0 <= start < end <= its length, and `text.slice(start, end)` must give the row's field
 * (exactly, or folded for normalized terms). Numbers read from CSV count as numbers.
 */
export function offsetProblems(rows: readonly Record<string, unknown>[], spec: OffsetSpec, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const say = (what: string) => problems.push(`row ${i + 1}: ${what}: ${JSON.stringify(row).slice(0, 300)}`);
    const id = row[spec.doc];
    const text = typeof id === "string" ? texts.get(id) : undefined;
    if (text === undefined) return say(`${spec.doc} ${JSON.stringify(id)} is not a document of the corpus`);
    const start = Number(row[spec.start]);
    const end = Number(row[spec.end]);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      return say(`offsets ${row[spec.start]}-${row[spec.end]} are not a span of the ${text.length}-character document`);
    }
    if (spec.field === undefined) return;
    const got = text.slice(start, end);
    const want = String(row[spec.field]);
    const same = spec.compare === "folded" ? fold(got) === fold(want) : got === want;
    if (!same) say(`text.slice(${start}, ${end}) is ${JSON.stringify(got)}, not ${spec.field} ${JSON.stringify(want)}`);
  });
  return problems;
}
