import { verbFrame } from "./attribute-cue";
import { FrameId } from "./frame";

/** A time phrase between the speaker and the cue: `Biden on Tuesday said`. */
export const timePhraseFrame = verbFrame(
  {
    id: FrameId.timePhrase,
    description: "A date or time phrase between the speaker and the cue (\"X on Tuesday said\", \"X last week said\", \"X had on September 17 said\"): the statement takes that date.",
    examples: ["President Joe Biden on Tuesday said talks were over.", "Costa last week said the deal was dead."],
  },
  (cue) => cue.family === "speech",
  (m) => m.dated,
);
