/**
 * The grammar shared by the frames: what may stand between a speaker and the cue, what
 * may follow a cue before the content, where the content ends. Each reader walks the text
 * once with sticky regexes (no backtracking over the sentence).
 */
import { MASK } from "../attribution";
import type { QuoteSpanRow } from "../quote-spans";
import { quoteMarkEnd } from "../read-report";
import type { Mention } from "../speakers/speaker-mentions";
import type { Cue } from "./cues";
import type { FrameMatch, SentenceView } from "./frame";

const DATE = "\uE001";
const cap = String.raw`\p{Lu}[\p{L}.'’\-]*`;
const caps = String.raw`${cap}(?:\s+(?:of\s+|the\s+|for\s+|and\s+)?${cap}){0,4}`;

/** Adverbials that may stand between a subject and its verb ("on Tuesday", ", meanwhile,", "had"). */
/** A preposition or determiner before a date ("on Tuesday", "last week"). */
const BEFORE_DATE = new RegExp(String.raw`(?:on|in|at|by|since|until|from|during|as\s+of|earlier|late|early|last|this|next|over|the)\s+(?=${DATE})`, "y");

export const BETWEEN_PIECES: readonly RegExp[] = [
  // Appositives and participle phrases between commas come first (the comma alone would be taken).
  /,\s+(?:\d{1,3}|the|a|an|his|her|its|their|who|which|whose|himself|herself|itself)\b[^,;\uE000]{0,90},/uy,
  /,\s+(?:speaking|writing|addressing|testifying|appearing|responding|talking|arriving|leaving|standing|visiting|asked|briefing|reacting|answering|commenting)\b[^,;\uE000]{0,110},/uy,
  /\s+|,/y,
  new RegExp(`${DATE}+`, "y"),
  BEFORE_DATE,
  /(?:also|further|furthermore|meantime|meanwhile|again|later|then|earlier|however|once|previously|recently|repeatedly|publicly|privately|separately|subsequently|initially|first|finally|now|still|already|often|today|yesterday|tonight|too|instead|just|not|never|yet|in turn|in response|in reply|for (?:his|her|its|their) part|on (?:his|her|its|their) part|(?:in|on|via) (?:a|an|the|his|her|its|their) (?:[\p{L}\-]+ ){0,2}?(?:statement|interview|speech|post|letter|briefing|video|message|address|broadcast|conference)(?:\s+(?:on|to|with)\s+(?:the\s+)?[\p{L}\-]+){0,2}|[\p{Ll}]+ly)(?![\p{L}])/uy,
  /(?:had|has|have|was|is|were|are|would|will|did|does|do|has\s+long|had\s+long|has\s+not|had\s+not|did\s+not)(?![\p{L}])/uy,
  /(?:the\s+(?:next|following|same|previous)\s+(?:day|morning|evening|week)|later\s+that\s+(?:day|evening|night)|hours\s+later|a\s+day\s+later|that\s+(?:morning|afternoon|evening|night))(?![\p{L}])/uy,
  new RegExp(String.raw`(?:in|at|from|during|outside|inside)\s+(?:the\s+)?${caps}(?![\p{L}])`, "uy"),
  new RegExp(String.raw`(?:of|from|at)\s+(?:the\s+)?${caps}(?![\p{L}])`, "uy"),
  /(?:who|which|whose)\s+[^,;\uE000]{1,90}?(?=\s+(?:[\p{Ll}]+ly\s+)?(?:had\s+|has\s+|also\s+)?[\p{Ll}]+(?:ed|s|d)\b|$)/uy,
  /(?:in|at|from|of|for|with)\s+(?:the\s+)?\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?(?=\s|$)/uy,
  /(?:close to|familiar with|briefed on|with knowledge of|involved in|present at)\s+(?:the\s+)?(?:[\p{L}\-'’]+\s+){0,3}?[\p{L}\-'’]+(?=\s)/uy,
];

/** What may follow a cue before its content ("to reporters", "in a statement on Tuesday", "that"). */
const AFTER_CUE_PIECES: readonly RegExp[] = [
  /\s+/y,
  new RegExp(`${DATE}+`, "y"),
  BEFORE_DATE,
  /(?:out|also|again|repeatedly|publicly|firmly|flatly|bluntly|further|late|early|later|earlier|separately|once more)(?![\p{L}])/uy,
  /(?:the\s+(?:next|following|same|previous)\s+(?:day|morning|evening|week)|later\s+that\s+(?:day|evening|night)|hours\s+later|a\s+day\s+later|that\s+(?:morning|afternoon|evening|night))(?![\p{L}])/uy,
  /(?:to|before|with)\s+(?:the\s+)?(?:reporters|journalists|the press|the media|lawmakers|legislators|parliament|senators|supporters|voters|students|workers|farmers|residents|delegates|the crowd|a crowd|a rally|a news conference|a press conference|an audience|diplomats|investors|ministers|members|the nation|the country|viewers|listeners|readers|the committee|the council|the assembly)(?![\p{L}])/uy,
  /(?:in|on|at|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\-]+\s+){0,3}?(?:statement|interview|speech|address|post|posts|letter|briefing|video|message|conference|rally|meeting|summit|session|hearing|debate|broadcast|podcast|op-ed|column|appearance|visit|event|ceremony|call|news conference|press conference|radio interview|television interview|social media post)(?:\s+(?:with|to|on|at|in|for|before)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.\-]*(?:\s+[\p{Lu}][\p{L}.\-]*){0,3}|[\p{Ll}]+(?:\s+[\p{Ll}]+)?))?(?![\p{L}])/uy,
  /(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth Social|Bluesky|LinkedIn|social media|television|radio|state television|state TV|air)(?![\p{L}])/uy,
  new RegExp(String.raw`(?:in|at|from|outside|inside)\s+(?:the\s+)?${caps}(?![\p{L}])`, "uy"),
  /,\s*(?=\uE000)|:\s*/uy,
  /,?\s*quote,?\s*(?=\uE000)/uy,
  /,\s+(?:the|a|an|his|her|its|their|who|which)\b[^,;\uE000]{0,90}(?:,|(?=[.!?]?$))/uy,
];

