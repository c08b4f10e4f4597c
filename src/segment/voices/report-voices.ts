import { attributeSentence, type VoiceSpan, type VoiceState } from "./attribute-sentence";
import type { ReadReport } from "./read-report";
import { sentenceView } from "./sentence-view";
import { SpeakerRegistry } from "./speaker-registry";
import { speakerMentions } from "./speakers/speaker-mentions";
import type { DateMentionRow } from "./date-mentions";
import { FrameId, type SentenceView } from "./frames/frame";
import { datedSpans, type DatedSpan } from "./statement-dates";
import { StatementKind } from "./statement-kind";

/** What {@link reportVoices} finds in one report. */
export interface ReportVoices {
  readonly report: ReadReport;
  /** Every span of the cleaned text in one voice, in order, dated. */
  readonly spans: readonly DatedSpan[];
  /** The speakers and their resolved mentions. */
  readonly registry: SpeakerRegistry;
}

/** The parts of `[from, to)` no span covers, as narration (those with a letter or digit). */
function narrationGaps(report: ReadReport, from: number, to: number, spans: readonly VoiceSpan[], paragraph: number, sentence: number): VoiceSpan[] {
  const { text } = report;
  const out: VoiceSpan[] = [];
  const push = (a: number, b: number): void => {
    while (a < b && /[\s"“”«»]/.test(text[a]!)) a++;
    while (b > a && /[\s"“”«»]/.test(text[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) {
      out.push({ start: a, end: b, kind: StatementKind.narration, who: null, cue: null, frame: null, belief: false, paragraph, sentence, nested: false, match: null });
    }
  };
  let at = from;
  for (const s of spans) {
    if (s.start > at) push(at, s.start);
    at = Math.max(at, s.end);
  }
  if (at < to) push(at, to);
  return out;
}

/**
 * A dated appearance of a person in narration ("Solberg rose in parliament on Tuesday"):
 * a day or month date with a person named at most 60 characters before it. It dates that
 * person's later undated statements (their speech event).
 */
function narratedEvent(view: SentenceView, state: VoiceState): { who: number; date: DateMentionRow } | null {
  // Only what happened: "will present ... on Saturday" is no speech event.
  if (/\b(?:will|shall|is due to|are due to|plans? to|is expected to|next)\b/i.test(view.report.text.slice(view.start, view.end))) return null;
  for (const d of view.dates) {
    if (d.precision === "year") continue;
    const person = view.mentions.filter((m) => m.kind === "name" && m.entity === "person" && m.end <= d.start && d.start - m.end <= 60 && !m.possessive).pop();
    if (person === undefined) continue;
    const who = state.registry.resolve(person);
    if (who !== null) return { who, date: d };
  }
  return null;
}

/**
 * Reads the voices of a report: speaker mentions (names with compromise's tags, descriptions,
 * pronouns), then sentence by sentence the reporting frames and their speakers, then the
 * narration between, then the date of every span. Internal to {@link statements}.
 */
export function reportVoices(report: ReadReport): ReportVoices {
  const mentions = speakerMentions(report.masked, report.text);
  const state: VoiceState = { registry: new SpeakerRegistry(), lastQuote: null };
  const spans: VoiceSpan[] = [];
  const personDates = new Map<number, { who: number; date: DateMentionRow }>();
  let covered = 0; // a labelled transcript line covers its paragraph's sentences
  report.sentences.forEach((s, k) => {
    if (s.start < covered) return;
    const view = sentenceView(report, s, k, mentions, (label) => state.registry.isNewsroom(label));
    const voiced = attributeSentence(view, state);
    const line = voiced.find((v) => v.frame === FrameId.speakerLabel);
    if (line) covered = line.end;
    const to = line ? line.end : s.end;
    if (voiced.length === 0) {
      const dated = narratedEvent(view, state);
      if (dated) personDates.set(k, dated);
    }
    spans.push(...[...voiced, ...narrationGaps(report, s.start, to, voiced, s.paragraph, k)].sort((a, b) => a.start - b.start));
  });
  return { report, spans: datedSpans(report, spans, personDates), registry: state.registry };
}
