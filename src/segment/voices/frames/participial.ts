import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

const PARTICIPLE = /^(?:Speaking|Addressing|Writing|Testifying|Responding|Answering|Commenting|Reacting|Appearing|Talking|Asked|Interviewed|Briefing)\b[^,\uE000]{0,140},\s*/u;

/** A participial phrase before the speaker: `Speaking in Munich last Friday, Blinken stressed that ...`. */
export const participialFrame: ReportingFrame = {
  id: FrameId.participial,
  description: "A participial phrase before the speaker sets the scene (Speaking in Munich last Friday, Asked about the deal, Addressing parliament): its date and place are the statement's.",
  examples: ["Speaking in Munich last Friday, Blinken stressed that the alliance was united.", "Asked about the strike, the minister said talks would continue."],
  find(view, before) {
    const p = PARTICIPLE.exec(view.report.masked.slice(view.body, view.end));
    if (p === null) return [];
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      const m = attributeCue(view, cue, [...before, ...out], FrameId.participial);
      if (m && m.subject !== null && (m.subject.from ?? m.subject.start) === view.body + p[0].length) {
        out.push({ ...m, frame: FrameId.participial, belief: cue.family === "belief" });
        break;
      }
    }
    return out;
  },
};
