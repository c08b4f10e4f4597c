import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDictionary } from "../../src/ingest/parse-dictionary";
import { readDictionary } from "../../src/ingest/read-dictionary";
import { DiscourseError } from "../../src/errors";

const DATA = path.resolve(__dirname, "../../data/dictionaries");

describe("parseDictionary and readDictionary", () => {
  it("reads the sample YAML dictionary with nested categories named by their path", () => {
    const d = readDictionary(path.join(DATA, "diplomacy.yml"));
    expect(d.name).toBe("diplomacy");
    expect(d.categories.map((c) => c.category)).toEqual(["diplomacy.negotiation", "diplomacy.coercion", "conflict", "economy.growth", "economy.hardship"]);
    expect(d.categories[0].entries[0]).toEqual({ pattern: "negotiat*", line: 6 });
  });
  it("reads the LIWC .dic sample, an entry in two categories listed in both", () => {
    const d = readDictionary(path.join(DATA, "diplomacy.dic"));
    expect(d.categories.map((c) => [c.category, c.entries.length])).toEqual([["negotiation", 5], ["coercion", 4], ["conflict", 5]]);
    expect(d.categories[2].entries.map((e) => e.pattern)).toContain("retaliat*");
  });
  it("reads a plain JSON map and a LIWC phrase separated by a tab", () => {
    expect(parseDictionary('{"hedges": ["perhaps", "sort of"], "boost": {"strong": ["clearly"]}}', "json").categories.map((c) => c.category)).toEqual(["hedges", "boost.strong"]);
    expect(parseDictionary("%\n1\thedge\n%\nkind of\t1\nmaybe 1\n", "liwc").categories[0].entries.map((e) => e.pattern)).toEqual(["kind of", "maybe"]);
  });
  it("names the file and line of a malformed dictionary", () => {
    const bad = (text: string, format: "liwc" | "yaml" | "json") => {
      try {
        parseDictionary(text, format, { file: "my.dic" });
      } catch (e) {
        expect(e).toBeInstanceOf(DiscourseError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };
    expect(bad("%\n1\tposemo\n%\nhappy\t1\nsad\t2\n", "liwc")).toBe("my.dic:5: entry \"sad\" names category id 2, which the header does not define");
    expect(bad("happy\t1\n", "liwc")).toMatch(/^my\.dic:1: a LIWC dictionary starts with a line "%"/);
    expect(bad("%\n1\tposemo\n", "liwc")).toMatch(/^my\.dic:2: the category header is not closed/);
    expect(bad("%\n1\tlike\n%\nlike (02 134)01\n", "liwc")).toMatch(/^my\.dic:4: LIWC conditional entries/);
    expect(bad("talks:\n  - treaty\n  - 42\n", "yaml")).toBe('my.dic:3: category "talks": a pattern must be a non-empty string; got 42');
    expect(bad("talks: [treaty\n", "yaml")).toMatch(/^my\.dic:\d+: not valid YAML/);
    expect(bad("talks: []\n", "yaml")).toBe('my.dic:1: category "talks" has no pattern');
    expect(bad("- a\n- b\n", "yaml")).toMatch(/^my\.dic:1: a dictionary is a map/);
  });
});
