import { verbFrame } from "./attribute-cue";
import { HEARER_VERBS } from "./cues";
import { FrameId } from "./frame";

/** A hearer between cue and content: `Biden told CBS that ...`. */
export const toldThatFrame = verbFrame(
  {
    id: FrameId.toldThat,
    description: "A verb with its hearer before the content: told / assured / reminded / warned / asked X (that) ... or told X: \"...\".",
    examples: ["Last week, Biden told CBS that he was ready to talk.", 'Costa told reporters: "We are not afraid."', "The mayor assured residents that the water was safe."],
  },
  (cue) => HEARER_VERBS.has(cue.lemma),
  // A hearer must stand between the cue and what is said.
  (m, view) => /[\p{L}]/u.test(view.report.masked.slice(m.cue!.end, m.quotes[0]?.open_mark ?? m.content?.[0] ?? m.cue!.end).replace(/\bthat\b/, "")),
);
