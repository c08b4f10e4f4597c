import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/ingest/detect-language";
import { withLanguages } from "../../src/ingest/with-languages";
import { checkCorpus } from "../../src/ingest/check-corpus";

// Texts written for these tests, in several styles (wire copy, broadsheet, transcript, release).
const TEXTS: [string, string][] = [
  ["en", "LONDON (Wire) - Dockworkers walked out at dawn on Tuesday, halting cargo at the port for the second time this month."],
  ["fa", "سخنگوی دولت روز سه‌شنبه گفت که گفت‌وگوها درباره‌ی بودجه‌ی سال آینده ادامه دارد و تصمیم نهایی هفته‌ی بعد اعلام می‌شود."],
  ["ar", "أعلنت وزارة الاقتصاد أمس أن المفاوضات مع النقابات ستستمر حتى نهاية الشهر، وأن الحكومة لن تقبل بأي شروط مسبقة."],
  ["zh", "市议会周一推迟了关于出售旧港口的表决，三名议员要求在作出任何决定之前对该地块进行独立估价。"],
  ["ja", "市議会は月曜日、旧港の売却に関する採決を延期した。"],
  ["ru", "Министр заявил журналистам, что переговоры о новом бюджете продолжатся на следующей неделе в столице."],
  ["fr", "Le conseil municipal a reporté lundi soir le vote sur la vente du vieux port, faute d'une estimation indépendante."],
  ["de", "Der Stadtrat hat die Abstimmung über den Verkauf des alten Hafens am Montagabend auf unbestimmte Zeit verschoben."],
  ["es", "El alcalde anunció en rueda de prensa que el presupuesto municipal incluirá nuevas inversiones en el transporte público."],
];

describe("detectLanguage", () => {
  it.each(TEXTS)("names %s for a sentence written in it", async (lang, text) => {
    expect(await detectLanguage(text)).toBe(lang);
  });

  it('says "und" for texts too short to tell, rather than guessing', async () => {
    for (const text of ["Thank you all.", "We will not negotiate.", "متشکرم", "", "2019 - 2020", "谈判"]) expect(await detectLanguage(text)).toBe("und");
  });

  it("tells a short text by its script when the script has one language, and asks for minLetters letters otherwise", async () => {
    expect(await detectLanguage("外交部发言人表示愿意谈判。")).toBe("zh");
    expect(await detectLanguage("We will not negotiate with them.")).toBe("und");
    expect(await detectLanguage(TEXTS[0][1], { minLetters: 200 })).toBe("und");
    await expect(detectLanguage("x", { minLetters: 0 })).rejects.toThrow('detectLanguage: option "minLetters" must be an integer from 1 to 1000; got 0');
  });
});

describe("withLanguages", () => {
  const corpus = checkCorpus([
    { id: "a", text: TEXTS[0][1], meta: {} },
    { id: "b", text: TEXTS[1][1], meta: {} },
    { id: "c", text: "Thank you.", meta: {} },
    { id: "d", text: TEXTS[0][1], meta: { lang: "FA-ir" } },
  ]);

  it("sets meta.lang on every document: its own lang (normalized) first, else detected", async () => {
    expect((await withLanguages(corpus)).map((d) => d.meta.lang)).toEqual(["en", "fa", "und", "fa"]);
  });

  it("uses option lang for every document without its own, and normalizes it", async () => {
    expect((await withLanguages(corpus, { lang: "pes" })).map((d) => d.meta.lang)).toEqual(["fa", "fa", "fa", "fa"]);
    expect((await withLanguages(corpus, { lang: "en-GB" })).map((d) => d.meta.lang)).toEqual(["en", "en", "en", "fa"]);
  });

  it("rejects a lang that names no language, naming the document and its source", async () => {
    const bad = checkCorpus([{ id: "x", text: "Some text.", source: "letters.csv:7", meta: { lang: "english" } }]);
    await expect(withLanguages(bad)).rejects.toThrow('letters.csv:7: document "x": field "lang" must be a language code such as "en", "fa" or "zh"; got "english"');
    await expect(withLanguages(corpus, { lang: "klingon" })).rejects.toThrow('withLanguages: option "lang" must be a language code such as "en", "fa" or "zh"; got "klingon"');
  });
});
