import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** Beliefs and intentions: reported as the speaker's mind, labelled `belief`. */
export const beliefFrame: ReportingFrame = {
  id: FrameId.belief,
  description: "A belief, fear, hope, wish or intention of the speaker (believes, thinks, fears, wants, vowed, pledged, plans): reported, but not as words said; rows carry belief = true.",
  examples: ["Costa believes the tariffs will backfire.", "The governor vowed to rebuild the bridge.", "Officials fear that the ceasefire will collapse."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "belief") continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.belief);
      if (m) out.push(m);
    }
    return out;
  },
};
