import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** A time phrase between the speaker and the cue: `Biden on Tuesday said`. */
export const timePhraseFrame: ReportingFrame = {
  id: FrameId.timePhrase,
  description: "A date or time phrase between the speaker and the cue (\"X on Tuesday said\", \"X last week told\", \"X had on September 17 said\"): the statement takes that date.",
  examples: ["President Joe Biden on Tuesday said talks were over.", "Costa last week said the deal was dead."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "speech") continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.timePhrase);
      if (m && m.dated) out.push(m);
    }
    return out;
  },
};
