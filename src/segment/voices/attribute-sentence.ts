import { MASK } from "./attribution";
import { FRAME_CATALOGUE } from "./frames/catalogue";
import { CUE_SURFACES } from "./frames/cues";
import { FrameId, type FrameMatch, type SentenceView } from "./frames/frame";
import type { QuoteSpanRow } from "./quote-spans";
import { quoteMarkEnd } from "./read-report";
import type { Referent, SpeakerRegistry } from "./speaker-registry";
import { StatementKind } from "./statement-kind";

/** A span of one voice in a sentence: `[start, end)` in the cleaned text. */
export interface VoiceSpan {
  start: number;
  end: number;
  kind: StatementKind;
  who: Referent;
  cue: string | null;
  frame: FrameId | null;
  belief: boolean;
  paragraph: number;
  /** Sentence of the report, from 0. */
  sentence: number;
  /** Reported inside someone else's speech. */
  nested: boolean;
  /** The frame match the span belongs to (its region holds the event's date), or null. */
  match: FrameMatch | null;
}

/** What carries over from sentence to sentence. */
export interface VoiceState {
  readonly registry: SpeakerRegistry;
  /** Speaker of the last quote (a quote reopened in the next paragraph continues it). */
  lastQuote: Referent;
}

/** Where a match's own words start: a speech noun phrase's start, else its subject or cue. */
const frameStart = (m: FrameMatch): number => {
  const subject = m.subject ? m.subject.from ?? m.subject.start : undefined;
  return m.frame === FrameId.nominal ? Math.min(m.region[0], subject ?? Infinity) : subject ?? m.cue?.start ?? m.region[0];
};

/**
 * All the frames of the catalogue on one sentence. A speech noun frame inside another's
 * content ("X's remarks that" in a paraphrase) is nested: reported by the other speaker.
 * A verb frame inside another's content ("said American officials believe that") is part
 * of that content, not a statement of its own.
 */
function frameMatches(view: SentenceView): FrameMatch[] {
  const found: FrameMatch[] = [];
  for (const frame of FRAME_CATALOGUE) found.push(...frame.find(view, found));
  const inside = (m: FrameMatch): boolean => found.some((o) => o !== m && o.content !== null && o.content[0] <= frameStart(m) && frameStart(m) < o.content[1]);
  const kept = found.filter((m) => m.frame === FrameId.nominal || !inside(m) || m.quotes.length > 0);
  for (const m of kept) m.nested = inside(m);
  return kept.sort((a, b) => frameStart(a) - frameStart(b));
}

