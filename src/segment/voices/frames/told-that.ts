import { attributeCue, freeCues } from "./attribute-cue";
import { HEARER_VERBS } from "./cues";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** A hearer between cue and content: `Biden told CBS that ...`. */
export const toldThatFrame: ReportingFrame = {
  id: FrameId.toldThat,
  description: "A verb with its hearer before the content: told / assured / reminded / warned / asked X (that) ... or told X: \"...\".",
  examples: ["Last week, Biden told CBS that he was ready to talk.", 'Costa told reporters: "We are not afraid."', "The mayor assured residents that the water was safe."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (!HEARER_VERBS.has(cue.lemma)) continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.toldThat);
      if (!m) continue;
      const start = m.quotes[0]?.open_mark ?? m.content?.[0] ?? cue.end;
      if (/[\p{L}]/u.test(view.report.masked.slice(cue.end, start).replace(/\bthat\b/, ""))) out.push(m);
    }
    return out;
  },
};
