import { isDateWord, MASK, OCCASION, PLACE } from "./attribution";
import type { VoiceSpan } from "./attribute-sentence";
import type { DateMentionRow } from "./date-mentions";
import type { FrameMatch } from "./frames/frame";
import type { ReadReport } from "./read-report";
import { DateBasis, StatementKind } from "./statement-kind";

/** A speech event of a report: a date, with the place and occasion the report gives. */
export interface SpeechEvent {
  readonly id: number;
  readonly date: string;
  /** Paragraph where the event was first stated. */
  readonly paragraph: number;
  /** Stated in the past perfect ("had told parliament in July"): background, never the lead's event. */
  background: boolean;
  place: string | null;
  occasion: string | null;
}

/** A span with its speech event (null: the publication date) and where that came from. */
export interface DatedSpan extends VoiceSpan {
  event: SpeechEvent | null;
  basis: DateBasis;
}

/** Words that make a date in narration a speech event of the paragraph ("At Tuesday's summit, ..."). */
const EVENT_WORDS = /\b(?:speech|rally|press conference|news conference|interview|summit|meeting|hearing|debate|address|visit|session|briefing|statement|talks|conference|ceremony|vote|campaign event|town hall|forum|congress|convention|assembly|sitting)\b/i;

/** The date, place and occasion stated in a match's attribution clause. */
function frameDate(report: ReadReport, m: FrameMatch): { date: DateMentionRow | null; place: string | null; occasion: string | null } {
  const [a, b] = m.region;
  const inParens = (at: number): boolean => {
    const s = report.text.slice(Math.max(a - 200, 0), at);
    return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
  };
  const anchors = [m.cue?.start, m.subject?.start, a].filter((x): x is number => x !== undefined);
  const date = report.dates.find((d) => d.start >= a && d.end <= b && anchors.some((x) => Math.abs(d.start - x) <= 110) && !report.masked.slice(d.start, d.end).includes(MASK) && !inParens(d.start)) ?? null;
  const region = report.masked.slice(a, b);
  const place = PLACE.exec(region);
  const occasion = OCCASION.exec(region);
  return {
    date,
    place: place && !isDateWord(place[1]!) && !/^\d/.test(place[1]!) ? place[1]! : null,
    occasion: occasion && !isDateWord(occasion[1]!.trim()) ? occasion[1]!.trim() : null,
  };
}

/**
 * Dates every span: a statement takes the date of its own frame ("said on Tuesday"), else
 * a speech event its paragraph states in narration, else its speaker's event dated earlier,
 * else (in the lead, before the first dated event) its speaker's first event, else the
 * publication date. A statement nested in another's speech is dated by publication.
 * Narration carries the latest event. Events are shared by date within a report.
 */
export function datedSpans(report: ReadReport, spans: readonly VoiceSpan[], narrated: ReadonlyMap<number, { who: number; date: DateMentionRow }> = new Map()): DatedSpan[] {
  const events: SpeechEvent[] = [];
  const eventFor = (date: string, place: string | null, occasion: string | null, paragraph: number): SpeechEvent => {
    let e = events.find((x) => x.date === date);
    if (e === undefined) events.push((e = { id: events.length + 1, date, paragraph, place, occasion, background: false }));
    e.place ??= place;
    e.occasion ??= occasion;
    return e;
  };
  const frames = new Map<FrameMatch, SpeechEvent | null>();
  const bySpeaker = new Map<number, SpeechEvent>();
  const firstOf = new Map<number, SpeechEvent>();
  const byParagraph = new Map<number, SpeechEvent>();
  let current: SpeechEvent | null = null;
  const dated = new Map<VoiceSpan, DatedSpan>();
  const statement = (s: VoiceSpan): DatedSpan => {
    if (s.nested) return { ...s, event: null, basis: DateBasis.publication };
    if (s.match !== null && !frames.has(s.match)) {
      const f = frameDate(report, s.match);
      const e = f.date ? eventFor(f.date.date, f.place, f.occasion, s.paragraph) : null;
      if (e && s.match.cue && /\bhad\s+(?:[\p{L}\uE001]+\s+){0,4}$/u.test(report.masked.slice(Math.max(0, s.match.cue.start - 60), s.match.cue.start))) e.background = true;
      frames.set(s.match, e);
      const known = s.who !== null ? bySpeaker.get(s.who) : undefined;
      if (!f.date && known) {
        known.place ??= f.place;
        known.occasion ??= f.occasion;
      }
    }
    const own = s.match !== null ? frames.get(s.match) ?? null : null;
    // A belief or intention ("believes", "wants") is no speech event: only its own frame dates it.
    const speakerEvent = s.who !== null && !s.belief ? bySpeaker.get(s.who) ?? null : null;
    const paragraphEvent = s.belief ? null : byParagraph.get(s.paragraph) ?? null;
    const event = own ?? paragraphEvent ?? speakerEvent;
    if (own && s.who !== null) {
      bySpeaker.set(s.who, own);
      if (!firstOf.has(s.who)) firstOf.set(s.who, own);
    }
    if (event) current = event;
    return { ...s, event, basis: own ? DateBasis.frame : paragraphEvent ? DateBasis.paragraph : speakerEvent ? DateBasis.event : DateBasis.publication };
  };
  const narration = (s: VoiceSpan): DatedSpan => {
    const d = report.dates.find((x) => x.start >= s.start && x.end <= s.end);
    if (d && EVENT_WORDS.test(report.text.slice(s.start, s.end))) byParagraph.set(s.paragraph, (current = eventFor(d.date, null, null, s.paragraph)));
    return { ...s, event: current, basis: current === null ? DateBasis.publication : DateBasis.event };
  };
  // Sentence by sentence: its statements first (their frames may state a new event), then its narration.
  for (let k = 0; k < spans.length; ) {
    let j = k;
    while (j < spans.length && spans[j]!.sentence === spans[k]!.sentence) j++;
    const group = spans.slice(k, j);
    const seen = narrated.get(spans[k]!.sentence);
    if (seen) bySpeaker.set(seen.who, (current = eventFor(seen.date.date, null, null, spans[k]!.paragraph)));
    for (const s of group) if (s.kind !== StatementKind.narration) dated.set(s, statement(s));
    for (const s of group) if (s.kind === StatementKind.narration) dated.set(s, narration(s));
    k = j;
  }
  return leadSpans(spans.map((s) => dated.get(s)!), firstOf, events[0] ?? null);
}

/** Statements before the report's first dated event take their speaker's first event when it is stated within two paragraphs (the lead reports it). */
function leadSpans(spans: DatedSpan[], firstOf: ReadonlyMap<number, SpeechEvent>, first: SpeechEvent | null): DatedSpan[] {
  if (first === null) return spans;
  for (const s of spans) {
    if (s.event !== null) break;
    if (s.nested) continue;
    if (s.kind === StatementKind.narration) {
      s.event = first;
      s.basis = DateBasis.lead;
    } else if (s.who !== null && firstOf.has(s.who) && !s.belief && !firstOf.get(s.who)!.background && firstOf.get(s.who)!.paragraph - s.paragraph <= 2) {
      s.event = firstOf.get(s.who)!;
      s.basis = DateBasis.lead;
    }
  }
  return spans;
}
