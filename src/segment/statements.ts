import { cleanText, type CleanTextOptions } from "../clean/clean-text";
import { originalSpan } from "../clean/original-span";
import { argumentError, inputError, invalidDateReason } from "../errors";
import type { Corpus, OnWarning } from "../types";
import {
  AFTER_CUE, CUE_ANY, CUE_SURFACES, EMBEDDED, isDateWord, MASK, OCCASION, PLACE, SUBJECT_CUE, SUBJECT_START, TITLED_NAME, TRAILING, sentenceRanges,
} from "./voices/attribution";
import { dateMentions, type DateMentionRow } from "./voices/date-mentions";
import { paragraphBreaks, quoteSpans, type QuoteSpanRow } from "./voices/quote-spans";
import { SpeakerRegistry, type Referent } from "./voices/speaker-registry";

const FN = "statements";

/** Voices of a report: what each span of it is. */
export const StatementKind = {
  /** Direct quote: the speaker's words between quote marks, set off from the reporter's clause. */
  quote: "quote",
  /** Mixed quote: quoted words built into the reporter's own sentence ("called it "a trick""). */
  mixed: "mixed",
  /** Reported speech: "He noted that ...", "X said ...", "X's remarks that ...". */
  paraphrase: "paraphrase",
  /** The reporter's own words: headlines, attribution clauses, background. */
  narration: "narration",
} as const;
export type StatementKind = (typeof StatementKind)[keyof typeof StatementKind];

/** Where a statement's event date comes from. */
export const DateBasis = {
  /** A date stated for the speech event (this statement's or an earlier one's). */
  stated: "stated",
  /** Before the first stated date: the report's lead, given the first stated event. */
  lead: "lead",
  /** No resolvable date: the publication date. */
  publication: "publication",
} as const;
export type DateBasis = (typeof DateBasis)[keyof typeof DateBasis];

/** Columns of {@link statements}, in order. */
export const STATEMENT_COLUMNS = [
  "doc_id", "index", "paragraph", "kind", "speaker", "cue", "text", "char_start", "char_end",
  "event_id", "event_date", "date_basis", "event_place", "event_occasion",
] as const;

/** One span of a report in one voice. Offsets are UTF-16 units of the text as read. */
export type StatementRow = {
  readonly doc_id: string;
  /** Position in the report, from 0. */
  readonly index: number;
  /** Paragraph of the cleaned report, from 0. */
  readonly paragraph: number;
  readonly kind: StatementKind;
  /** Who speaks ("Ali Khamenei", "US official"); null for narration or when unknown. */
  readonly speaker: string | null;
  /** The speech verb or noun of the attribution ("said", "underlined", "remarks"), or null. */
  readonly cue: string | null;
  /** `original.slice(char_start, char_end)`; a quote without its quote marks. */
  readonly text: string;
  readonly char_start: number;
  readonly char_end: number;
  /** `<doc_id>#<n>` of the speech event (n from 1), or `<doc_id>#0` for the publication date. */
  readonly event_id: string;
  /** ISO date of the event at its precision. */
  readonly event_date: string;
  readonly date_basis: DateBasis;
  readonly event_place: string | null;
  readonly event_occasion: string | null;
};

/** Options of {@link statements}. */
export interface StatementsOptions {
  /** Publication date YYYY-MM-DD; required for a string, defaults to each document's date for a corpus. */
  readonly published?: string;
  /** Id of a report given as a string (default "report"). */
  readonly id?: string;
  /** Options of {@link cleanText} (default: remove debris and normalize). */
  readonly clean?: CleanTextOptions;
  /** Receives warnings (unbalanced quote marks, quotes with no speaker). */
  readonly onWarning?: OnWarning;
}

interface Event {
  id: number;
  date: string;
  place: string | null;
  occasion: string | null;
}

interface Span {
  start: number;
  end: number;
  kind: StatementKind;
  who: Referent;
  cue: string | null;
  paragraph: number;
  event: Event | null;
  /** Reported inside someone else's speech: dated by publication. */
  embedded: boolean;
}

