/**
 * The match of one cue verb with its speaker before it and its content after it, shared by
 * the verb frames (source-first, time-phrase, participial, told-that, medium, belief).
 */
import type { Cue } from "./cues";
import { HEARER_VERBS } from "./cues";
import type { FrameId, FrameMatch, ReportingFrame, SentenceView } from "./frame";
import { contentAfter, contentEnd, matchEnd, subjectBefore } from "./grammar";

/** Cues not yet taken by an earlier match. */
export function freeCues(view: SentenceView, before: readonly FrameMatch[]): Cue[] {
  return view.cues.filter((c) => !before.some((m) => m.cue === c || (m.content !== null && m.content[0] <= c.start && c.start < m.content[1] && m.frame !== "coordinated")));
}

/** Where the attribution of a new match may start: after the last match before `at`. */
export function regionStart(view: SentenceView, before: readonly FrameMatch[], at: number): number {
  let from = view.body;
  for (const m of before) {
    const end = matchEnd(m);
    if (end <= at && end > from) from = end;
  }
  return from;
}

/**
 * A cue with its subject before it (`Costa said`, `Biden on Tuesday said`) and what follows:
 * a quote it introduces or the reported content. Null when no subject attaches.
 */
export function attributeCue(view: SentenceView, cue: Cue, before: readonly FrameMatch[], frame: FrameId): (FrameMatch & { dated: boolean }) | null {
  const from = regionStart(view, before, cue.start);
  const found = subjectBefore(view, cue.start, from);
  if (found === null) return null;
  const after = contentAfter(view, cue, HEARER_VERBS.has(cue.lemma));
  const content = after.quote === null ? ([after.start, contentEnd(view, after.start, before)] as const) : null;
  return {
    frame,
    cue,
    cueText: cue.surface,
    subject: found.subject,
    quotes: after.quote === null ? [] : [after.quote],
    content: content !== null && content[1] > content[0] ? content : null,
    region: [from, after.quote?.open_mark ?? after.start],
    belief: cue.family === "belief",
    nested: false,
    dated: found.dated,
    ...(found.appositive ? { appositive: found.appositive } : {}),
  };
}

/**
 * A verb frame: each free cue the frame `takes` is attributed (speaker before it, content
 * after it) and kept when `keeps` agrees. Shared by source-first, belief, time-phrase,
 * told-that and medium, which differ only in these two tests.
 */
export function verbFrame(
  frame: Omit<ReportingFrame, "find">,
  takes: (cue: Cue) => boolean,
  keeps: (m: FrameMatch & { dated: boolean }, view: SentenceView) => boolean = () => true,
): ReportingFrame {
  return {
    ...frame,
    find(view, before) {
      const out: FrameMatch[] = [];
      for (const cue of freeCues(view, before)) {
        if (!takes(cue)) continue;
        const m = attributeCue(view, cue, [...before, ...out], frame.id);
        if (m && keeps(m, view)) out.push(m);
      }
      return out;
    },
  };
}
