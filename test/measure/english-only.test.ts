/**
 * The English-only measures (sentiment, stance markers, target stance, claim stance, the
 * built-in rhetoric rules) on documents in other languages: no score (null / NaN, never
 * 0) and one warning naming the languages; the English documents' results unchanged.
 * Texts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { stanceMarkerRates } from "../../src/compare/stance-marker-rates";
import { targetStanceByPeriod } from "../../src/compare/stance-by-period";
import { isEnglishDocument } from "../../src/measure/is-english-document";
import { rhetoricMatches } from "../../src/measure/rhetoric-matches";
import { rhetoricSummary } from "../../src/measure/rhetoric-summary";
import { claimStance } from "../../src/measure/stance/claim-stance";
import { documentSentiment } from "../../src/measure/stance/document-sentiment";
import { sentenceSentiment } from "../../src/measure/stance/sentence-sentiment";
import { stanceMarkers } from "../../src/measure/stance/stance-markers";
import { targetStance } from "../../src/measure/stance/target-stance";
import { textSentiment } from "../../src/measure/stance/text-sentiment";
import { termFrequency } from "../../src/measure/term-frequency";
import type { Document, Warning } from "../../src/types";

const ZWNJ = "\u200c";
const d = (id: string, text: string, lang: string | undefined, date = "2019-11-04"): Document => ({ id, text, date, meta: lang === undefined ? {} : { lang } });

// A broadsheet paragraph, a Persian statement, a Chinese one, and a short English line marked "und".
const en = d("en", "We will certainly not negotiate with them. Perhaps talks are never good, and I think they always fail.", "en");
const fa = d("fa", `ما با آمریکا مذاکره نمی${ZWNJ}کنیم. مذاکره همیشه بد است.`, "fa", "2019-11-05");
const zh = d("zh", "我们不会与美国谈判。谈判总是失败。", "zh", "2019-11-06");
const und = d("und", "Never again. Always!", "und", "2019-11-07");
const corpus = [en, fa, zh, und];
const collect = () => {
  const warnings: Warning[] = [];
  return { warnings, onWarning: (w: Warning) => warnings.push(w) };
};
const ONE_WARNING = (fn: string) => `${fn} reads English only: left out 2 of 4 document(s), in fa (1), zh (1); they get no score (null), not 0`;

describe("isEnglishDocument", () => {
  it('reads "en", not another language, and "und" or no lang by the script of its letters', () => {
    expect([en, fa, zh, und].map(isEnglishDocument)).toEqual([true, false, false, true]);
    expect(isEnglishDocument(d("x", "谢谢。", "und"))).toBe(false);
    expect(isEnglishDocument(d("x", `خیلی ممنون`, undefined))).toBe(false);
    expect(isEnglishDocument(d("x", "Thank you.", undefined))).toBe(true);
    expect(isEnglishDocument(d("x", "Merci beaucoup.", "fr"))).toBe(false);
    expect(isEnglishDocument(d("x", "Cheers.", "en-GB"))).toBe(true);
    expect(isEnglishDocument(d("x", "2019 - 2020", undefined))).toBe(true); // no letter: nothing to misread
  });
});

describe("English-only measures on a mixed corpus", () => {
  it("stanceMarkers: rows for the English documents only, the same rows as without the others, one warning", () => {
    const { warnings, onWarning } = collect();
    const rows = stanceMarkers(corpus, { onWarning });
    expect(rows).toEqual(stanceMarkers([en, und]));
    expect(new Set(rows.map((r) => r.doc_id))).toEqual(new Set(["en", "und"]));
    expect(warnings.map((w) => [w.code, w.message])).toEqual([["not_english", ONE_WARNING("stanceMarkers")]]);
  });

  it("stanceMarkerRates: null counts and rates for a Persian document (never 0), one warning", () => {
    const { warnings, onWarning } = collect();
    const rows = stanceMarkerRates(corpus, { by: "document", onWarning });
    const persian = rows.filter((r) => r.group === "fa");
    expect(persian).toHaveLength(5);
    for (const r of persian) {
      expect(r.count).toBeNaN();
      expect(r.per_1k).toBeNaN();
      expect(r.n_docs_with).toBeNaN();
      expect(r.n_words).toBe(0);
      expect(r.n_docs).toBe(0);
    }
    const english = rows.filter((r) => r.group === "en");
    expect(english).toEqual(stanceMarkerRates([en], { by: "document" }));
    expect(warnings.map((w) => w.message)).toEqual([ONE_WARNING("stanceMarkerRates")]);
  });

  it("stanceMarkerRates by month: a group mixing languages counts the English words only", () => {
    const rows = stanceMarkerRates(corpus, { by: "month", categories: ["hedge"] });
    expect(rows).toHaveLength(1);
    const alone = stanceMarkerRates([en, und], { by: "month", categories: ["hedge"] });
    expect(rows[0]).toEqual(alone[0]);
    expect(rows[0].n_docs).toBe(2);
  });

  it("sentiment: NaN document scores, no sentence rows, NaN for a Persian text; English unchanged", () => {
    const { warnings, onWarning } = collect();
    const docs = documentSentiment(corpus, { onWarning });
    expect(docs.map((r) => r.doc_id)).toEqual(["en", "fa", "zh", "und"]);
    expect(docs[1].score).toBeNaN();
    expect(docs[2].per_100_words).toBeNaN();
    expect(docs[0]).toEqual(documentSentiment([en])[0]);
    expect(sentenceSentiment(corpus).map((r) => r.doc_id)).toEqual(["en", "en", "und", "und"]);
    expect(warnings.map((w) => w.message)).toEqual([ONE_WARNING("documentSentiment")]);
    const t = collect();
    const s = textSentiment(fa.text, { onWarning: t.onWarning });
    expect(s.score).toBeNaN();
    expect(s.words).toEqual([]);
    expect(t.warnings.map((w) => w.message)).toEqual(["textSentiment reads English only: left out 1 of 1 text(s), in no lang, not Latin script (1); they get no score (null), not 0"]);
    expect(textSentiment("Talks are good.", { lang: "de" }).score).toBeNaN();
    expect(textSentiment("Talks are good.").score).toBe(3);
  });

  it("targetStance and targetStanceByPeriod: no mention rows and a null label for the Persian and Chinese documents", () => {
    const target = { name: "talks", terms: ["negotiat*", "talks", "مذاکره", "谈判"] };
    const { warnings, onWarning } = collect();
    expect(targetStance(corpus, target, { onWarning }).map((r) => r.doc_id)).toEqual(["en", "en"]);
    expect(warnings.map((w) => w.message)).toEqual([ONE_WARNING("targetStance")]);
    const p = collect();
    const byDoc = targetStanceByPeriod(corpus, target, { by: "document", onWarning: p.onWarning });
    const fa1 = byDoc.find((r) => r.group === "fa")!;
    expect(fa1.label).toBeNull();
    expect(fa1.n_mentions).toBeNaN();
    expect(byDoc.find((r) => r.group === "en")!.n_mentions).toBe(2);
    expect(p.warnings.map((w) => w.message)).toEqual([ONE_WARNING("targetStanceByPeriod")]);
  });

  it("claimStance: stance null and NaN numbers for a claim in Persian, the English claim scored as alone", () => {
    const rows = [
      { id: "1", target: "This house would ban smoking in public", text: "Smoking harms the health of bystanders" },
      { id: "2", target: "This house would ban smoking in public", text: "سیگار برای سلامت مضر است", lang: "fa" },
    ];
    const { warnings, onWarning } = collect();
    const out = claimStance(rows, { onWarning });
    expect(out[0]).toEqual(claimStance([rows[0]])[0]);
    expect(out[1]).toMatchObject({ id: "2", stance: null, cues: "" });
    expect(out[1].score).toBeNaN();
    expect(warnings.map((w) => w.message)).toEqual(["claimStance reads English only: left out 1 of 2 claim(s), in fa (1); they get no score (null), not 0"]);
  });

  it("rhetoric: built-in rules skip other languages with one warning; rules of your own read every language", () => {
    const { warnings, onWarning } = collect();
    const rows = rhetoricMatches(corpus, { onWarning });
    expect(new Set(rows.map((r) => r.doc_id))).toEqual(new Set(["en", "und"]));
    expect(warnings.map((w) => w.message)).toEqual([ONE_WARNING("rhetoricMatches (built-in rules)")]);
    const mine = { id: "talks-word", pattern: ["مذاکره", "谈判", "negotiate"] };
    const mixed = rhetoricMatches(corpus, { rules: ["absolutes", mine] });
    expect(mixed.filter((r) => r.rule === "talks-word").map((r) => r.doc_id)).toEqual(["en", "fa", "fa", "zh", "zh"]);
    expect(mixed.filter((r) => r.rule === "absolutes").every((r) => r.doc_id === "en" || r.doc_id === "und")).toBe(true);
    const summary = rhetoricSummary(corpus, mixed, { by: "document", rules: ["absolutes", mine] });
    const cell = (g: string, rule: string) => summary.find((r) => r.group === g && r.rule === rule)!;
    expect(cell("fa", "absolutes").count).toBeNaN();
    expect(cell("fa", "talks-word").count).toBe(2);
    expect(cell("fa", "talks-word").n_words).toBeGreaterThan(0);
    expect(cell("en", "absolutes").count).toBe(mixed.filter((r) => r.doc_id === "en" && r.rule === "absolutes").length);
    expect(summary.map((r) => `${r.group}:${r.rule}`)).toEqual(["en:absolutes", "en:talks-word", "fa:absolutes", "fa:talks-word", "zh:absolutes", "zh:talks-word", "und:absolutes", "und:talks-word"]);
  });

  it("term frequency reads every language: no warning, counts in Persian and Chinese", () => {
    const { warnings, onWarning } = collect();
    const rows = termFrequency(corpus, { terms: ["مذاکره", "谈判", `نمی${ZWNJ}کنیم`], onWarning });
    expect(rows.map((r) => [r.term, r.count])).toEqual([["مذاکره", 2], ["谈判", 2], [`نمی${ZWNJ}کنیم`, 1]]);
    expect(warnings).toEqual([]);
  });
});