/**
 * Separates the voices of a news report and dates every statement. The report is cleaned
 * ({@link cleanText}); every span is labelled quote, mixed, paraphrase or narration; quotes
 * and paraphrases are attributed to a speaker with their cue verb, resolving "he"/"she",
 * "the Leader" and names with titles to one person; each statement is assigned to a speech
 * event from the dates the report states for them ("said in Tehran on Sunday", "had on
 * September 17 downplayed"), resolved against the publication date. Statements with no
 * resolvable date keep the publication date (`date_basis: "publication"`).
 *
 * @param input - A report's text (then `options.published` is required) or a corpus of
 *   reports (each published on its `date`, unless `options.published` is given).
 * @returns Rows with {@link STATEMENT_COLUMNS}, offsets into each text as read.
 * @example
 * const rows = statements('"We will not talk," Ayatollah Ali Khamenei said on Sunday. He added that talks were useless.', { published: "2019-11-04" });
 * rows.filter((r) => r.kind !== "narration").map((r) => [r.kind, r.speaker, r.text, r.event_date]);
 * // [["quote", "Ali Khamenei", "We will not talk,", "2019-11-03"],
 * //  ["paraphrase", "Ali Khamenei", "talks were useless", "2019-11-03"]]
 */
export function statements(input: string | Corpus, options: StatementsOptions = {}): StatementRow[] {
  if (options.published !== undefined) checkPublished(options.published, "option \"published\"");
  if (typeof input === "string") {
    if (options.published === undefined) throw argumentError(FN, 'option "published"', "an ISO date YYYY-MM-DD for a report given as a string", undefined);
    return reportStatements(options.id ?? "report", input, options.published, options);
  }
  if (!Array.isArray(input)) throw argumentError(FN, "input", "a report's text or a corpus", input);
  const dated = input.map((doc) => {
    const published = options.published ?? doc.date;
    if (published === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(published) || invalidDateReason(published) !== undefined) {
      throw inputError(`${FN}: document "${doc.id}" needs a publication date YYYY-MM-DD (its date, or option "published"); got ${JSON.stringify(published ?? null)}`);
    }
    return [doc, published] as const;
  });
  return dated.flatMap(([doc, published]) => reportStatements(doc.id, doc.text, published, options));
}

function checkPublished(published: unknown, name: string): void {
  if (typeof published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(published) || invalidDateReason(published) !== undefined) {
    throw argumentError(FN, name, "an ISO date YYYY-MM-DD", published);
  }
}

