import * as fs from "node:fs";
import * as path from "node:path";
import { DiscourseError, ErrorCode, inputError } from "../errors";
import { DictionaryFormat, type Dictionary } from "./dictionary-types";
import { parseDictionary } from "./parse-dictionary";

/**
 * Reads a category dictionary file, its format told by the extension: `.dic` (LIWC),
 * `.yml` / `.yaml` (quanteda's YAML), `.json` (a plain map). See {@link parseDictionary}.
 *
 * @param file Path of the dictionary.
 * @param format Overrides the extension.
 * @returns The {@link Dictionary}, named after the file.
 * @throws DiscourseError `io` when the file cannot be read; `invalid_input` naming the file
 *   and line of a malformed entry.
 * @example
 * const dict = readDictionary("data/dictionaries/diplomacy.yml");
 * dict.categories.map((c) => c.category); // ["diplomacy.negotiation", "diplomacy.coercion", ...]
 */
export function readDictionary(file: string, format?: DictionaryFormat): Dictionary {
  const ext = path.extname(file).toLowerCase();
  const fmt = format ?? (ext === ".dic" ? DictionaryFormat.liwc : ext === ".yml" || ext === ".yaml" ? DictionaryFormat.yaml : ext === ".json" ? DictionaryFormat.json : undefined);
  if (fmt === undefined) throw inputError(`a dictionary file ends in .dic (LIWC), .yml, .yaml or .json; got "${ext || "no extension"}"`, file);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new DiscourseError(ErrorCode.io, `${file}: ${(e as Error).message}`, { file });
  }
  return parseDictionary(text, fmt, { file });
}
