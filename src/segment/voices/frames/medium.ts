import { verbFrame } from "./attribute-cue";
import { FrameId } from "./frame";

const MEDIUM = /\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\-]+\s+){0,3}?(?:statement|interview|post|letter|briefing|video|message|broadcast|podcast|op-ed|column)\b|\b(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth Social|Bluesky|LinkedIn|social media|television|radio|state television|state TV)\b/u;

/** The medium of the statement: `said in a statement`, `wrote on X`, `In an interview, X said`. */
export const mediumFrame = verbFrame(
  {
    id: FrameId.medium,
    description: "The medium named around the cue: in a statement, in an interview (with X), in a post on X, on social media, on television; wrote / posted / tweeted.",
    examples: ["The Foreign Ministry said in a statement that it regretted the decision.", 'Zarif wrote on X: "Diplomacy is the only way."', "In an interview with a local radio station, the mayor said the budget was balanced."],
  },
  (cue) => cue.family === "speech",
  (m, view) => MEDIUM.test(view.report.masked.slice(m.region[0], m.region[1])) || ["write", "tweet", "post"].includes(m.cue!.lemma),
);
