/** Splitting YAML front matter from a text file's body, with file lines in errors. Internal. */
import matter from "gray-matter";
import { isMap, isScalar, parseDocument } from "yaml";
import type { Warning } from "../types";
import { DiscourseError, describe, inputError } from "../errors";

/** Front matter fields, the body after it, and the file line of each top-level key. */
export interface FrontMatter {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** 1-based file line of each top-level key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
}

/**
 * Splits `text` (BOM already dropped) into front matter and body. Front matter is a block
 * opened by a first line "---" and closed by a line "---". YAML is read with the yaml
 * package's YAML 1.2 core schema, so dates stay strings. Other front matter languages
 * (gray-matter's `---js`, which would run code) are rejected. Errors name `file` and line.
 */
export function splitFrontMatter(text: string, file: string, warn: (warning: Warning) => void): FrontMatter {
  if (!/^---[ \t]*\w*[ \t]*\r?\n/.test(text)) return { data: {}, body: text, keyLines: new Map(), bodyLine: 1 };
  if (!/\n---/.test(text)) throw inputError("front matter opened on line 1 is never closed by a line ---", file, 1);
  const keyLines = new Map<string, number>();
  const refuse = (language: string) => () => {
    throw inputError(`front matter in ${language} is not supported; use YAML`, file, 1);
  };
  const yaml = (source: string): object => {
    // `source` starts right after the opening "---" (and language name), still on line 1.
    const lineOf = (offset: number) => 1 + countNewlines(source, offset);
    // With CRLF line ends the block ends in the "\r" before the closing "---".
    const doc = parseDocument(source.endsWith("\r") ? source.slice(0, -1) : source, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      throw inputError(`bad YAML front matter: ${error.message.split("\n")[0]}`, file, lineOf(error.pos[0]));
    }
    for (const warning of doc.warnings) {
      const line = lineOf(warning.pos[0]);
      warn({ code: "front_matter", message: `${file}:${line}: ${warning.message.split("\n")[0]}`, file, line });
    }
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineOf(pair.key.range[0]));
      }
    }
    return doc.toJS() as object;
  };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml, javascript: refuse("JavaScript"), coffee: refuse("CoffeeScript") } });
  } catch (error) {
    if (error instanceof DiscourseError) throw error;
    throw inputError(`bad front matter: ${(error as Error).message}`, file, 1);
  }
  const data: unknown = parsed.data ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw inputError(`front matter must be key: value lines; got ${describe(data)}`, file, 2);
  }
  const bodyLine = 1 + countNewlines(text, text.length - parsed.content.length);
  return { data: data as Record<string, unknown>, body: parsed.content, keyLines, bodyLine };
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
