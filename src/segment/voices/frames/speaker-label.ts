import { FrameId, type FrameMatch, type ReportingFrame } from "./frame";

/** A transcript line's label: `ASANTE:`, `MAYOR OKAFOR (on the phone):`. Group 1 the label. */
const LABEL = /^([A-Z][A-Z.'\- ]{1,40}?)(?:\s*\([^)\n]{1,50}\))?:[ \t]+(?=\S)/u;

/** Labels of the newsroom's own voices: their lines are narration, read for reported speech. */
export const NEWSROOM_LABELS: ReadonlySet<string> = new Set([
  "anchor", "host", "presenter", "reporter", "correspondent", "interviewer", "narrator", "moderator", "editor",
  "announcer", "newsreader", "q", "question", "voice over", "vo", "caption", "note", "update", "breaking",
]);

/**
 * A line of a broadcast or interview transcript spoken by the person its label names
 * (`ASANTE: No. We have followed ...`): the whole line (to the paragraph's end) is that
 * speaker's direct quote. Lines of the anchor, host or a correspondent (a label naming
 * someone the report introduced as correspondent, editor, ...) are narration.
 */
export const speakerLabelFrame: ReportingFrame = {
  id: FrameId.speakerLabel,
  description: "A transcript line labelled with its speaker (\"ASANTE: No. We ...\"): the line is the speaker's direct quote; newsroom labels (ANCHOR, HOST, CORRESPONDENT, a correspondent's name) are narration.",
  examples: ["ASANTE: No. We have followed every line of that agreement.", "DR. PRIYA RAMAN (dental association): Doubling is a start."],
  find(view) {
    const { report } = view;
    const paragraph = report.paragraphs[view.paragraph]!;
    if (view.start !== paragraph[0]) return [];
    const label = LABEL.exec(report.masked.slice(view.start, paragraph[1]));
    if (label === null || NEWSROOM_LABELS.has(label[1]!.trim().toLowerCase()) || view.isNewsroom(label[1]!.trim())) return [];
    const start = view.start + label[0].length;
    const match: FrameMatch = {
      frame: FrameId.speakerLabel,
      cue: null,
      cueText: ":",
      subject: null,
      label: label[1]!.trim(),
      quotes: [],
      content: [start, paragraph[1]],
      contentKind: "quote",
      region: [view.start, start],
      belief: false,
      nested: false,
    };
    return [match];
  },
};
