import { verbFrame } from "./attribute-cue";
import { FrameId } from "./frame";

/** Beliefs and intentions: reported as the speaker's mind, labelled `belief`. */
export const beliefFrame = verbFrame(
  {
    id: FrameId.belief,
    description: "A belief, fear, hope, wish or intention of the speaker (believes, thinks, fears, wants, vowed, pledged, plans): reported, but not as words said; rows carry belief = true.",
    examples: ["Costa believes the tariffs will backfire.", "The governor vowed to rebuild the bridge.", "Officials fear that the ceasefire will collapse."],
  },
  (cue) => cue.family === "belief",
);
