import { attributeCue, freeCues } from "./attribute-cue";
import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

const MEDIUM = /\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\-]+\s+){0,3}?(?:statement|interview|post|letter|briefing|video|message|broadcast|podcast|op-ed|column)\b|\b(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth Social|Bluesky|LinkedIn|social media|television|radio|state television|state TV)\b/u;

/** The medium of the statement: `said in a statement`, `wrote on X`, `In an interview, X said`. */
export const mediumFrame: ReportingFrame = {
  id: FrameId.medium,
  description: "The medium named around the cue: in a statement, in an interview (with X), in a post on X, on social media, on television; wrote / posted / tweeted.",
  examples: ["The Foreign Ministry said in a statement that it regretted the decision.", 'Zarif wrote on X: "Diplomacy is the only way."', "In an interview with a local radio station, the mayor said the budget was balanced."],
  find(view, before) {
    const out: FrameMatch[] = [];
    for (const cue of freeCues(view, before)) {
      if (cue.family !== "speech") continue;
      const m = attributeCue(view, cue, [...before, ...out], FrameId.medium);
      if (!m) continue;
      const around = view.report.masked.slice(m.region[0], m.region[1]);
      if (MEDIUM.test(around) || ["write", "tweet", "post"].includes(cue.lemma)) out.push(m);
    }
    return out;
  },
};
