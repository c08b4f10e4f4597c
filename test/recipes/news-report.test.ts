import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { newsReport } from "../../src/recipes/news-report";
import { voicesHtml } from "../../src/render/voices-html";
import { statements } from "../../src/segment/statements";
import { termFrequency } from "../../src/measure/term-frequency";

// The invented sample report of notebook 05 (data/, written for the project).
const SAMPLE = readFileSync(path.resolve(__dirname, "../../data/news-report-sample.txt"), "utf8");
const report = newsReport(SAMPLE, { published: "2025-04-12", id: "sample" });

describe("newsReport(sample)", () => {
  test("finds the two speeches of the prime minister, and dates the undated remarks of others by publication", () => {
    // Ruben Hale's remarks state no date: they are not the prime minister's rally (another speaker's event).
    expect(report.events.map((e) => [e.event_id, e.event_date, e.date_basis, e.event_place, e.speakers])).toEqual([
      ["sample#1", "2025-04-10", "frame", "Saltvik", "Hana Vos"],
      ["sample#2", "2025-03-03", "frame", null, "Hana Vos"],
      ["sample#0", "2025-04-12", "publication", null, "Petra Alm; Ruben Hale; Maren Lines executive"],
    ]);
    expect(report.events[0]!.event_occasion).toBe("a rally with dock workers");
  });

  test("regroups each speaker's own words per event, and counts their terms", () => {
    expect(report.speeches.map((d) => [d.id, d.speaker, d.date])).toEqual([
      ["sample:2025-04-10:hana-vos", "Hana Vos", "2025-04-10"],
      ["sample:2025-04-12:ruben-hale", "Ruben Hale", "2025-04-12"],
      ["sample:2025-03-03:hana-vos", "Hana Vos", "2025-03-03"],
    ]);
    const march = report.speeches[2]!;
    expect(march.text).toBe("not for sale at any price,\n\nA harbour is not a piggy bank. We do not break it open when the month is long,\n\nPromises are cheap when someone else pays for them,");
    const harbour = report.terms.find((t) => t.group === "2025-03-03" && t.split === "Hana Vos" && t.term === "harbour");
    expect(harbour).toMatchObject({ count: 1 });
    expect(report.terms).toEqual(termFrequency(report.speeches, { by: "date", split: "speaker", stopwords: "en", removeNumbers: true, top: 8 }));
  });

  test("lists every mention of every speaker with its offsets in the file and how it was resolved", () => {
    expect(report.speakers.filter((m) => m.speaker === "Hana Vos").map((m) => [m.mention, m.via])).toEqual([
      ["Premier Vos", "name"], ["Prime Minister Hana Vos", "name"], ["Vos", "surname"], ["She", "pronoun"], ["Vos", "surname"],
      ["the prime minister", "role"], ["Vos", "surname"], ["she", "pronoun"], ["She", "pronoun"], ["Vos", "surname"],
    ]);
    for (const m of report.speakers) expect(SAMPLE.slice(m.start, m.end)).toBe(m.mention);
  });

  test("the page debris is removed and shown struck out of the highlighted report", () => {
    expect(report.removed.map((r) => r.rule)).toEqual(["tag_run", "byline", "photo_credit", "share", "share", "related", "back_to_top"]);
    expect(report.html).toContain('title="quote: Hana Vos (said) [source-last], 2025-04-10 (frame)"');
    expect(report.html).toContain("&quot;");
    expect(report.html).toContain('line-through">Back to top button</span>');
    expect(report.html).toContain('line-through">By Jonas Ekberg, Staff Writer</span>');
  });
});

describe("voicesHtml(text, rows)", () => {
  test("escapes the text and keeps every character of it", () => {
    const text = "“A <b> & c,” Mayor Ed Falk said.";
    const html = voicesHtml(text, statements(text, { published: "2024-01-01" }));
    expect(html).toContain("A &lt;b&gt; &amp; c,");
    expect(html.replace(/<[^>]+>/g, "")).toContain("Mayor Ed Falk said.");
  });
});
