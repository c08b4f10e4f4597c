import { MASK } from "../attribution";
import { freeCues, regionStart } from "./attribute-cue";
import { HEARER_VERBS } from "./cues";
import { FrameId, type FrameMatch, type ReportingFrame, type SentenceView } from "./frame";
import { contentAfter, contentEnd, quotesBetween, subjectAfter, subjectBefore } from "./grammar";

/** Whether `[from, to)` is reported speech before its attribution: a quote, or a clause of 3+ words, then a comma. */
function reportedBefore(view: SentenceView, from: number, to: number): "quote" | "clause" | null {
  const pre = view.report.masked.slice(from, to).trimEnd();
  if (!/(?:\uE000|,)$/.test(pre)) return null;
  if (pre.includes(MASK)) return "quote";
  // "The summit president, Carlo Benedetti, said": a description before an appositive name is no clause.
  const body = pre.replace(/,$/, "").trim();
  if (view.mentions.some((m) => view.report.masked.slice(m.from ?? m.start, m.end).trim() === body)) return null;
  let words = pre;
  for (const d of view.dates) if (d.start >= from && d.end <= to) words = words.replace(view.report.text.slice(d.start, d.end), " ");
  return (words.match(/\p{L}+/gu)?.length ?? 0) >= 3 ? "clause" : null;
}

/**
 * The attribution after the reported words: `"...," Costa said.`, `"...," said Costa.`,
 * `Talks have failed, the minister said.`; with a quote after it too (`"...," she said,
 * "..."`), it is source-inside.
 */
export const sourceLastFrame: ReportingFrame = {
  id: FrameId.sourceLast,
  description: "The reported words come first, then the attribution (\"...,\" Costa said / said Costa / the minister said); a quote after the attribution in the same sentence is the same speaker's (source-inside).",
  examples: ['"We will not accept these tariffs," Costa said.', '"It is over," said a senior official.', '"It is a trap," he said, "and we will not fall into it."', "The talks have failed, the minister said on Tuesday."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "speech") continue;
      const from = regionStart(view, [...before, ...out], cue.start);
      // "said Costa" inverts; "told reporters" never does (the hearer follows).
      const inverted = reportedBefore(view, from, cue.start) !== null && !HEARER_VERBS.has(cue.lemma) ? subjectAfter(view, cue) : null;
      const normal = inverted === null ? subjectBefore(view, cue.start, from) : null;
      const subject = inverted ?? normal?.subject ?? null;
      if (subject === null) continue;
      const attrStart = inverted ? cue.start : subject.from ?? subject.start;
      const kind = reportedBefore(view, from, attrStart);
      if (kind === null) continue;
      const after = contentAfter(view, cue, HEARER_VERBS.has(cue.lemma), inverted ? subject.end : cue.end);
      const rest = after.quote === null ? contentEnd(view, after.start, [...before, ...out]) - after.start : 0;
      // After quoted words the rest is the attribution's (place, occasion); after a clause it must end the sentence.
      if (kind === "clause" && rest > 0 && /\p{L}/u.test(view.report.masked.slice(after.start, after.start + rest))) continue;
      if (kind === "quote" && after.that) continue;
      const quotes = quotesBetween(view, from, attrStart);
      let content: [number, number] | null = null;
      if (kind === "clause") {
        let end = attrStart;
        while (end > from && /[\s,]/.test(view.report.masked[end - 1]!)) end--;
        let start = from;
        while (start < end && /\s/.test(view.report.masked[start]!)) start++;
        content = [start, end];
      }
      out.push({
        frame: after.quote === null ? FrameId.sourceLast : FrameId.sourceInside,
        cue,
        cueText: cue.surface,
        subject,
        quotes: after.quote === null ? quotes : [...quotes, after.quote],
        content,
        region: [attrStart, after.quote?.open_mark ?? view.end],
        belief: false,
        nested: false,
        ...(normal?.appositive ? { appositive: normal.appositive } : {}),
      });
    }
    return out;
  },
};
