import { attributeSentence, type VoiceSpan, type VoiceState } from "./attribute-sentence";
import type { ReadReport } from "./read-report";
import { sentenceView } from "./sentence-view";
import { SpeakerRegistry } from "./speaker-registry";
import { speakerMentions } from "./speakers/speaker-mentions";
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
 * Reads the voices of a report: speaker mentions (names with compromise's tags, descriptions,
 * pronouns), then sentence by sentence the reporting frames and their speakers, then the
 * narration between, then the date of every span. Internal to {@link statements}.
 */
export function reportVoices(report: ReadReport): ReportVoices {
  const mentions = speakerMentions(report.masked);
  const state: VoiceState = { registry: new SpeakerRegistry(), lastQuote: null };
  const spans: VoiceSpan[] = [];
  report.sentences.forEach((s, k) => {
    const voiced = attributeSentence(sentenceView(report, s, k, mentions), state);
    spans.push(...[...voiced, ...narrationGaps(report, s.start, s.end, voiced, s.paragraph, k)].sort((a, b) => a.start - b.start));
  });
  return { report, spans: datedSpans(report, spans), registry: state.registry };
}
