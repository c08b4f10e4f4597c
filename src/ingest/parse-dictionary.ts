import * as YAML from "yaml";
import { argumentError, checkOneOf, inputError } from "../errors";
import { DictionaryFormat, type Dictionary, type DictionaryCategory, type DictionaryEntry } from "./dictionary-types";

/** Options of {@link parseDictionary}. */
export interface ParseDictionaryOptions {
  /** The file the text came from, named in errors and kept as `source`. */
  readonly file?: string;
  /** The dictionary's name. Default: the file name without extension, else "dictionary". */
  readonly name?: string;
}

/**
 * Parses a category dictionary in one of the formats analysts already have:
 * - "liwc": the LIWC `.dic` format: between two `%` lines, one category per line
 *   (`1<TAB>posemo`), then one entry per line with its category ids (`happ*<TAB>1 3`); an
 *   entry holding a space is a phrase when a tab separates it from its ids.
 * - "yaml": quanteda's YAML dictionary, a map from category to a list of patterns, or to a
 *   map of sub-categories (nested at any depth; a category's name is its path joined with
 *   "."), e.g. `economy: { growth: [grow*, boom], decline: [recession*] }`.
 * - "json": the same map in JSON.
 * Patterns are words, globs (`*` any run, `?` one character) or phrases of words and globs.
 *
 * @param text The file's content.
 * @param format One of {@link DictionaryFormat}.
 * @param options `file` (named in errors), `name`.
 * @returns A {@link Dictionary}, categories in file order.
 * @throws DiscourseError `invalid_input` naming the file and line of a malformed entry
 *   (an unknown category id, a category without entries, a pattern that is not a string, ...).
 * @example
 * parseDictionary("diplomacy:\n  talks: [negotiat*, treaty]\n  force: [war, troops]\n", "yaml").categories;
 * // [{ category: "diplomacy.talks", entries: [{ pattern: "negotiat*", line: 2 }, ...] }, { category: "diplomacy.force", ... }]
 * @see Pennebaker et al. (2015), The Development and Psychometric Properties of LIWC2015 (the .dic format).
 * @see quanteda's `dictionary()` (YAML format), Benoit et al. (2018).
 */
export function parseDictionary(text: string, format: DictionaryFormat, options: ParseDictionaryOptions = {}): Dictionary {
  const fmt = checkOneOf("parseDictionary", 'argument "format"', format, Object.values(DictionaryFormat));
  if (typeof text !== "string") throw argumentError("parseDictionary", 'argument "text"', "a string", text);
  const file = options.file;
  const name = options.name ?? (file ? file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") : "dictionary");
  const categories = fmt === DictionaryFormat.liwc ? parseLiwc(text, file) : parseMap(text, fmt, file);
  if (categories.length === 0) throw inputError("the dictionary has no category", file);
  return { name, ...(file ? { source: file } : {}), categories };
}

function parseLiwc(text: string, file: string | undefined): DictionaryCategory[] {
  const lines = text.replace(/^\uFEFF/, "").replace(/(\r?\n)+$/, "").split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  if (i >= lines.length || lines[i].trim() !== "%") throw inputError(`a LIWC dictionary starts with a line "%"; got ${JSON.stringify((lines[i] ?? "").slice(0, 40))}`, file, i + 1);
  const names = new Map<string, string>();
  const order: string[] = [];
  for (i++; i < lines.length && lines[i].trim() !== "%"; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const m = /^(\S+)\s+(.+)$/.exec(line);
    if (!m) throw inputError(`a category line is "id<TAB>name"; got ${JSON.stringify(line.slice(0, 40))}`, file, i + 1);
    if (names.has(m[1])) throw inputError(`category id ${m[1]} is defined twice`, file, i + 1);
    names.set(m[1], m[2].trim());
    order.push(m[1]);
  }
  if (i >= lines.length) throw inputError('the category header is not closed by a second "%" line', file, lines.length);
  const entries = new Map<string, DictionaryEntry[]>(order.map((id) => [id, []]));
  for (i++; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "") continue;
    const tab = raw.indexOf("\t");
    const [word, ids] = tab > 0 ? [raw.slice(0, tab).trim(), raw.slice(tab + 1).trim().split(/\s+/)] : (([w, ...rest]) => [w, rest])(raw.trim().split(/\s+/));
    if (/[(<]/.test(raw)) throw inputError(`LIWC conditional entries ("${word}") are not supported; list the word under each category it belongs to`, file, i + 1);
    if (ids.length === 0 || ids[0] === "") throw inputError(`entry ${JSON.stringify(word)} has no category id`, file, i + 1);
    for (const id of ids) {
      const list = entries.get(id);
      if (!list) throw inputError(`entry ${JSON.stringify(word)} names category id ${id}, which the header does not define`, file, i + 1);
      list.push({ pattern: word, line: i + 1 });
    }
  }
  return order.map((id) => ({ category: names.get(id)!, entries: entries.get(id)! }));
}

function parseMap(text: string, format: DictionaryFormat, file: string | undefined): DictionaryCategory[] {
  const lc = new YAML.LineCounter();
  const doc = YAML.parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw inputError(`not valid ${format === "json" ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`, file, e.linePos?.[0].line);
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lc.linePos(range[0]).line : undefined;
  };
  const out: DictionaryCategory[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (YAML.isMap(node)) {
      if (node.items.length === 0) throw inputError(`category ${JSON.stringify(path.join(".") || "(top)")} is empty`, file, lineOf(node));
      for (const pair of node.items) {
        const key = YAML.isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key !== "string" && typeof key !== "number") throw inputError("a category name must be a string", file, lineOf(pair.key));
        walk(pair.value, [...path, String(key)]);
      }
      return;
    }
    const where = path.join(".");
    if (path.length === 0) throw inputError("a dictionary is a map of category names to lists of patterns", file, lineOf(node) ?? 1);
    if (YAML.isSeq(node)) {
      const entries: DictionaryEntry[] = node.items.map((item) => {
        const v = YAML.isScalar(item) ? item.value : item;
        if (typeof v !== "string" || v.trim() === "") throw inputError(`category ${JSON.stringify(where)}: a pattern must be a non-empty string; got ${YAML.isScalar(item) ? JSON.stringify(v) : "a list or map"}`, file, lineOf(item));
        return { pattern: v.trim(), line: lineOf(item) };
      });
      if (entries.length === 0) throw inputError(`category ${JSON.stringify(where)} has no pattern`, file, lineOf(node));
      out.push({ category: where, entries });
      return;
    }
    if (YAML.isScalar(node) && typeof node.value === "string" && node.value.trim() !== "") {
      out.push({ category: where, entries: [{ pattern: node.value.trim(), line: lineOf(node) }] });
      return;
    }
    throw inputError(`category ${JSON.stringify(where)} must hold a list of patterns or sub-categories`, file, lineOf(node));
  };
  walk(doc.contents, []);
  return out;
}
