import { verbFrame } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

const verbs = verbFrame({ id: FrameId.sourceFirst, description: "", examples: [] }, (cue) => cue.family === "speech");

/** Speaker, then cue, then the quote or the reported content; and headlines `X: "..."`. */
export const sourceFirstFrame: ReportingFrame = {
  id: FrameId.sourceFirst,
  description: "The speaker and the cue come first, then a quote (after a colon or comma) or the reported content, with or without \"that\"; a headline or caption `X: \"...\"` too.",
  examples: ['Costa said: "We will not accept this."', "Costa said the talks had failed.", "The ministry said that it regretted the move."],
  find(view, before) {
    const out: FrameMatch[] = [];
    // A headline or a caption: `Premier Vos: "We will not sell"`.
    const colon = view.mentions.find((m) => m.kind === "name" && view.report.masked.slice(view.body, m.from ?? m.start).trim() === "" && /^\s*:\s*\uE000/.test(view.report.masked.slice(m.end, view.end)));
    if (colon) {
      const at = colon.end + /^\s*:\s*/.exec(view.report.masked.slice(colon.end))![0].length;
      const q = view.report.quoteAt.get(at);
      if (q) out.push({ frame: FrameId.sourceFirst, cue: null, cueText: ":", subject: colon, quotes: [q], content: null, region: [view.body, at], belief: false, nested: false });
    }
    return [...out, ...verbs.find(view, [...before, ...out])];
  },
};
