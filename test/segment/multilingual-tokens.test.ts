/**
 * The tokenizer on text that is not English and text that is not prose. Every text here
 * was written for these tests (wire copy, a spokesman's transcript, a press release, a
 * post); the expected tokens and sentences are written out by hand.
 */
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { sentences } from "../../src/segment/sentences";
import { tokens } from "../../src/segment/tokens";
import { TokenKind, type Document } from "../../src/types";

const doc = (text: string, id = "d", lang?: string): Document => ({ id, text, meta: lang ? { lang } : {} });
const surfaces = (text: string, options = {}): string[] => {
  const t = tokens([doc(text)], options);
  return Array.from({ length: t.length }, (_, i) => text.slice(t.charStart[i], t.charEnd[i]));
};
const forms = (text: string, options = {}): string[] => {
  const t = tokens([doc(text)], options);
  return Array.from(t.typeId, (id) => t.vocabulary.term(id));
};
const kinds = (text: string): number[] => Array.from(tokens([doc(text)]).kind);
const sentenceTexts = (text: string): string[] => sentences([doc(text)]).map((s) => s.text);

const ZWNJ = "\u200c";

describe("tokens of Persian and Arabic", () => {
  // Wire copy in Persian: a dateline, a quoted statement, a question.
  const fa = `تهران (خبرگزاری) — سخنگوی وزارت خارجه گفت: «ما با آمریکا مذاکره نمی${ZWNJ}کنیم.» او افزود که تحریم${ZWNJ}ها باید برداشته شوند؟`;

  it("keeps a word with a zero-width non-joiner whole (نمی‌کنیم is one token, not نمی + کنیم)", () => {
    expect(surfaces(fa)).toEqual([
      "تهران", "(", "خبرگزاری", ")", "—", "سخنگوی", "وزارت", "خارجه", "گفت", ":", "«", "ما", "با", "آمریکا", "مذاکره",
      `نمی${ZWNJ}کنیم`, ".", "»", "او", "افزود", "که", `تحریم${ZWNJ}ها`, "باید", "برداشته", "شوند", "؟",
    ]);
    // 26 tokens: 18 words and 8 punctuation marks ( ) — : « . » ؟
    expect(kinds(fa).filter((k) => k === TokenKind.word)).toHaveLength(18);
  });

  it("ends sentences at . and ؟; a closing » stays with the sentence it closes", () => {
    expect(sentenceTexts(fa)).toEqual([
      `تهران (خبرگزاری) — سخنگوی وزارت خارجه گفت: «ما با آمریکا مذاکره نمی${ZWNJ}کنیم.»`,
      `او افزود که تحریم${ZWNJ}ها باید برداشته شوند؟`,
    ]);
  });

  it("reads Arabic broadsheet prose: 13 words, 3 sentences (. ؟ .)", () => {
    const ar = "قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل. هل ستنجح هذه المرة؟ لا أحد يعرف.";
    expect(surfaces(ar)).toEqual(["قال", "الوزير", "إن", "المفاوضات", "ستستأنف", "الأسبوع", "المقبل", ".", "هل", "ستنجح", "هذه", "المرة", "؟", "لا", "أحد", "يعرف", "."]);
    expect(sentenceTexts(ar)).toEqual(["قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل.", "هل ستنجح هذه المرة؟", "لا أحد يعرف."]);
  });

  it("ends Urdu sentences at ۔ and Hindi ones at । (no space needed before them)", () => {
    expect(sentenceTexts("حکومت نے مذاکرات کا اعلان کیا۔ اپوزیشن نے مخالفت کی۔")).toEqual(["حکومت نے مذاکرات کا اعلان کیا۔", "اپوزیشن نے مخالفت کی۔"]);
    expect(surfaces("सरकार ने बातचीत की घोषणा की। विपक्ष ने विरोध किया।")).toEqual(["सरकार", "ने", "बातचीत", "की", "घोषणा", "की", "।", "विपक्ष", "ने", "विरोध", "किया", "।"]);
  });

  it("makes one form of Arabic diacritics typed in either order (NFC orders the marks)", () => {
    const shaddaFirst = "\u0645\u062d\u0645\u0651\u064e\u062f"; // meem, hah, meem, shadda, fatha, dal
    const fathaFirst = "\u0645\u062d\u0645\u064e\u0651\u062f"; // the same with fatha before shadda
    expect(shaddaFirst).not.toBe(fathaFirst);
    const t = tokens([doc(`${shaddaFirst} ${fathaFirst}`)]);
    expect(t.typeId[0]).toBe(t.typeId[1]);
  });
});

