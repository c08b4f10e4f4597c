import { describe, expect, test } from "vitest";
import { quoteFidelity } from "../../../src/measure/voices/quote-fidelity";
import { fidelityHtml } from "../../../src/render/fidelity-html";

// A speech and a report of it, written for these tests (invented speaker and places).
const TRANSCRIPT = [
  "Thank you all for coming to Dorne tonight.",
  "We will not sell the northern railway to pay for one bad year. The railway belongs to the people who built it, and it will stay in public hands.",
  "Some say we cannot afford to keep it. I say we cannot afford to lose it.",
  "Next spring we will open four new stations and hire two hundred apprentices.",
].join("\n\n");

const REPORT = [
  "Premier Ada Lindqvist defended the railway at a rally in Dorne on Thursday.",
  "“We will not sell the northern railway to pay for one bad year,” Lindqvist said.", // exact
  "She said the railway “belongs to the people who built it.”", // trimmed
  "“The railway belongs to the people ... and it will stay in public hands,” she added.", // elided, with an ellipsis
  "“Some say we cannot afford to keep it. We cannot afford to lose it,” she told the crowd.", // elided, no ellipsis ("I say")
  "“Next spring we will open five new stations,” she promised.", // one word changed
  "“Our rivals have never built a single mile of track,” Lindqvist said.", // invented
].join("\n\n");

const rows = quoteFidelity(REPORT, TRANSCRIPT, { published: "2026-04-17" });

describe("quoteFidelity(report, transcript)", () => {
  test("labels an exact quote and each of the five doctored quotes", () => {
    expect(rows.map((r) => [r.label, r.ellipsis])).toEqual([
      ["exact", false],
      ["trimmed", false],
      ["elided", true],
      ["elided", false],
      ["altered", false],
      ["not_found", false],
    ]);
  });

  test("says what was left out and what was changed", () => {
    expect(rows[2]!.elided).toBe("who built it");
    expect(rows[3]!.elided).toBe("I say");
    expect(rows[4]!.changed).toBe("five <- four");
    expect(rows[5]).toMatchObject({ passage: null, transcript_start: null, words_kept: 0 });
  });

  test("gives offsets on both sides that slice back to the quote and its passage", () => {
    for (const r of rows) {
      expect(REPORT.slice(r.report_start, r.report_end)).toBe(r.quote);
      if (r.passage !== null) expect(TRANSCRIPT.slice(r.transcript_start!, r.transcript_end!)).toBe(r.passage);
      expect(r.speaker).toBe("Ada Lindqvist");
    }
    expect(rows[1]!.passage).toBe("belongs to the people who built it");
  });

  test("rejects a missing publication date", () => {
    expect(() => quoteFidelity(REPORT, TRANSCRIPT)).toThrow(/quoteFidelity: option "published" must be an ISO date/);
  });
});

describe("fidelityHtml(report, transcript, rows)", () => {
  test("shows both texts, marks the changed and left-out words, and escapes all text", () => {
    const report = "“We will <b>never</b> sell & run,” said Mayor Ed Falk.";
    const transcript = "We will <b>not</b> sell & run. <script>alert(1)</script>";
    const html = fidelityHtml(report, transcript, quoteFidelity(report, transcript, { published: "2026-04-17" }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('title="changed">never</span>');
    expect(html).toContain('title="changed">not</span>');
    const full = fidelityHtml(REPORT, TRANSCRIPT, rows);
    expect(full).toContain('title="elided">I say</span>');
    expect(full.replace(/<[^>]+>/g, "")).toContain("Next spring we will open four new stations");
  });
});
