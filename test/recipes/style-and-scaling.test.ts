import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { styleAndScaling, STYLE_PARAMS, type StyleParams } from "../../src/recipes/style-and-scaling";
import { fullReport } from "../../src/recipes/full-report";
import { sampleDictionary } from "../../src/ingest/sample-dictionary";
import { readDictionary } from "../../src/ingest/read-dictionary";
import { readability } from "../../src/measure/style/readability";
import { lexicalDiversity } from "../../src/measure/style/lexical-diversity";
import { dictionaryMatches } from "../../src/measure/dictionary-matches";
import { dictionaryRates } from "../../src/compare/dictionary-rates";
import { dfm } from "../../src/measure/dfm/dfm";
import { dfmTrim } from "../../src/measure/dfm/dfm-trim";
import { wordfish } from "../../src/measure/scaling/wordfish";
import type { Corpus, Warning } from "../../src/types";

// Texts of my own in several styles (wire copy, a minister's transcript, a press release, a
// blog, a broadsheet leader), three speakers across three decades.
const WIRE = "GENEVA (Wire) - Negotiators resumed talks on Tuesday after a week of sanctions threats, officials said. The delegations met for six hours. ";
const TRANSCRIPT = "Q: Will you impose an embargo? A: We are not there yet. We want dialogue, we want a treaty, and we will negotiate in good faith as long as they do. ";
const RELEASE = "FOR IMMEDIATE RELEASE. The Ministry announces new jobs programmes and growth in exports; unemployment fell for the third quarter in a row. ";
const BLOG = "Honestly? The war talk is exhausting. Every week another ultimatum, another blockade, another retaliation. Nobody wins a war like this. ";
const LEADER = "The government's budget deserves a hearing: prosperity will not return while families face poverty and debt, whatever the minister says. ";

const CORPUS: Corpus = [
  { id: "a1", date: "1985-03-01", text: (WIRE + TRANSCRIPT).repeat(12), speaker: "Ames", meta: {} },
  { id: "a2", date: "1988-03-01", text: (TRANSCRIPT + WIRE + LEADER).repeat(10), speaker: "Ames", meta: {} },
  { id: "b1", date: "1995-03-01", text: (RELEASE + LEADER).repeat(12), speaker: "Brook", meta: {} },
  { id: "b2", date: "1998-03-01", text: (LEADER + RELEASE + WIRE).repeat(10), speaker: "Brook", meta: {} },
  { id: "c1", date: "2005-03-01", text: (BLOG + WIRE).repeat(12), speaker: "Cole", meta: {} },
  { id: "c2", date: "2008-03-01", text: (BLOG + RELEASE + BLOG).repeat(10), speaker: "Cole", meta: {} },
];
const PARAMS: StyleParams = { ...STYLE_PARAMS, scaleDir: ["Ames", "Cole"], minDocFreq: 2, minCount: 10, labelWords: ["war", "jobs"], query: "a1", top: 3 };

describe("sampleDictionary", () => {
  test("is the shipped data/dictionaries/diplomacy.yml with its nested categories", () => {
    const d = sampleDictionary();
    expect(d.categories.map((c) => c.category)).toEqual(["diplomacy.negotiation", "diplomacy.coercion", "conflict", "economy.growth", "economy.hardship"]);
    expect(d).toEqual(readDictionary(path.resolve(__dirname, "../../data/dictionaries/diplomacy.yml")));
  });
});

