import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** Speaker, then cue, then the quote or the reported content. */
export const sourceFirstFrame: ReportingFrame = {
  id: FrameId.sourceFirst,
  description: "The speaker and the cue come first, then a quote (after a colon or comma) or the reported content, with or without \"that\".",
  examples: ['Costa said: "We will not accept this."', "Costa said the talks had failed.", "The ministry said that it regretted the move."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "speech") continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.sourceFirst);
      if (m) out.push(m);
    }
    return out;
  },
};
