import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Corpus, Document } from "../../src/types";
import { corpusDocuments } from "../../src/ingest/corpus-documents";
import { loadCorpus, type LoadCorpusOptions } from "../../src/ingest/load-corpus";
import { collect, collectWarnings, rejection, tempFolder } from "./temp-files";

const { dir, write } = tempFolder();
const MIXED = join(__dirname, "fixtures", "mixed");
const SOTU = resolve(__dirname, "../../../shared/corpora/sotu");

/** The documents without `meta.lang`, which loadCorpus sets and corpusDocuments leaves to the caller. */
function withoutLang(docs: readonly Document[]): Document[] {
  return docs.map((doc) => {
    const { lang: _lang, ...meta } = doc.meta;
    return { ...doc, meta };
  });
}

/** Expects corpusDocuments(spec) to yield loadCorpus(spec) minus meta.lang, with the same warnings. */
async function expectSameAsLoadCorpus(spec: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const streamed = collectWarnings();
  const loaded = collectWarnings();
  const docs = await collect(corpusDocuments(spec, { ...options, onWarning: streamed.onWarning }));
  const corpus = await loadCorpus(spec, { ...options, onWarning: loaded.onWarning });
  expect(docs.every((doc) => Object.isFrozen(doc))).toBe(true);
  expect(withoutLang(docs)).toEqual(withoutLang(corpus));
  expect(streamed.warnings).toEqual(loaded.warnings.filter((w) => !/^lang/.test(w.code)));
  return corpus;
}

describe("corpusDocuments", () => {
  it("yields loadCorpus's documents, without languages, for the shared SOTU JSON Lines with its meta file", async () => {
    const corpus = await expectSameAsLoadCorpus(join(SOTU, "data.jsonl"), { metaFile: join(SOTU, "meta.jsonl") });
    expect(corpus.length).toBeGreaterThan(200);
  });

  it('yields the bundled addresses for "sotu", with from/to', async () => {
    await expectSameAsLoadCorpus("sotu", { from: 1990, to: 2000 });
    const docs = await collect(corpusDocuments("sotu", { from: 2021 }));
    expect(docs.map((d) => [d.id, d.meta.lang])).toEqual([["sotu-2021-joseph-r-biden", undefined]]);
  });

  it("yields loadCorpus's documents for a folder of mixed kinds and for each file in it", async () => {
    await expectSameAsLoadCorpus(MIXED);
    for (const name of ["council-briefing.txt", "council-memo.docx", "harbour-vote.html", "letters-latin1.csv", "port-statement.pdf"]) {
      await expectSameAsLoadCorpus(join(MIXED, name));
    }
    await expectSameAsLoadCorpus(join(MIXED, "port-statement.pdf"), { pdfPages: true });
  });

  it("yields loadCorpus's documents for CSV, JSON Lines and JSON files, options passed through", async () => {
    await expectSameAsLoadCorpus(write("x.csv", 'body,when,lang\n"one\ntwo",4 Nov 2019,EN\nthree,,\n'), { textColumn: "body", dateColumn: "when" });
    await expectSameAsLoadCorpus(write("x.ndjson", '{"doc":"j","text":"J","date":"03/04/2019"}\n'), { idField: "doc", dateOrder: "dmy" });
    await expectSameAsLoadCorpus(write("x.json", '[{"id":"s","text":"S","party":"X"}]'));
  });

  it("validates options when called, before reading", () => {
    expect(() => corpusDocuments(join(dir, "missing.csv"))).toThrow(/missing.csv: cannot read: no such file or folder/);
    expect(() => corpusDocuments(write("y.xlsx", ""))).toThrow(/spec must be "sotu", a folder, or a/);
    expect(() => corpusDocuments("sotu", { from: 2000, to: 1990 })).toThrow(/sotuCorpus: option "to" must be a year >= from/);
    expect(() => corpusDocuments(write("y.csv", "text\nx\n"), { textColumn: "" })).toThrow(/csvDocuments: option "textColumn"/);
    expect(() => corpusDocuments(write("y.json", "[]"), { idField: "" })).toThrow(/readJson: option "idField"/);
    expect(() => corpusDocuments(write("y.txt", "x"), { pdfPages: 1 as unknown as boolean })).toThrow(/corpusDocuments: option "pdfPages" must be a boolean/);
  });

  it("throws errors in the data when the stream reaches them, naming file and line", async () => {
    const file = write("bad.csv", "id,text\na,x\nb,\n");
    const error = await rejection(collect(corpusDocuments(file)));
    expect(error).toMatchObject({ code: "invalid_input", file, line: 3 });
  });
});
