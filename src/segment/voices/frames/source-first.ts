import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** Speaker, then cue, then the quote or the reported content. */
export const sourceFirstFrame: ReportingFrame = {
  id: FrameId.sourceFirst,
  description: "The speaker and the cue come first, then a quote (after a colon or comma) or the reported content, with or without \"that\".",
  examples: ['Costa said: "We will not accept this."', "Costa said the talks had failed.", "The ministry said that it regretted the move."],
  find(view, before) {
    const out: FrameMatch[] = [];
    // A headline or a transcript line: `Premier Vos: "We will not sell"`, `COSTA: We will not ...`.
    const colon = view.mentions.find((m) => m.kind === "name" && view.report.masked.slice(view.body, m.from ?? m.start).trim() === "" && /^\s*:\s*\uE000/.test(view.report.masked.slice(m.end, view.end)));
    if (colon) {
      const at = colon.end + /^\s*:\s*/.exec(view.report.masked.slice(colon.end))![0].length;
      const q = view.report.quoteAt.get(at);
      if (q) out.push({ frame: FrameId.sourceFirst, cue: null, cueText: ":", subject: colon, quotes: [q], content: null, region: [view.body, at], belief: false, nested: false });
    }
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "speech") continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.sourceFirst);
      if (m) out.push(m);
    }
    return out;
  },
};