/** Cues whose object comes before "that": "told reporters that", "reminded the crowd that". */
const TOLD: ReadonlySet<string> = new Set(["told", "tells", "telling", "asked", "asks", "reminded", "reminds", "assured", "warned"]);
const TOLD_THAT = /^\s+(?:[\p{L}\-']+\s+){1,4}?that\b/u;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function reportStatements(docId: string, original: string, published: string, options: StatementsOptions): StatementRow[] {
  const warn = options.onWarning;
  const cleaned = cleanText(original, options.clean);
  const text = cleaned.text;
  const quotes = quoteSpans(text, { onWarning: warn && ((w) => warn({ ...w, message: `${docId}: ${w.message}` })) });
  const dates = dateMentions(text, published);
  // The masked copy: quoted text (marks included) replaced by MASK, same length.
  const chars = text.split("");
  const quoteAt = new Map<number, QuoteSpanRow>(); // open mark -> quote
  const quoteEnds = new Set<number>();
  for (const q of quotes) {
    const end = q.close_mark === null ? q.char_end : q.close_mark + 1;
    for (let i = q.open_mark; i < end; i++) chars[i] = MASK;
    quoteAt.set(q.open_mark, q);
    if (/[.!?]\s*$/.test(text.slice(q.char_start, q.char_end))) quoteEnds.add(end - 1);
  }
  const masked = chars.join("");

  const registry = new SpeakerRegistry();
  const events: Event[] = [];
  let current: Event | null = null;
  const spans: Span[] = [];
  const quoteWho = new Map<QuoteSpanRow, Referent>();
  let previousQuote: QuoteSpanRow | null = null;

  const breaks = paragraphBreaks(text);
  const paragraphs: [number, number][] = [];
  let ps = 0;
  for (const b of breaks) {
    paragraphs.push([ps, b]);
    ps = b + (/^[ \t]*\n\s*/.exec(text.slice(b))?.[0].length ?? 0);
  }
  paragraphs.push([ps, text.length]);

  paragraphs.forEach(([pFrom, pTo], paragraph) => {
    for (const [ss, se] of sentenceRanges(masked, pFrom, pTo, quoteEnds)) {
      const s = masked.slice(ss, se);
      // Names with role titles anywhere in the narration ("US President Donald Trump").
      TITLED_NAME.lastIndex = 0;
      for (let m = TITLED_NAME.exec(s); m; m = TITLED_NAME.exec(s)) registry.name(m[0]);

      const sentenceQuotes = quotes.filter((q) => q.open_mark >= ss && q.open_mark < se);
      const content: Span[] = [];
      const consumed: [number, number][] = []; // attribution ranges whose cue is not a paraphrase
      let subject: Referent = null;
      let subjectEnd = ss;
      let trailing: { who: Referent; cue: string } | null = null;

      // A quote opening the sentence, then its attribution: ," Ayatollah Khamenei said ...
      const lead = /^\s*\uE000+/.exec(s);
      if (lead) {
        const t = TRAILING.exec(s.slice(lead[0].length));
        if (t) {
          const who = t[1] ?? t[4]!;
          subject = registry.resolve(who);
          trailing = { who: subject, cue: t[2] ?? t[3]! };
          subjectEnd = ss + lead[0].length + t[0].length;
          consumed.push([ss + lead[0].length, subjectEnd]);
        }
      } else {
        const st = SUBJECT_START.exec(s);
        if (st) {
          const mention = st[1] ?? st[2]!;
          // A capitalized sentence start is a subject only when a person-like word follows.
          // A capitalized sentence start is a person only with a speech verb, a title, two
          // names, or a name already known ("Farmers protested" is not a speaker).
          const withCue = SUBJECT_CUE.test(s);
          subject = withCue || st[1] !== undefined ? registry.resolve(mention) : registry.resolveKnown(mention);
          subjectEnd = ss + st[0].length;
          // The person a sentence is about is who "he" or "she" refers to next.
          if (!/^(he|she)$/i.test(mention)) registry.spoke(subject);
          if (st[1] !== undefined && subject !== null) {
            // "According to X, ...": the rest of the sentence is X's.
            content.push(span(subjectEnd, se, StatementKind.paraphrase, subject, "according to", paragraph));
          }
        }
      }

      // Embedded attributions: "Macron's remarks that ...", "a US official who had said that ...".
      const embedded: { from: number; to: number; who: Referent; cue: string }[] = [];
      for (const re of EMBEDDED) {
        re.lastIndex = 0;
        for (let m = re.exec(s); m; m = re.exec(s)) {
          const from = ss + m.index;
          const to = from + m[0].length;
          if (embedded.some((e) => e.from < to && from < e.to)) continue;
          if (from < subjectEnd && !(from === ss && lead === null && subject === null)) continue;
          const who = registry.resolve(m[1]!, subject);
          embedded.push({ from, to, who, cue: m[2]! });
        }
      }

      // Cue verbs of the sentence (not inside an attribution already read or an embedded phrase).
      const cues: { at: number; end: number; cue: string }[] = [];
      CUE_ANY.lastIndex = 0;
      for (let m = CUE_ANY.exec(s); m; m = CUE_ANY.exec(s)) {
        const at = ss + m.index;
        if (consumed.some(([a, b]) => at >= a && at < b) || embedded.some((e) => at >= e.from && at < e.to)) continue;
        const main = SUBJECT_CUE.exec(masked.slice(ss, at + m[0].length));
        // Coordinated: ", saying", ", and added", "and said"; the comma may close a quote.
        const coordinated = /(?:,["”]?\s*(?:and\s+)?|\s+and\s+)(?:also\s+|then\s+|further\s+)?$/.test(text.slice(ss, at));
        if ((main && main.index === 0 && cues.length === 0) || (coordinated && subject !== null)) cues.push({ at, end: at + m[0].length, cue: m[0] });
      }

      const contentEnd = (from: number): number => {
        let end = se;
        for (const c of cues) if (c.at > from) {
          const clause = /(?:,["”]?\s*(?:and\s+)?|\s+and\s+)(?:also\s+|then\s+|further\s+)?$/.exec(text.slice(from, c.at));
          if (clause) end = Math.min(end, from + clause.index);
        }
        for (const e of embedded) if (e.from > from) end = Math.min(end, e.from);
        for (const q of sentenceQuotes) {
          if (q.open_mark <= from) continue;
          const pre = /[,:;]\s*$/.exec(masked.slice(from, q.open_mark));
          if (pre) end = Math.min(end, from + pre.index);
        }
        while (end > from && /[\s.!?,;:]/.test(masked[end - 1]!)) end--;
        return end;
      };

      const quoteCue = new Map<QuoteSpanRow, string>();
      for (const c of cues) {
        const rest = masked.slice(c.end, se);
        const after = (TOLD.has(c.cue) ? TOLD_THAT.exec(rest) : null) ?? AFTER_CUE.exec(rest);
        let from = c.end + (after ? after[0].length : 0);
        const intro = /^\s*[,:]?\s*(?=\uE000)/.exec(masked.slice(from, se));
        if (intro) {
          const q = quoteAt.get(from + intro[0].length);
          if (q) quoteCue.set(q, c.cue);
          continue;
        }
        while (from < se && /\s/.test(masked[from]!)) from++;
        const to = contentEnd(from);
        if (to > from && subject !== null) content.push(span(from, to, StatementKind.paraphrase, subject, c.cue, paragraph));
      }
      for (const e of embedded) {
        let from = e.to;
        while (from < se && /\s/.test(masked[from]!)) from++;
        const to = contentEnd(from);
        if (to > from) content.push({ ...span(from, to, StatementKind.paraphrase, e.who, e.cue, paragraph), embedded: true });
      }
      // An embedded phrase cuts the paraphrase that holds it.
      for (const e of embedded) {
        for (let k = content.length - 1; k >= 0; k--) {
          const c = content[k]!;
          if (c.embedded || e.to <= c.start || e.from >= c.end) continue;
          c.end = Math.max(c.start, e.from);
          while (c.end > c.start && /[\s,;:]/.test(masked[c.end - 1]!)) c.end--;
          if (c.end === c.start) content.splice(k, 1);
        }
      }

      // Quotes: kind and speaker.
      sentenceQuotes.forEach((q, k) => {
        let before = q.open_mark;
        while (before > pFrom && /\s/.test(text[before - 1]!)) before--;
        const prevWord = /(\p{L}+)$/u.exec(text.slice(pFrom, before))?.[1];
        const mixed = isWordChar(text[before - 1]) && !(prevWord !== undefined && CUE_SURFACES.has(prevWord));
        let who: Referent = null;
        let cue: string | null = null;
        const host = content.find((c) => c.start <= q.open_mark && q.open_mark < c.end);
        if (k === 0 && trailing) [who, cue] = [trailing.who, trailing.cue];
        else if (quoteCue.has(q)) [who, cue] = [subject, quoteCue.get(q)!];
        else if (q.continues && previousQuote && quoteWho.has(previousQuote)) who = quoteWho.get(previousQuote)!;
        else if (host) [who, cue] = [host.who, host.cue];
        else if (subject !== null && cues.some((c) => c.at < q.open_mark)) [who, cue] = [subject, cues.filter((c) => c.at < q.open_mark).pop()!.cue];
        else who = registry.lastSpeaker();
        if (who === null) warn?.({ code: "unattributed_quote", message: `${docId}: no speaker found for the quote at offset ${q.char_start}` });
        quoteWho.set(q, who);
        previousQuote = q;
        if (q.char_end > q.char_start) content.push(span(q.char_start, q.char_end, mixed ? StatementKind.mixed : StatementKind.quote, who, cue, paragraph));
      });

      // A speech event stated in the attribution: "said in Tehran on Sunday", "had on September 17".
      const person = subject !== null && "person" in subject && (cues.length > 0 || trailing !== null);
      if (person) {
        const firstContent = Math.min(se, ...content.filter((c) => c.kind === StatementKind.paraphrase).map((c) => c.start));
        const attribution = [subjectEnd - (trailing ? 0 : subjectEnd - ss), firstContent] as const;
        const inParens = (at: number): boolean => (text.slice(pFrom, at).match(/\(/g)?.length ?? 0) > (text.slice(pFrom, at).match(/\)/g)?.length ?? 0);
        const date = dates.find((d) => d.char_start >= attribution[0] && d.char_end <= attribution[1] && !masked.slice(d.char_start, d.char_end).includes(MASK) && !inParens(d.char_start) && d.char_start - subjectEnd <= 80);
        const region = masked.slice(attribution[0], attribution[1]);
        const place = PLACE.exec(region);
        const occasion = OCCASION.exec(region);
        const placeName = place && !isDateWord(place[1]!) && !/^\d/.test(place[1]!) ? place[1]!.replace(/^the\s+/, "the ") : null;
        const occasionText = occasion && !isDateWord(occasion[1]!.trim()) ? occasion[1]!.trim() : null;
        if (date) current = eventFor(date, placeName, occasionText);
        else if (current && (cues.length > 0 || trailing)) {
          current.place ??= placeName;
          current.occasion ??= occasionText;
        }
      }
      splitAroundQuotes(text, content, sentenceQuotes);
      clipParaphrases(text, content);
      for (const c of content) c.event = c.embedded ? null : current;
      for (const c of content) if (!c.embedded && (c.kind !== StatementKind.narration)) registry.spoke(c.who);
      spans.push(...content);
      // Narration: what is left of the sentence.
      spans.push(...narrationGaps(text, ss, se, content, paragraph, current));
    }
  });

  function eventFor(d: DateMentionRow, place: string | null, occasion: string | null): Event {
    if (current && current.date === d.date) {
      current.place ??= place;
      current.occasion ??= occasion;
      return current;
    }
    const e: Event = { id: events.length + 1, date: d.date, place, occasion };
    events.push(e);
    return e;
  }

  // Spans before the first stated event belong to it (the lead reports the main event).
  const first = events[0] ?? null;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  let seenEvent = false;
  const rows: StatementRow[] = [];
  for (const sp of spans) {
    if (sp.event) seenEvent = true;
    const event = sp.embedded ? null : sp.event ?? (seenEvent ? null : first);
    const basis = event === null ? DateBasis.publication : sp.event ? DateBasis.stated : DateBasis.lead;
    const [start, end] = originalSpan(cleaned, sp.start, sp.end);
    rows.push({
      doc_id: docId,
      index: rows.length,
      paragraph: sp.paragraph,
      kind: sp.kind,
      speaker: sp.kind === StatementKind.narration ? null : registry.label(sp.who),
      cue: sp.cue,
      text: original.slice(start, end),
      char_start: start,
      char_end: end,
      event_id: `${docId}#${event?.id ?? 0}`,
      event_date: event?.date ?? published,
      date_basis: basis,
      event_place: event?.place ?? null,
      event_occasion: event?.occasion ?? null,
    });
  }
  return rows;
}

/** Cuts paraphrases around the quotes inside them (a mixed quote is its own span). */
function splitAroundQuotes(text: string, content: Span[], quotes: readonly QuoteSpanRow[]): void {
  for (const q of quotes) {
    const markEnd = q.close_mark === null ? q.char_end : q.close_mark + 1;
    for (let k = content.length - 1; k >= 0; k--) {
      const c = content[k]!;
      if (c.kind !== StatementKind.paraphrase || markEnd <= c.start || q.open_mark >= c.end) continue;
      const left = trimSpan(text, { ...c, end: q.open_mark });
      const right = trimSpan(text, { ...c, start: markEnd });
      content.splice(k, 1, ...[left, right].filter((p) => p.end > p.start && /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end))));
    }
  }
}

/** A paraphrase ends where the next one (or a quote) starts: spans never overlap. */
function clipParaphrases(text: string, content: Span[]): void {
  content.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k + 1 < content.length; k++) {
    const a = content[k]!;
    const b = content[k + 1]!;
    if (a.end <= b.start) continue;
    if (a.kind === StatementKind.paraphrase) content[k] = trimSpan(text, { ...a, end: b.start });
    else content[k + 1] = trimSpan(text, { ...b, start: a.end });
  }
  for (let k = content.length - 1; k >= 0; k--) if (content[k]!.end <= content[k]!.start) content.splice(k, 1);
}

/** A span without the spaces and punctuation at its edges. */
function trimSpan(text: string, sp: Span): Span {
  let { start, end } = sp;
  while (start < end && /[\s,;:.]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { ...sp, start, end };
}

function span(start: number, end: number, kind: StatementKind, who: Referent, cue: string | null, paragraph: number): Span {
  return { start, end, kind, who, cue, paragraph, event: null, embedded: false };
}

/** The parts of [from, to) not covered by `spans`, as narration (those with a letter or digit). */
function narrationGaps(text: string, from: number, to: number, spans: readonly Span[], paragraph: number, event: Event | null): Span[] {
  const covered = spans.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  let at = from;
  const push = (a: number, b: number): void => {
    while (a < b && /[\s"“”«»]/.test(text[a]!)) a++;
    while (b > a && /[\s"“”«»]/.test(text[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ ...span(a, b, StatementKind.narration, null, null, paragraph), event });
  };
  for (const [s, e] of covered) {
    if (s > at) push(at, s);
    at = Math.max(at, e);
  }
  if (at < to) push(at, to);
  return out;
}