describe("tokens of scripts written without spaces", () => {
  // Wire copy in Chinese: dateline, statement, exclamation, question; no spaces between sentences.
  const zh = "新华社北京11月4日电 外交部发言人表示，中方愿意与各方进行谈判。美方拒绝谈判！谈判何时开始？";

  it("splits Chinese into words (Intl.Segmenter, ICU's dictionary) with offsets into the text", () => {
    expect(surfaces(zh)).toEqual([
      "新华社", "北京", "11", "月", "4", "日", "电", "外交部", "发言", "人", "表示", "，", "中方", "愿意", "与", "各方", "进行", "谈判", "。",
      "美方", "拒绝", "谈判", "！", "谈判", "何时", "开始", "？",
    ]);
    const t = tokens([doc(zh)]);
    const starts = Array.from(t.typeId).flatMap((id, i) => (t.vocabulary.term(id) === "谈判" ? [t.charStart[i]] : []));
    expect(starts).toEqual([zh.indexOf("谈判"), zh.indexOf("谈判", zh.indexOf("谈判") + 1), zh.lastIndexOf("谈判")]);
  });

  it("ends Chinese and Japanese sentences at 。！？ without a space after them", () => {
    expect(sentenceTexts(zh)).toEqual(["新华社北京11月4日电 外交部发言人表示，中方愿意与各方进行谈判。", "美方拒绝谈判！", "谈判何时开始？"]);
    const ja = "政府は来週、交渉を再開すると発表した。野党は反対している。";
    expect(surfaces(ja)).toEqual(["政府", "は", "来週", "、", "交渉", "を", "再開", "すると", "発表", "した", "。", "野党", "は", "反対", "し", "て", "いる", "。"]);
    expect(sentenceTexts(ja)).toHaveLength(2);
  });

  it("splits Thai into words", () => {
    expect(surfaces("รัฐบาลจะเจรจากับสหรัฐ ประชาชนรอคอยผลการเจรจา")).toEqual(["รัฐบาล", "จะ", "เจรจา", "กับ", "สหรัฐ", "ประชาชน", "รอ", "คอย", "ผล", "การ", "เจรจา"]);
  });
});

describe("Unicode normalization", () => {
  it('makes "café" typed precomposed (NFC) and with a combining accent (NFD) one term, offsets into the text as given', () => {
    const nfc = "café";
    const nfd = "cafe\u0301";
    const text = `Le ${nfc} et le ${nfd}.`;
    const t = tokens([doc(text)]);
    const i = Array.from(t.typeId).findIndex((id) => t.vocabulary.term(id) === "café");
    expect(text.slice(t.charStart[i], t.charEnd[i])).toBe(nfc);
    expect(t.typeId[i]).toBe(t.typeId[4]);
    expect(text.slice(t.charStart[4], t.charEnd[4])).toBe(nfd); // 5 code units, as typed
    expect(forms(text, { unicode: "none" })).toEqual(["le", "café", "et", "le", nfd, "."]);
  });

  it("folds compatibility forms only with NFKC", () => {
    expect(forms("ﬁnance Ｐｅａｃｅ", { unicode: "NFKC" })).toEqual(["finance", "peace"]);
    expect(forms("ﬁnance", {})).toEqual(["ﬁnance"]);
  });
});

