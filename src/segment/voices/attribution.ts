/**
 * Patterns of news attribution ("X said", "he added", "X's remarks that", "a US official who
 * had said that"), shared by {@link statements}. Internal: not exported from the index.
 */

/** Placeholder filling quoted text in the masked copy of a report (same length). */
export const MASK = "\uE000";

/** Speech verbs that introduce a quote or a paraphrase, by base form with their surfaces. */
export const CUE_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ["said", "says", "saying"],
  add: ["added", "adds", "adding"],
  stress: ["stressed", "stresses", "stressing"],
  underline: ["underlined", "underlines", "underlining"],
  warn: ["warned", "warns", "warning"],
  remind: ["reminded", "reminds", "reminding"],
  describe: ["described", "describes", "describing"],
  note: ["noted", "noting"],
  tell: ["told", "tells", "telling"],
  state: ["stated", "stating"],
  declare: ["declared", "declares", "declaring"],
  insist: ["insisted", "insists", "insisting"],
  argue: ["argued", "argues", "arguing"],
  explain: ["explained", "explains", "explaining"],
  assert: ["asserted", "asserts", "asserting"],
  emphasize: ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"],
  reiterate: ["reiterated", "reiterates", "reiterating"],
  claim: ["claimed", "claiming"],
  announce: ["announced", "announces", "announcing"],
  point: ["pointed", "points", "pointing"],
  refer: ["referred", "refers", "referring"],
  urge: ["urged", "urges", "urging"],
  acknowledge: ["acknowledged", "acknowledges", "acknowledging"],
  recall: ["recalled", "recalls", "recalling"],
  reply: ["replied", "replies", "replying"],
  respond: ["responded", "responds", "responding"],
  affirm: ["affirmed", "affirms", "affirming"],
  suggest: ["suggested", "suggests", "suggesting"],
  advise: ["advised", "advises", "advising"],
  deny: ["denied", "denies", "denying"],
  vow: ["vowed", "vows", "vowing"],
  pledge: ["pledged", "pledges", "pledging"],
  promise: ["promised", "promises", "promising"],
  ask: ["asked", "asks", "asking"],
  complain: ["complained", "complains", "complaining"],
  admit: ["admitted", "admits", "admitting"],
  write: ["wrote", "writes", "writing"],
  tweet: ["tweeted", "tweets", "tweeting"],
  predict: ["predicted", "predicts", "predicting"],
  concede: ["conceded", "concedes", "conceding"],
};

/** Every surface form of {@link CUE_VERBS}. */
export const CUE_SURFACES: ReadonlySet<string> = new Set(Object.values(CUE_VERBS).flat());
const CUE_ALT = Object.values(CUE_VERBS).flat().sort((a, b) => b.length - a.length).join("|");
/** A cue verb (lowercase surface, whole word). */
export const CUE = `(?:${CUE_ALT})`;

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PARTICLE = String.raw`(?:of|the|al|bin|de|del|van|von|der|da|di|du|le|la)`;
/** A capitalized name, titles included ("Supreme Leader of the Islamic Revolution Ali Khamenei"). */
const ROLE_LC = String.raw`(?:leader|minister|president|spokesman|spokeswoman|spokesperson|official|senator|secretary|chief|mayor|governor|chairman|chairwoman|director|executive|ambassador|envoy|commander)`;
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:${PARTICLE}|${ROLE_LC})\s+)*${NAME_WORD})*`;
const DESC_HEAD = String.raw`(?:executive|executives|expert|experts|critic|critics|activist|activists|resident|residents|witness|lawyer|officer|spokesman for|official|officials|spokesman|spokeswoman|spokesperson|source|sources|diplomat|analyst|minister|president|leader|lawmaker|senator|aide|adviser|advisor|ambassador|commander|envoy|negotiator|prosecutor|chairman|chairwoman|mayor|governor|secretary|chancellor|premier|Leader|President|Minister|Chancellor|Premier|Secretary)`;
/** A description: "a US official", "the Leader", "the foreign minister". */
export const DESC = String.raw`(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}.\-]+\s+){0,3}?${DESC_HEAD}\b`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he)\b`;
/** Who speaks: a pronoun, a description or a name. */
const APPOSITIVE = String.raw`(?:,\s+(?:the|a|an)\s+[\p{L}.\-]+(?:\s+[\p{L}.\-]+){0,5},)`;
export const SUBJECT = `(?:${PRONOUN}|${DESC}|${NAME}${APPOSITIVE}?)`;
const ADVERBIAL = String.raw`(?:also|further|furthermore|meantime|meanwhile|again|later|then|earlier|however|had|has|have|was|is|once|previously|recently|repeatedly|publicly|yesterday|today|last\s+\p{L}+|on\s+\p{Lu}\p{L}+(?:\s+\d{1,2})?(?:,\s*\d{4})?|in\s+\p{Lu}\p{L}+)`;
/** Adverbials between a subject and its verb: ", meantime,", "had on September 17". */
export const ADVERBIALS = String.raw`(?:,?\s+${ADVERBIAL})*,?`;