/** The text of `[from, to)` with date mentions replaced by a placeholder (same length). */
function withDates(view: SentenceView, from: number, to: number): string {
  const chars = view.report.masked.slice(from, to).split("");
  for (const d of view.dates) {
    for (let i = Math.max(from, d.start); i < Math.min(to, d.end); i++) chars[i - from] = DATE;
  }
  return chars.join("");
}

/** Consumes `s` with the pieces (first match wins at each position); the offset reached. */
function consume(s: string, pieces: readonly RegExp[], stopAt?: RegExp): number {
  let at = 0;
  outer: while (at < s.length) {
    if (stopAt) {
      stopAt.lastIndex = at;
      if (stopAt.test(s)) return at;
    }
    for (const p of pieces) {
      p.lastIndex = at;
      const m = p.exec(s);
      if (m && m[0].length > 0) {
        at += m[0].length;
        continue outer;
      }
    }
    return at;
  }
  return at;
}

/** Whether `[from, to)` holds only what may stand between a subject and its verb. */
export function betweenSubjectAndCue(view: SentenceView, from: number, to: number): { ok: boolean; appositive?: string; dated: boolean } {
  if (to - from > 160) return { ok: false, dated: false };
  const s = withDates(view, from, to);
  const ok = consume(s, BETWEEN_PIECES) === s.length;
  const app = /,\s+((?:the|a|an)\s+[^,]+),/.exec(s)?.[1];
  return { ok, dated: s.includes(DATE), ...(app ? { appositive: app } : {}) };
}

const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|of|with|on|for|by|than|about|against|toward|towards|into|over|under|between|among|including|like|as|and|or)\s+(?:the\s+)?$/iu;

/** The speaker of a cue written before it: the nearest mention with only adverbials between. */
export function subjectBefore(view: SentenceView, at: number, from = view.body): { subject: Mention; appositive?: string; dated: boolean } | null {
  const masked = view.report.masked;
  const candidates = view.mentions.filter((m) => m.end <= at && (m.from ?? m.start) >= from).sort((a, b) => b.end - a.end || a.start - b.start);
  for (const m of candidates) {
    if (PREPOSITION_BEFORE.test(masked.slice(Math.max(view.start, (m.from ?? m.start) - 12), m.from ?? m.start))) continue;
    if (m.kind === "name" && m.possessive) continue;
    let gap = betweenSubjectAndCue(view, m.end, at);
    if (!gap.ok && m.kind === "description") {
      // "Coastal Futures, an alliance of 40 coastal towns, today urged": the appositive holds the description.
      const name = view.mentions.find((p) => p.kind === "name" && p.end <= m.start && /^,\s+$/.test(masked.slice(p.end, m.start)));
      if (name) {
        gap = betweenSubjectAndCue(view, name.end, at);
        if (gap.ok) return { subject: name, dated: gap.dated, ...(gap.appositive ? { appositive: gap.appositive } : {}) };
      }
    }
    if (!gap.ok) return null;
    // "Hugo Lindqvist of Nordbank said": the person, not the organisation after "of".
    const owner = view.mentions.find((p) => p.end <= m.start && p.entity === "person" && /^\s+(?:of|from|at)\s+(?:the\s+)?$/.test(masked.slice(p.end, m.start)));
    // "Jonas Eklund, the opposition's finance spokesman, said": the name, not the description in its appositive.
    const named = m.kind === "description" ? view.mentions.find((p) => p.kind === "name" && (p.entity === "person" || p.entity === "organisation") && p.end <= m.start && /^,\s+$/.test(masked.slice(p.end, m.start)) && /^\s*,/.test(masked.slice(m.end, m.end + 2))) : undefined;
    return { subject: owner ?? named ?? m, ...(gap.appositive ? { appositive: gap.appositive } : {}), dated: gap.dated };
  }
  return null;
}