describe("text that is not prose", () => {
  // A post and a press release's contact line.
  const post = "Talks resume today! Details: https://example.org/talks_(2019)?lang=en. Ask @Gov_Press or #IranTalks; mail press@example.gov.uk or see whitehouse.gov/briefing.";

  it("keeps URLs, e-mail addresses, @handles and #hashtags as single tokens of their own kinds", () => {
    const t = tokens([doc(post)]);
    const got = Array.from({ length: t.length }, (_, i) => [post.slice(t.charStart[i], t.charEnd[i]), t.kind[i]]);
    expect(got).toEqual([
      ["Talks", 0], ["resume", 0], ["today", 0], ["!", 2], ["Details", 0], [":", 2],
      ["https://example.org/talks_(2019)?lang=en", TokenKind.url], [".", 2],
      ["Ask", 0], ["@Gov_Press", TokenKind.handle], ["or", 0], ["#IranTalks", TokenKind.hashtag], [";", 2],
      ["mail", 0], ["press@example.gov.uk", TokenKind.email], ["or", 0], ["see", 0], ["whitehouse.gov/briefing", TokenKind.url], [".", 2],
    ]);
    // The URL's scheme and host are lowercased in its form, its path kept as written; handles and hashtags lowercased.
    expect(forms("HTTPS://Example.ORG/Path @Gov_Press #IranTalks")).toEqual(["https://example.org/Path", "@gov_press", "#irantalks"]);
  });

  it("drops each kind on request, the others staying", () => {
    expect(surfaces(post, { removePunct: true, removeUrls: true, removeEmails: true })).toEqual(["Talks", "resume", "today", "Details", "Ask", "@Gov_Press", "or", "#IranTalks", "mail", "or", "see"]);
    expect(surfaces("Ask @a or #b", { removeHandles: true, removeHashtags: true })).toEqual(["Ask", "or"]);
  });

  it("does not take prose for URLs, e-mails, handles or hashtags", () => {
    expect(surfaces("The U.S. economy grew 3.5% in Q3. It was e.g. good; No. 5 is C# and me @ 5 or #1.")).toEqual([
      "The", "U.S.", "economy", "grew", "3.5", "%", "in", "Q3", ".", "It", "was", "e.g.", "good", ";", "No.", "5", "is", "C", "#", "and", "me", "@", "5", "or", "#", "1", ".",
    ]);
  });

  it("keeps emoji sequences whole: skin tones, ZWJ families, flags, variation selectors", () => {
    expect(surfaces("👍🏽 👨‍👩‍👧 🇮🇷 ❤️ ok")).toEqual(["👍🏽", "👨‍👩‍👧", "🇮🇷", "❤️", "ok"]);
  });

  it("reads a mixed-script transcript: Latin, Arabic script, Han, a handle, a hashtag and a URL", () => {
    const text = "The talks (مذاکرات) resumed in 北京 on Monday; @IRIMFA_SPOX said #Iran won't negotiate. See https://mfa.ir/portal/news?id=42.";
    expect(surfaces(text)).toEqual([
      "The", "talks", "(", "مذاکرات", ")", "resumed", "in", "北京", "on", "Monday", ";", "@IRIMFA_SPOX", "said", "#Iran", "wo", "n't", "negotiate", ".",
      "See", "https://mfa.ir/portal/news?id=42", ".",
    ]);
    expect(sentenceTexts(text)).toEqual(["The talks (مذاکرات) resumed in 北京 on Monday; @IRIMFA_SPOX said #Iran won't negotiate.", "See https://mfa.ir/portal/news?id=42."]);
  });

  it("gives every token of any script offsets that slice back, covering all but whitespace and joiners (property)", () => {
    const units = [..."ab A.,'’-?!\n 19$é😀", "e\u0301", "谈判", "。", "نمی", ZWNJ, "؟", "@", "#", "x.com", "https://", "/", "ไทย"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 80 }), (parts) => {
        const text = parts.join("");
        const t = tokens([doc(text)]);
        const covered = new Uint8Array(text.length);
        let prevEnd = 0;
        for (let i = 0; i < t.length; i++) {
          expect(t.charEnd[i]).toBeGreaterThan(t.charStart[i]);
          expect(t.charStart[i]).toBeGreaterThanOrEqual(prevEnd);
          expect(/\s/.test(text.slice(t.charStart[i], t.charEnd[i]))).toBe(false);
          prevEnd = t.charEnd[i];
          covered.fill(1, t.charStart[i], t.charEnd[i]);
        }
        for (let c = 0; c < text.length; c++) if (!covered[c]) expect(/[\s\u200c\u200d]/.test(text[c])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("stopwords", () => {
  const corpus = [doc("We will not talk to them.", "en", "en"), doc(`ما با آنها مذاکره نمی${ZWNJ}کنیم.`, "fa", "fa"), doc("这是我们的立场。", "zh", "zh")];
  const kept = (stopwords: unknown): string[][] => {
    const t = tokens(corpus, { removePunct: true, stopwords: stopwords as never });
    return corpus.map((_, d) => Array.from(t.typeId.slice(t.docStart[d], t.docStart[d + 1]), (id) => t.vocabulary.term(id)));
  };

  // The stopword package's lists: English has we, to, them (not will, not); Persian has با
  // (not ما); Chinese has 这, 是, 的 (not 我们). Chinese segments as 这 是 我们 的 立场.
  it('follow each document\'s language with "auto" (or true)', () => {
    expect(kept("auto")).toEqual([["will", "not", "talk"], ["ما", "آنها", "مذاکره", `نمی${ZWNJ}کنیم`], ["我们", "立场"]]);
    expect(kept(true)).toEqual(kept("auto"));
  });

  it("apply one list, or several, to every document when named", () => {
    expect(kept("en")).toEqual([["will", "not", "talk"], ["ما", "با", "آنها", "مذاکره", `نمی${ZWNJ}کنیم`], ["这", "是", "我们", "的", "立场"]]);
    expect(kept("en,fa")[1]).toEqual(["ما", "آنها", "مذاکره", `نمی${ZWNJ}کنیم`]);
  });

  it("add and keep words: en+talk-we, and words of one's own", () => {
    expect(kept("en+talk-we")[0]).toEqual(["we", "will", "not"]);
    expect(kept({ add: ["talk"] })[0]).toEqual(["we", "will", "not", "to", "them"]);
    expect(kept("auto+ما-با")[1]).toEqual(["با", "آنها", "مذاکره", `نمی${ZWNJ}کنیم`]);
  });

  it("warn once for languages without a list, and reject unknown languages and bad items by name", () => {
    const warnings: string[] = [];
    tokens([doc("Ciao a tutti", "x", "und"), doc("Hallo", "y", "und")], { stopwords: "auto", onWarning: (w) => warnings.push(w.message) });
    expect(warnings).toEqual(["tokens: no stopword list for the language of 2 document(s): und (2); only the words given explicitly were removed from them"]);
    expect(() => tokens(corpus, { stopwords: "en,xx" })).toThrow(/tokens: option "stopwords" must be .*; got "xx"/);
    expect(() => tokens(corpus, { stopwords: "en+" })).toThrow(/items that are a word after each "\+"; got "en\+"/);
    expect(() => tokens(corpus, { stopwords: "file:list.txt" })).toThrow(/words, not files \(read file: lists first with readStopwords\)/);
  });
});
