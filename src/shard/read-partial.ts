import * as fs from "node:fs";
import * as readline from "node:readline";
import { inputError } from "../errors";
import { PARTIAL_VERSION, PartialKind, type PartialRow, type PartialTable } from "./partial-table";
import { tableKind } from "./table-kinds";
import { PARTIAL_FORMAT } from "./write-partial";

/**
 * Reads a partial-table file written by `writePartial`, checking it line by line: the
 * header (format, a known kind, this version), each row's section and number of cells,
 * and that every section has as many rows as the header says (a truncated file fails).
 *
 * @param file A `.partial.jsonl` file.
 * @returns The partial table.
 * @throws DiscourseError `invalid_input` naming the file and line for anything else.
 * @example
 * const merged = mergePartials([await readPartial("a.partial.jsonl"), await readPartial("b.partial.jsonl")], ["a.partial.jsonl", "b.partial.jsonl"]);
 */
export async function readPartial(file: string): Promise<PartialTable> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let header: { kind: PartialKind; version: number; options: PartialTable["options"]; rows: Record<string, number> } | undefined;
  let spec: ReturnType<typeof tableKind>["sections"] = {};
  const sections: Record<string, PartialRow[]> = {};
  let n = 0;
  for await (const line of lines) {
    n++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw inputError(`not valid JSON (${(e as Error).message})`, file, n);
    }
    if (n === 1) {
      const h = value as Record<string, unknown>;
      if (h === null || typeof h !== "object" || h.format !== PARTIAL_FORMAT) throw inputError(`not a partial table: the first line must be a header {"format": "${PARTIAL_FORMAT}", ...}`, file, 1);
      if (!(Object.values(PartialKind) as unknown[]).includes(h.kind)) throw inputError(`unknown kind ${JSON.stringify(h.kind)}; kinds: ${Object.values(PartialKind).join(", ")}`, file, 1);
      if (h.version !== PARTIAL_VERSION) throw inputError(`partial table version ${JSON.stringify(h.version)}; this discourse-lab reads version ${PARTIAL_VERSION}`, file, 1);
      if (h.options === null || typeof h.options !== "object" || h.rows === null || typeof h.rows !== "object") throw inputError('the header needs "options" and "rows" objects', file, 1);
      header = h as typeof header;
      spec = tableKind("readPartial", h.kind).sections;
      for (const name of Object.keys(spec)) sections[name] = [];
      continue;
    }
    if (!Array.isArray(value) || typeof value[0] !== "string" || !(value[0] in spec)) throw inputError(`expected a row ["section", ...] of ${Object.keys(spec).join(", ")}`, file, n);
    const s = spec[value[0]];
    if (value.length < 2 + s.keys || value.slice(1).some((c) => c !== null && typeof c !== "string" && typeof c !== "number")) throw inputError(`a ${value[0]} row needs ${s.keys} key cell(s) and values (strings, numbers or null)`, file, n);
    sections[value[0]].push(value.slice(1) as PartialRow);
  }
  if (!header) throw inputError("empty file: not a partial table", file);
  for (const name of Object.keys(spec)) {
    const want = header.rows[name] ?? 0;
    if (sections[name].length !== want) throw inputError(`section ${name} has ${sections[name].length} rows, the header says ${want} (a truncated or edited file?)`, file, n);
  }
  return { kind: header.kind, version: header.version, options: header.options, sections };
}