/** The speaker written right after a cue: `said Maria Costa`, `said the minister`. */
export function subjectAfter(view: SentenceView, cue: Cue): Mention | null {
  const m = view.mentions.find((x) => (x.from ?? x.start) >= cue.end && /^\s+$/.test(view.report.masked.slice(cue.end, x.from ?? x.start)));
  // "said Vantor's chief executive, Paula Sandoval.": the name in apposition.
  const named = m?.kind === "description" ? view.mentions.find((x) => x.kind === "name" && x.entity === "person" && /^,\s+$/.test(view.report.masked.slice(m.end, x.start)) && /^\s*(?:[,.;!?]|$)/.test(view.report.masked.slice(x.end, x.end + 2))) : undefined;
  if (named) return named;
  return m && m.kind !== "pronoun" ? m : m && /^(he|she|they|it)$/i.test(m.text) ? m : null;
}

/** Where a cue's content starts, and the quote it introduces (`said: "..."`), if any. */
export function contentAfter(view: SentenceView, cue: Cue, hearer: boolean, from = cue.end): { start: number; quote: QuoteSpanRow | null; that: boolean } {
  const masked = view.report.masked;
  let s = withDates(view, from, view.end);
  // "pointed to", "referred to", "pointed out": the particle is part of the cue.
  const particle = from === cue.end && (cue.lemma === "point" || cue.lemma === "refer") ? /^\s+(?:out|to)(?![\p{L}])/u.exec(s)?.[0].length ?? 0 : 0;
  s = s.slice(particle);
  from += particle;
  // "accused the company of breaking its promise": the content is what they are accused of.
  const accused = cue.lemma === "accuse" ? /^\s+[^,.;:\uE000]{1,60}?\s+of\s+/u.exec(s)?.[0].length ?? 0 : 0;
  s = s.slice(accused);
  from += accused;
  let at = consume(s, hearer ? [...AFTER_CUE_PIECES, HEARER] : AFTER_CUE_PIECES, /\s*that(?![\p{L}])|\s*\uE000/uy);
  const that = /^\s*that(?![\p{L}])\s*/u.exec(s.slice(at));
  if (that) at += that[0].length;
  else if (/^\s*(?:to|whether|if)\s/.test(s.slice(at)) && cue.family === "belief") at += /^\s*to\s+/.exec(s.slice(at))?.[0].length ?? 0;
  while (at < s.length && /[\s,:]/.test(s[at]!)) at++;
  // "announced a credit line", "conceded defeat": an object, not reported speech, unless "that" follows.
  if (!that && NP_OBJECT.has(cue.lemma) && s[at] !== MASK) at = s.length;
  const start = from + at;
  const quote = masked[start] === MASK ? view.report.quoteAt.get(start) ?? null : null;
  return { start, quote, that: that !== null };
}

/** Cues whose object without "that" is a thing, not reported speech. */
const NP_OBJECT: ReadonlySet<string> = new Set(["concede", "announce", "confirm", "acknowledge", "reveal", "disclose", "report", "post", "write", "tweet", "mention", "question", "object", "reiterate", "demand", "recall", "answer", "respond", "reply", "signal", "repeat", "continue", "charge", "conclude", "testify"]);

const HEARER = new RegExp(String.raw`(?:[\p{L}\uE001][\p{L}\uE001.'’\-]*\s+){0,5}?[\p{L}\uE001][\p{L}\uE001.'’\-]*(?=\s+that(?![\p{L}])|\s*[:,]\s*\uE000)`, "uy");

/** Where content starting at `from` ends: the sentence end, a coordinated cue, a set-off quote, "according to". */
export function contentEnd(view: SentenceView, from: number, matches: readonly FrameMatch[] = []): number {
  const { masked, text } = view.report;
  let end = view.end;
  for (const c of view.cues) {
    if (c.start <= from) continue;
    const clause = /(?:,["”]?\s*(?:and\s+)?|\s+and\s+)(?:also\s+|then\s+|further\s+)?$/.exec(text.slice(from, c.start));
    if (clause && !matches.some((m) => m.cue === c && m.subject !== null && m.frame !== "coordinated")) end = Math.min(end, from + clause.index);
  }
  for (const q of view.quotes) {
    if (q.open_mark <= from) continue;
    const pre = /[,:;]\s*$/.exec(masked.slice(from, q.open_mark));
    if (pre) end = Math.min(end, from + pre.index);
  }
  const according = /,\s+according to\b|,\s+(?:he|she|they|it)\s+(?:said|added|says)\b/i.exec(masked.slice(from, end));
  if (according) end = from + according.index;
  while (end > from && /[\s.!?,;:]/.test(masked[end - 1]!)) end--;
  return end;
}

/** Quotes of the sentence between `from` and `to` (by their opening mark). */
export function quotesBetween(view: SentenceView, from: number, to: number): QuoteSpanRow[] {
  return view.quotes.filter((q) => q.open_mark >= from && q.open_mark < to);
}

/** End of the quote (marks included) or content a match covers, for the next match's region. */
export function matchEnd(m: FrameMatch): number {
  return Math.max(m.region[1], m.content?.[1] ?? 0, ...m.quotes.map(quoteMarkEnd));
}