describe("styleAndScaling", () => {
  const warnings: Warning[] = [];
  const report = styleAndScaling(CORPUS, PARAMS, (w) => warnings.push(w));

  test("a report of seven items, each with a chart and a table", () => {
    expect(report.items.map((i) => i.id)).toEqual(["readability", "lexical-diversity", "dictionary", "wordfish-positions", "wordfish-words", "nearest", "similarity"]);
    for (const item of report.items) for (const row of item.table.rows.slice(0, 3)) expect(Object.keys(row)).toEqual(expect.arrayContaining([...item.table.columns]));
  });

  test("its tables are the library's results for the same parameters", () => {
    expect(report.items[0].table.rows).toEqual(readability(CORPUS, { by: "decade" }));
    expect(report.items[1].table.rows).toEqual(lexicalDiversity(CORPUS, { by: "decade" }));
    const dict = sampleDictionary();
    expect(report.items[2].table.rows).toEqual(dictionaryRates(CORPUS, dictionaryMatches(CORPUS, dict), dict, { by: "decade" }));
    const fit = wordfish(dfmTrim(dfm(CORPUS, { by: "speaker", stopwords: "en", removeNumbers: true }), { minDocFreq: 2, minCount: 10 }), { dir: ["Ames", "Cole"] });
    expect(report.items[3].table.rows).toEqual(fit.positions);
  });

  test("the speakers on the Wordfish axis in the asked direction; the nearest addresses exclude the query", () => {
    const pos = report.items[3].table.rows as { row: string; theta: number }[];
    expect(pos.map((p) => p.row)).toEqual(["Ames", "Brook", "Cole"]);
    expect(pos[0].theta).toBeLessThan(pos[2].theta);
    const near = report.items[5].table.rows as { row_a: string; row_b: string }[];
    expect(near).toHaveLength(3);
    expect(near.every((r) => r.row_a === "a1" && r.row_b !== "a1")).toBe(true);
    expect(near[0].row_b).toBe("a2"); // the other address made of the wire copy and the transcript
  });

  test("the same corpus gives the same bytes", () => {
    expect(JSON.stringify(styleAndScaling(CORPUS, PARAMS))).toBe(JSON.stringify(report));
  });
});

describe("fullReport's style and scaling section", () => {
  // The report's party chart (notebook 01) needs a party field.
  const WITH_PARTY: Corpus = CORPUS.map((d) => ({ ...d, meta: { party: d.speaker === "Brook" ? "Blue" : "Red" } }));
  test("left out quietly when the corpus has fewer than 10 documents, and report.json's choices say why", () => {
    const warnings: Warning[] = [];
    const r = fullReport(WITH_PARTY, {}, (w) => warnings.push(w));
    expect(r.items.map((i) => i.id)).not.toContain("wordfish-positions");
    expect(warnings.filter((w) => w.code === "style_left_out")).toEqual([]);
    expect(r.choices.style).toMatch(/^left out: .*at least 10 of them/);
  });

  test("asked for by a report file on a corpus that cannot carry it: no item, and a style_left_out warning saying why", () => {
    const warnings: Warning[] = [];
    const r = fullReport(WITH_PARTY, { sections: [{ recipe: "styleAndScaling", params: {} }] }, (w) => warnings.push(w));
    expect(r.items).toEqual([]);
    expect(warnings.filter((w) => w.code === "style_left_out").map((w) => w.message)).toEqual([expect.stringContaining("at least 10 of them")]);
  });

  test("on another corpus: Wordfish from the earliest to the latest speaker, neighbours of the latest document", () => {
    const twice: Corpus = [...WITH_PARTY, ...WITH_PARTY.map((d) => ({ ...d, id: `${d.id}-again`, date: d.date!.replace("-03-", "-09-") }))];
    const r = fullReport(twice);
    const ids = r.items.map((i) => i.id);
    expect(ids.slice(-7)).toEqual(["readability", "lexical-diversity", "dictionary", "wordfish-positions", "wordfish-words", "nearest", "similarity"]);
    const pos = r.items[ids.indexOf("wordfish-positions")].table.rows as { row: string; theta: number }[];
    expect(pos.find((p) => p.row === "Ames")!.theta).toBeLessThan(pos.find((p) => p.row === "Cole")!.theta);
    expect((r.items[ids.indexOf("nearest")].table.rows[0] as { row_a: string }).row_a).toBe("c2-again");
  });
});
