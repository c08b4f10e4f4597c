/** One-document files through loadCorpus and readFolder: web pages, PDFs, DOCX, encodings, dates. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { loadCorpus } from "../../src/ingest/load-corpus";
import { readFolder } from "../../src/ingest/read-folder";
import { readCsv } from "../../src/ingest/read-csv";
import { collectWarnings, rejection, tempFolder } from "./temp-files";

const MIXED = join(__dirname, "fixtures", "mixed");
const { dir, write } = tempFolder();

describe("web pages (.html)", () => {
  it("keep the article's text and drop the menu, header, sidebar, footer and scripts", async () => {
    const [doc] = await loadCorpus(join(MIXED, "harbour-vote.html"));
    expect(doc.text).toContain("The city council postponed its vote on the sale of the old harbour on Monday evening");
    expect(doc.text).toContain("“We are not going to sell public land in a hurry,” said councillor Dana Whitfield");
    expect(doc.text).toContain("A petition against the sale has gathered more than four thousand signatures since the summer.");
    for (const furniture of ["Subscribe today", "Weather", "Politics", "Most read", "Bakery on Mill Street", "Privacy policy", "All rights reserved", "Advertise", "analytics", "display: flex"]) {
      expect(doc.text).not.toContain(furniture);
    }
    // paragraphs stay apart
    expect(doc.text.split("\n\n").length).toBeGreaterThanOrEqual(4);
  });

  it("take title, author and date from the meta tags, the date as written in meta.date_original", async () => {
    const [doc] = await loadCorpus(join(MIXED, "harbour-vote.html"));
    expect(doc).toMatchObject({
      id: "harbour-vote",
      title: "Harbour sale vote delayed after call for valuation",
      date: "2019-11-05",
      source: join(MIXED, "harbour-vote.html"),
      meta: { author: "Mariam Okafor", date_original: "2019-11-05T08:30:00+00:00", lang: "en" },
    });
  });

  it("honour a declared charset, and fall back to the body without page furniture when there is no article", async () => {
    const page = `<html><head><meta charset="windows-1252"><title>Short note</title></head><body><nav>Home | About</nav><p>Caf\u00e9 closed on Monday.</p><footer>Contact</footer></body></html>`;
    const file = write("note-1252.htm", iconv.encode(page, "windows-1252"));
    const { warnings, onWarning } = collectWarnings();
    const [doc] = await loadCorpus(file, { onWarning });
    expect(doc.text).toBe("Café closed on Monday.");
    expect(doc.title).toBe("Short note");
    expect(warnings.map((w) => w.code)).not.toContain("encoding_assumed");
  });

  it("warn and leave the date out when a meta date cannot be read, instead of guessing", async () => {
    const page = `<html><head><meta name="date" content="03/04/2019"></head><body><article><p>${"A paragraph about the budget of the harbour. ".repeat(20)}</p></article></body></html>`;
    const file = write("ambiguous.html", page);
    const { warnings, onWarning } = collectWarnings();
    const [doc] = await loadCorpus(file, { onWarning });
    expect(doc.date).toBeUndefined();
    expect(warnings).toMatchObject([{ code: "date_unreadable", file, message: expect.stringMatching(/date \(meta date\): ambiguous date "03\/04\/2019"/) }]);
    const [dmy] = await loadCorpus(file, { dateOrder: "dmy" });
    expect(dmy.date).toBe("2019-04-03");
  });
});

describe("PDF files", () => {
  it("give one document with the text in reading order, paragraphs apart, and Title, Author, CreationDate", async () => {
    const [doc] = await loadCorpus(join(MIXED, "port-statement.pdf"));
    expect(doc).toMatchObject({
      id: "port-statement",
      title: "Statement on the harbour valuation",
      date: "2019-11-06",
      meta: { author: "Port Authority Press Office", date_original: "D:20191106093000Z", lang: "en" },
    });
    const at = (s: string) => doc.text.indexOf(s);
    expect(at("Statement on the harbour valuation")).toBe(0);
    expect(at("The Port Authority welcomes")).toBeGreaterThan(0);
    expect(at("The authority will publish its accounts")).toBeGreaterThan(at("The Port Authority welcomes"));
    expect(at("Questions from the press")).toBeGreaterThan(at("The authority will publish its accounts"));
    expect(doc.text).toMatch(/valuation\n\nThe Port Authority/);
    expect(doc.text).toMatch(/judge the figures for themselves\.\n\nQuestions from the press/);
  });

  it("give one document per page with pdfPages", async () => {
    const corpus = await loadCorpus(join(MIXED, "port-statement.pdf"), { pdfPages: true });
    expect(corpus.map((d) => [d.id, d.meta.page, d.source])).toEqual([
      ["port-statement#page=1", 1, `${join(MIXED, "port-statement.pdf")}#page=1`],
      ["port-statement#page=2", 2, `${join(MIXED, "port-statement.pdf")}#page=2`],
    ]);
    expect(corpus[1].text).toMatch(/^Questions from the press/);
    expect(corpus[1].date).toBe("2019-11-06");
  });

  it("take the date from the file name before the PDF's creation date (when the file was made)", async () => {
    const { readFileSync } = await import("node:fs");
    const file = write("2019-10-30_statement.pdf", readFileSync(join(MIXED, "port-statement.pdf")));
    const [doc] = await loadCorpus(file);
    expect(doc.date).toBe("2019-10-30");
  });

  it("name the file that is not a readable PDF", async () => {
    const file = write("broken.pdf", "%PDF-1.4\nthis is not a pdf at all");
    const error = await rejection(loadCorpus(file));
    expect(error).toMatchObject({ code: "invalid_input", file });
    expect(error.message).toMatch(/broken\.pdf: not a readable PDF/);
  });
});

describe("Word files (.docx)", () => {
  it("give the body's paragraphs and the core properties' title, creator and created date", async () => {
    const [doc] = await loadCorpus(join(MIXED, "council-memo.docx"));
    expect(doc).toMatchObject({
      id: "council-memo",
      title: "Memorándum sobre el puerto",
      date: "2019-11-07",
      meta: { author: "Secretaría del Consejo", date_original: "2019-11-07T16:00:00Z", lang: "es" },
    });
    expect(doc.text.split("\n\n")).toEqual([
      "Memorándum sobre el puerto",
      "El consejo municipal aplazó la votación sobre la venta del puerto viejo. Tres concejales pidieron una tasación independiente del terreno antes de tomar cualquier decisión.",
      "Los pescadores de la zona entregaron una petición con más de cuatro mil firmas para que el puerto siga siendo de propiedad pública.",
    ]);
  });

  it("name the file that is not a .docx", async () => {
    const file = write("memo.docx", "plain text, not a zip");
    const error = await rejection(loadCorpus(file));
    expect(error).toMatchObject({ code: "invalid_input", file });
    expect(error.message).toMatch(/memo\.docx: not a readable \.docx file/);
  });
});

describe("encodings", () => {
  it("read a Latin-1 CSV, saying which encoding was assumed", async () => {
    const { warnings, onWarning } = collectWarnings();
    const corpus = await readCsv(join(MIXED, "letters-latin1.csv"), { onWarning });
    expect(corpus.map((d) => d.meta.writer)).toEqual(["Amélie Durand", "Jürgen Weiß"]);
    expect(corpus[0].text).toContain("écris au nom des habitants");
    expect(warnings).toMatchObject([{ code: "encoding_assumed", message: expect.stringMatching(/letters-latin1\.csv: not UTF-8; read as windows-1252 \(detected, confidence \d+%/) }]);
  });

  it("read a file in the encoding forced, silently, and refuse an unknown encoding name before reading", async () => {
    const file = write("cp1251.txt", iconv.encode("Президент заявил, что правительство не будет вести переговоры.", "windows-1251"));
    const { warnings, onWarning } = collectWarnings();
    const [doc] = await loadCorpus(file, { encoding: "windows-1251", onWarning });
    expect(doc.text).toMatch(/^Президент заявил/);
    expect(doc.meta.lang).toBe("ru");
    expect(warnings).toEqual([]);
    await expect(loadCorpus(file, { encoding: "klingon-8" })).rejects.toThrow('option "encoding" must be an encoding name');
  });

  it("read UTF-16 text by its byte order mark", async () => {
    const file = write("utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ein Text in UTF-16, mit Umlauten: äöü.", "utf16le")]));
    const [doc] = await loadCorpus(file);
    expect(doc.text).toBe("Ein Text in UTF-16, mit Umlauten: äöü.");
  });
});

describe("a folder mixing every kind", () => {
  it("reads each file with its own reader, in path order, every document dated, with its language and source", async () => {
    const { warnings, onWarning } = collectWarnings();
    const corpus = await loadCorpus(MIXED, { onWarning });
    expect(corpus.map((d) => [d.id, d.date, d.meta.lang, d.source])).toEqual([
      ["council-briefing", "2019-11-04", "en", join(MIXED, "council-briefing.txt")],
      ["council-memo", "2019-11-07", "es", join(MIXED, "council-memo.docx")],
      ["harbour-vote", "2019-11-05", "en", join(MIXED, "harbour-vote.html")],
      ["letter-1", "2019-11-04", "fr", `${join(MIXED, "letters-latin1.csv")}:2`],
      ["letter-2", "2019-11-08", "de", `${join(MIXED, "letters-latin1.csv")}:3`],
      ["port-report-fa", "2019-11-04", "fa", join(MIXED, "port-report-fa.txt")],
      ["port-statement", "2019-11-06", "en", join(MIXED, "port-statement.pdf")],
    ]);
    expect(corpus.map((d) => d.meta.date_original)).toEqual([
      "November 4, 2019", "2019-11-07T16:00:00Z", "2019-11-05T08:30:00+00:00", "4 Nov 2019", "Nov. 8, 2019", "2019/11/04", "D:20191106093000Z",
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["encoding_assumed"]);
  });

  it("names both files of an id found twice, and reads only the extensions asked for", async () => {
    write("dup/speech.txt", "One.");
    write("dup/speech.html", "<html><body><p>Two.</p></body></html>");
    const error = await rejection(readFolder(join(dir, "dup")));
    expect(error).toMatchObject({ code: "duplicate_id" });
    expect(error.message).toMatch(/duplicate id "speech" \(at speech\.txt; first at speech\.html\)/);
    const { warnings, onWarning } = collectWarnings();
    expect((await readFolder(join(dir, "dup"), { extensions: [".txt"], onWarning })).map((d) => d.text)).toEqual(["One."]);
    expect(warnings.map((w) => w.code)).toEqual(["ignored_files"]);
    await expect(readFolder(join(dir, "dup"), { extensions: [".xlsx"] })).rejects.toThrow(/option "extensions" must be extensions of kinds it reads/);
  });
});
