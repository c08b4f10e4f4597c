import { describe, expect, test } from "vitest";
import { rhetoricMatches } from "../../src/measure/rhetoric-matches";
import { rhetoricSpansHtml } from "../../src/render/rhetoric-spans-html";

describe("rhetoricSpansHtml", () => {
  test("marks each matched stretch, escapes the text and the rule ids, keeps the rest verbatim", () => {
    const doc = { id: "d<1>", text: "<b>They</b> are either fools or liars & never honest.\nNext line.", meta: {} };
    const html = rhetoricSpansHtml(doc, [
      { doc_id: "d<1>", rule: "false-dilemma", start: 16, end: 37 },
      { doc_id: "d<1>", rule: "absolutes", start: 40, end: 45 },
      { doc_id: "other", rule: "absolutes", start: 0, end: 3 },
    ]);
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;They&lt;/b&gt; are ");
    expect(html).toContain('<h3>d&lt;1&gt;</h3>');
    expect(html).toMatch(/<mark data-rules="false-dilemma" title="false-dilemma" style="[^"]*">either fools or liars<\/mark>/);
    expect(html).toMatch(/ &amp; <mark data-rules="absolutes"[^>]*>never<\/mark>/);
    expect(html).toContain("<br>\nNext line.");
    expect(html).toContain("absolutes (1)");
    expect((html.match(/<mark /g) ?? []).length).toBe(2);
  });

  test("overlapping spans split into stretches listing every rule covering them", () => {
    const text = "They are either fools or liars.";
    const m = rhetoricMatches([{ id: "a", text, meta: {} }], { rules: ["false-dilemma", "loaded-language", "out-group"] });
    const html = rhetoricSpansHtml({ id: "a", text }, m);
    expect(html).toMatch(/<mark data-rules="false-dilemma loaded-language"[^>]*>liars<\/mark>/);
    expect(html).toMatch(/<mark data-rules="false-dilemma"[^>]*>either fools or <\/mark>/);
    expect(html).toMatch(/<mark data-rules="out-group"[^>]*>They<\/mark>/);
    // Stripping the tags gives back the text.
    const body = html.split("<div>")[1].split("</div>")[0];
    expect(body.replace(/<[^>]+>/g, "")).toBe(text);
  });
});
