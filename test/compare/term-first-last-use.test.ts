import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { termFirstLastUse } from "../../src/compare/term-first-last-use";
import { readJsonl } from "../../src/ingest/read-jsonl";
import type { Document, Warning } from "../../src/types";

const d = (id: string, text: string, date?: string): Document => ({ id, text, date, meta: {} });
const SOTU = path.resolve(__dirname, "../../../shared/corpora/sotu/data.jsonl");

describe("termFirstLastUse(corpus, terms)", () => {
  it("places first and last use by date, not by corpus order, with offsets that slice to the term", () => {
    const corpus = [d("late", "Talks again. No talks.", "2019-11-03"), d("early", "We want talks.", "2019-09-17"), d("mid", "Nothing here.", "2019-10")];
    const [row] = termFirstLastUse(corpus, ["talks"]);
    expect(row).toMatchObject({ term: "talks", count: 3, n_docs: 2, first_date: "2019-09-17", first_doc_id: "early", last_date: "2019-11-03", last_doc_id: "late", undated_count: 0 });
    expect(corpus[1].text.slice(row.first_start!, row.first_end!)).toBe("talks");
    // the last use is the second occurrence in the latest document
    expect(row.last_start).toBe(corpus[0].text.lastIndexOf("talks"));
  });

  it("compares dates at their own precision: a year falls before a full date in that year", () => {
    const rows = termFirstLastUse([d("b", "union", "1861-03-04"), d("a", "union", "1861")], ["union"]);
    expect([rows[0].first_doc_id, rows[0].last_doc_id]).toEqual(["a", "b"]);
  });

  it("counts occurrences in undated documents without placing them, and says so", () => {
    const warnings: Warning[] = [];
    const rows = termFirstLastUse([d("x", "peace and peace"), d("y", "peace", "1900")], ["peace", "war"], { onWarning: (w) => warnings.push(w) });
    expect(rows[0]).toMatchObject({ term: "peace", count: 3, undated_count: 2, first_doc_id: "y", last_doc_id: "y" });
    expect(rows[1]).toMatchObject({ term: "war", count: 0, n_docs: 0, first_date: null, last_date: null });
    expect(warnings.map((w) => w.code).sort()).toEqual(["undated_occurrences", "unseen_term"]);
  });

  it("finds phrases and keeps the order of the terms given", () => {
    const rows = termFirstLastUse([d("a", "Maximum pressure failed. MAXIMUM PRESSURE!", "2019")], ["pressure", "maximum pressure"]);
    expect(rows.map((r) => [r.term, r.count])).toEqual([["pressure", 2], ["maximum pressure", 2]]);
  });

  it.skipIf(!existsSync(SOTU))("on ../shared SOTU agrees with a regex scan of the dated texts", async () => {
    const corpus = await readJsonl(SOTU);
    const [row] = termFirstLastUse(corpus, ["terrorism"]);
    const dated = corpus.filter((doc) => /\bterrorism\b/i.test(doc.text)).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const first = dated[0];
    const last = dated[dated.length - 1];
    expect(row.first_doc_id).toBe(first.id);
    expect(row.first_start).toBe(first.text.search(/\bterrorism\b/i));
    expect(row.last_doc_id).toBe(last.id);
    const all = [...last.text.matchAll(/\bterrorism\b/gi)];
    expect(row.last_start).toBe(all[all.length - 1].index);
    expect(row.count).toBe(corpus.reduce((n, doc) => n + [...doc.text.matchAll(/\bterrorism\b/gi)].length, 0));
  });
});