/** Quote or mixed: a quote set off by its sentence start, a colon, a comma or a cue ("said "We ...") is a quote. */
function quoteKind(view: SentenceView, q: QuoteSpanRow): StatementKind {
  const before = view.report.masked.slice(view.body, q.open_mark).trimEnd();
  if (before === "" || /[,:;(\-]$/.test(before) || before.endsWith(MASK)) return StatementKind.quote;
  const word = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase();
  if (word !== undefined && CUE_SURFACES.has(word) && /^\s*[\p{Lu}\d]/u.test(view.report.text.slice(q.start, q.end))) return StatementKind.quote;
  return StatementKind.mixed;
}

/** Resolves each match's speaker in text order; speakers of frames become the latest speaker. */
function resolveMatches(matches: readonly FrameMatch[], state: VoiceState): Map<FrameMatch, Referent> {
  const who = new Map<FrameMatch, Referent>();
  for (const m of matches) {
    const ref = m.label !== undefined ? state.registry.resolveLabel(m.label, m.region[0]) : m.subject !== null ? state.registry.resolve(m.subject) : m.subjectOf !== undefined ? who.get(m.subjectOf) ?? null : null;
    if (m.appositive !== undefined) state.registry.addRoles(ref, m.appositive);
    who.set(m, ref);
    if (!m.nested) state.registry.spoke(ref);
  }
  return who;
}

/** Paraphrase spans of a match, cut where a nested frame starts and around the quotes inside. */
function paraphraseSpans(view: SentenceView, m: FrameMatch, matches: readonly FrameMatch[], who: Referent): VoiceSpan[] {
  if (m.content === null) return [];
  if (m.contentKind === "quote") return [{ start: m.content[0], end: m.content[1], kind: StatementKind.quote, who, cue: m.cueText, frame: m.frame, belief: false, paragraph: view.paragraph, sentence: view.index, nested: false, match: m }];
  let [start, end] = m.content;
  for (const o of matches) if (o !== m && o.nested && frameStart(o) >= start && frameStart(o) < end) end = frameStart(o);
  const pieces: [number, number][] = [];
  let at = start;
  for (const q of view.quotes) {
    if (q.open_mark < at || q.open_mark >= end) continue;
    pieces.push([at, q.open_mark]);
    at = quoteMarkEnd(q);
  }
  pieces.push([at, end]);
  const { text, masked } = view.report;
  const out: VoiceSpan[] = [];
  for (let [a, b] of pieces) {
    while (a < b && /[\s,;:.]/.test(text[a]!)) a++;
    while (b > a && /[\s,;:]/.test(text[b - 1]!)) b--;
    // "the reform was "not a choice"": a few words leading into a mixed quote are the reporter's.
    const intoQuote = /^\s*\uE000/.test(masked.slice(b, b + 3)) && (text.slice(a, b).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0) < 5;
    if (b > a && !intoQuote && /[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ start: a, end: b, kind: StatementKind.paraphrase, who, cue: m.cueText, frame: m.frame, belief: m.belief, paragraph: view.paragraph, sentence: view.index, nested: m.nested, match: m });
  }
  return out;
}

/** The owner of a quote no frame names: the host paraphrase, the sentence's subject, or the latest speaker. */
function quoteOwner(view: SentenceView, q: QuoteSpanRow, matches: readonly FrameMatch[], who: Map<FrameMatch, Referent>, state: VoiceState): [FrameMatch | null, Referent] {
  const named = matches.find((m) => m.quotes.includes(q));
  if (named) return [named, who.get(named) ?? null];
  const host = matches.find((m) => m.content !== null && m.content[0] <= q.open_mark && q.open_mark < m.content[1]);
  if (host) return [host, who.get(host) ?? null];
  if (q.continues) return [null, state.lastQuote];
  if (quoteKind(view, q) === StatementKind.mixed && view.subject !== null) {
    const ref = state.registry.resolve(view.subject);
    state.registry.spoke(ref);
    return [null, ref];
  }
  return [null, state.registry.lastSpeaker()];
}

/**
 * The voices of one sentence: the catalogue's frames find who says what, speakers are
 * resolved in order, quotes no frame names go to their host paraphrase, the sentence
 * subject (mixed quotes) or the latest speaker (a quote standing alone).
 */
export function attributeSentence(view: SentenceView, state: VoiceState): VoiceSpan[] {
  for (const m of view.mentions) {
    if (m.kind !== "name" || view.headline) continue;
    const ref = state.registry.register(m);
    // "Senator Ada Brennan, the leader of the opposition,": roles for later "the opposition leader".
    const app = /^,\s+((?:the|a|an)\s+[^,\uE000]{1,60}),/.exec(view.report.masked.slice(m.end, view.end));
    if (app && ref !== null) state.registry.addRoles(ref, app[1]!);
    // "The housing minister, Ayesha Rahman,": the description before the name gives roles too.
    const desc = view.mentions.find((d) => d.kind === "description" && /^,\s+$/.test(view.report.masked.slice(d.end, m.start)));
    if (desc && ref !== null) state.registry.addRoles(ref, desc.text);
    if (m.from !== undefined && ref !== null) state.registry.addRoles(ref, view.report.masked.slice(m.from, m.start));
  }
  // A headline reports no paraphrase; its quotes still have their speaker ("Premier Vos: "...").
  const matches = frameMatches(view);
  if (view.headline) for (const m of matches) (m as { content: FrameMatch["content"] }).content = null;
  const who = resolveMatches(matches, state);
  // A sentence about someone ("The skippers I met are furious.") makes them whom "they" or "she" refers to next.
  if (matches.length === 0 && view.subject !== null && view.subject.kind !== "pronoun" && !view.headline) state.registry.spoke(state.registry.resolve(view.subject));
  const spans: VoiceSpan[] = matches.flatMap((m) => paraphraseSpans(view, m, matches, who.get(m) ?? null));
  const labelled = matches.find((m) => m.contentKind === "quote");
  for (const q of view.quotes) {
    if (q.end <= q.start || (labelled && q.open_mark >= labelled.content![0] && q.open_mark < labelled.content![1])) continue;
    const [match, ref] = quoteOwner(view, q, matches, who, state);
    state.lastQuote = ref;
    const own = match !== null && match.quotes.includes(q);
    spans.push({ start: q.start, end: q.end, kind: quoteKind(view, q), who: ref, cue: own ? match.cueText : null, frame: own ? match.frame : null, belief: false, paragraph: view.paragraph, sentence: view.index, nested: match?.nested ?? false, match });
  }
  return clip(spans);
}

/** Spans never overlap: a paraphrase ends where the next span starts. */
function clip(spans: VoiceSpan[]): VoiceSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: VoiceSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.end > s.start) {
      if (prev.kind === StatementKind.paraphrase) prev.end = s.start;
      else if (s.end > prev.end) s.start = prev.end;
      else continue;
    }
    out.push(s);
  }
  return out.filter((s) => s.end > s.start);
}
