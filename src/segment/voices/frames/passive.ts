import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";
import { contentAfter, contentEnd, subjectBefore } from "./grammar";
import { freeCues, regionStart } from "./attribute-cue";

const IT_WAS = /(?<![\p{L}])[Ii]t\s+(?:was|has\s+been|had\s+been|is|were)\s+$/u;
const BY = /^\s+by\s+/;
const QUOTED_AS = /(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited|reported|heard)\s+as\s+$/;

/** `It was announced (by X) that ...`, `X was quoted as saying ...`. */
export const passiveFrame: ReportingFrame = {
  id: FrameId.passive,
  description: "Passive frames: \"it was announced / said / reported (by X) that ...\" (speaker X, or none) and \"X was quoted as saying ...\".",
  examples: ["It was announced by the ministry on Monday that the border would reopen.", 'Costa was quoted as saying: "We are ready."'],
  find(view, before) {
    const { masked } = view.report;
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      const from = regionStart(view, [...before, ...out], cue.start);
      const pre = masked.slice(Math.max(from, cue.start - 40), cue.start);
      let subject = null;
      let afterAt = cue.end;
      if (IT_WAS.test(pre)) {
        const by = BY.exec(masked.slice(cue.end, cue.end + 8));
        if (by) {
          subject = view.mentions.find((m) => m.start === cue.end + by[0].length) ?? null;
          if (subject) afterAt = subject.end;
        }
      } else if (QUOTED_AS.test(pre) && cue.lemma === "say") {
        const q = QUOTED_AS.exec(pre)!;
        subject = subjectBefore(view, cue.start - (pre.length - q.index), from)?.subject ?? null;
        if (subject === null) continue;
      } else continue;
      const after = contentAfter(view, cue, false, afterAt);
      const end = after.quote === null ? contentEnd(view, after.start, before) : after.start;
      if (after.quote === null && end <= after.start) continue;
      out.push({ frame: FrameId.passive, cue, cueText: cue.surface, subject, quotes: after.quote ? [after.quote] : [], content: after.quote ? null : [after.start, end], region: [from, after.start], belief: false, nested: false });
    }
    return out;
  },
};
