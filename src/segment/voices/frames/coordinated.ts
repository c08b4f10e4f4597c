import { freeCues, regionStart } from "./attribute-cue";
import { HEARER_VERBS } from "./cues";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";
import { contentAfter, contentEnd } from "./grammar";

const JOINED = /(?:,["”]?\s*(?:and\s+)?|\s+and\s+)(?:also\s+|then\s+|further\s+|later\s+)?$/;

/** A second cue of the same speaker: `..., saying "..."`, `... and added that ...`. */
export const coordinatedFrame: ReportingFrame = {
  id: FrameId.coordinated,
  description: "A cue joined to an earlier frame of the sentence by a comma or \"and\" (\", saying\", \", adding that\", \"and said\"): the same speaker.",
  examples: ['He noted that the port made money, saying, "Nobody sells a field that feeds the village."', "Costa warned of retaliation and added that talks were still possible."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      const startOf = (m: FrameMatch): number => (m.subject ? m.subject.from ?? m.subject.start : m.region[0]);
      const inContent = (m: FrameMatch): boolean => [...before, ...out].some((o) => o !== m && o.content !== null && o.content[0] <= startOf(m) && startOf(m) < o.content[1]);
      const all = [...before, ...out].filter((m) => m.region[0] < cue.start && (m.subject !== null || m.subjectOf !== undefined) && !inContent(m));
      const host = all.sort((a, b) => a.region[0] - b.region[0]).pop();
      if (host === undefined && view.subject === null) continue;
      const from = regionStart(view, [...before, ...out], cue.start);
      if (!JOINED.test(view.report.text.slice(Math.max(view.start, from - 2), cue.start)) && !JOINED.test(view.report.text.slice(view.start, cue.start))) continue;
      const after = contentAfter(view, cue, HEARER_VERBS.has(cue.lemma));
      const end = after.quote === null ? contentEnd(view, after.start, [...before, ...out]) : after.start;
      out.push({
        frame: FrameId.coordinated,
        cue,
        cueText: cue.surface,
        subject: host === undefined ? view.subject : null,
        ...(host === undefined ? {} : { subjectOf: host.subjectOf ?? host }),
        quotes: after.quote ? [after.quote] : [],
        content: after.quote === null && end > after.start ? [after.start, end] : null,
        region: [host === undefined && view.subject !== null ? view.subject.start : cue.start, after.start],
        belief: cue.family === "belief",
        nested: false,
      });
    }
    return out;
  },
};
