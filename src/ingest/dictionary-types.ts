/** Category dictionaries: the data `parseDictionary` and `readDictionary` return. */

/** One entry of a category: a word, a glob (`negotiat*`) or a phrase, with the line it came from. */
export interface DictionaryEntry {
  readonly pattern: string;
  /** 1-based line in the dictionary file, when read from one. */
  readonly line?: number;
}

/** A leaf category; nested categories are named by their path joined with "." ("economy.positive"). */
export interface DictionaryCategory {
  readonly category: string;
  readonly entries: readonly DictionaryEntry[];
}

/** A category dictionary (LIWC, quanteda YAML or a plain map), categories in file order. */
export interface Dictionary {
  readonly name: string;
  /** Where it came from (file), when read from one. */
  readonly source?: string;
  readonly categories: readonly DictionaryCategory[];
}

/** Dictionary file formats. */
export const DictionaryFormat = {
  /** LIWC `.dic`: a `%`-delimited header of "id name" lines, then "word id id ..." lines. */
  liwc: "liwc",
  /** quanteda's YAML dictionary: a map of category -> list of patterns, or of sub-categories. */
  yaml: "yaml",
  /** The same map in JSON. */
  json: "json",
} as const;
export type DictionaryFormat = (typeof DictionaryFormat)[keyof typeof DictionaryFormat];