/** Subject, adverbials, cue at the start of a clause: "Ayatollah Khamenei, meantime, said". */
export const SUBJECT_CUE = new RegExp(String.raw`^\s*(${SUBJECT})${ADVERBIALS}\s+(${CUE})\b`, "u");
/** A sentence-initial subject, whatever its verb. */
export const SUBJECT_START = new RegExp(String.raw`^\s*(?:[Aa]ccording to\s+(${SUBJECT}),|(${SUBJECT}))`, "u");
/** The attribution after a quote: `," Ayatollah Khamenei said` or `," said the minister`. */
export const TRAILING = new RegExp(String.raw`^\s*[,:;\-]?\s*(?:(${SUBJECT})${ADVERBIALS}\s+(${CUE})\b|(${CUE})\s+(${SUBJECT}))`, "u");
/** Any cue verb. */
export const CUE_ANY = new RegExp(String.raw`\b(${CUE})\b`, "gu");
/** What may follow a cue before its content: "to", "out", places, dates, "that". */
export const AFTER_CUE = new RegExp(
  String.raw`^(?:\s+(?:to|out)\b(?=\s))?(?:\s+(?:on|in|at)\s+(?:\p{Lu}\p{L}+|\d+)(?:\s+\d{1,2})?)*(?:\s+that\b)?`,
  "u",
);
/** Embedded attributions inside reported speech. */
export const EMBEDDED: readonly RegExp[] = [
  // "French President Emmanuel Macron's remarks that", "his recent remarks that"
  new RegExp(String.raw`(?:(?:some|the|recent|earlier|latest)\s+)*(${NAME}|[Hh]is|[Hh]er|[Tt]heir)(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}?(remarks|comments|statements?|claims?|words|assertions?|suggestions?|remark|view|views)\s+(?:that|about)\b`, "gu"),
  // "some recent remarks by a US official who had said that"
  new RegExp(String.raw`(?:(?:some|the|recent|earlier|latest|a|an)\s+)*(?:remarks|comments|statements?|claims?|words)\s+(?:by|of|from)\s+(${DESC}|${NAME}),?\s+who\s+(?:had\s+|has\s+)?(${CUE})\b(?:\s+that\b)?`, "gu"),
  // "a US official who had said that"
  new RegExp(String.raw`(${DESC}|${NAME}),?\s+who\s+(?:had\s+|has\s+)?(${CUE})\b(?:\s+that\b)?`, "gu"),
];
/** Names with a role title anywhere in narration: "US President Donald Trump". */
export const TITLED_NAME = new RegExp(
  String.raw`\b(?:\p{Lu}[\p{L}.]*\s+)*(?:President|Minister|Leader|Chancellor|Senator|Governor|Mayor|Secretary|Ambassador|Spokesman|Spokeswoman|Ayatollah|King|Queen|Premier|General|Commander)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}\-]+`,
  "gu",
);
/** A place after a speech verb: "in Tehran", "at the United Nations". */
export const PLACE = new RegExp(String.raw`\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)`, "u");
/** The occasion of a speech: "on the occasion of ...", "during a rally in ...". */
export const OCCASION = new RegExp(String.raw`\b(?:on the occasion of|during|at(?= an?\s)|in a speech (?:to|at|before|marking))\s+([^,;.]{3,120}?)(?=\s+which\b|\s+where\b|\s+when\b|[,;.]|$)`, "u");
const MONTHS_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Whether a PLACE capture is a date word rather than a place. */
export const isDateWord = (s: string): boolean => MONTHS_DAYS.test(s.split(/\s+/)[0]!);

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Jr|Sr|Prof|Rev|No|Vol|U\.S|U\.N|U\.K|E\.U|[A-Z])$/;

/**
 * Sentences of a masked paragraph as [start, end) offsets (quotes are masked, so never split
 * inside; `quoteEnds` holds the closing marks of quotes ending with . ! or ?).
 */
export function sentenceRanges(masked: string, from: number, to: number, quoteEnds: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (start < to && /\s/.test(masked[start]!)) start++;
  for (let i = start; i < to; i++) {
    const c = masked[i]!;
    const endsHere = /[.!?]/.test(c) || (c === MASK && quoteEnds.has(i));
    if (!endsHere) continue;
    let j = i + 1;
    while (j < to && /[.!?)"'’”]/.test(masked[j]!)) j++;
    if (j >= to || !/\s/.test(masked[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(masked[k]!)) k++;
    if (k >= to || !/[\p{Lu}\d"“]|\uE000/u.test(masked[k]!)) continue;
    if (c === "." && ABBREVIATIONS.test(masked.slice(Math.max(start, i - 6), i))) continue;
    out.push([start, j]);
    start = k;
    i = k - 1;
  }
  let end = to;
  while (end > start && /\s/.test(masked[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
  return out;
}

