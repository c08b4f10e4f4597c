/**
 * The words that announce reported speech, by family: speech verbs ("said", "warned"),
 * belief and intention verbs ("believes", "vowed", "wants"), verbs with a hearer before
 * the content ("told reporters that"), and speech nouns ("remarks", "statement").
 * Internal to the frame catalogue.
 */

/** Speech verbs by base form with their surfaces. */
export const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ["said", "says", "saying", "say"],
  add: ["added", "adds", "adding"],
  stress: ["stressed", "stresses", "stressing"],
  underline: ["underlined", "underlines", "underlining"],
  warn: ["warned", "warns", "warning", "warn"],
  remind: ["reminded", "reminds", "reminding"],
  describe: ["described", "describes", "describing"],
  note: ["noted", "notes", "noting"],
  tell: ["told", "tells", "telling", "tell"],
  state: ["stated", "stating"],
  declare: ["declared", "declares", "declaring"],
  insist: ["insisted", "insists", "insisting", "insist"],
  argue: ["argued", "argues", "arguing", "argue"],
  explain: ["explained", "explains", "explaining"],
  assert: ["asserted", "asserts", "asserting"],
  emphasize: ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"],
  reiterate: ["reiterated", "reiterates", "reiterating"],
  claim: ["claimed", "claims", "claiming", "claim"],
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
  deny: ["denied", "denies", "denying", "deny"],
  ask: ["asked", "asks", "asking"],
  complain: ["complained", "complains", "complaining"],
  admit: ["admitted", "admits", "admitting"],
  write: ["wrote", "writes", "writing"],
  tweet: ["tweeted", "tweets", "tweeting"],
  post: ["posted"],
  predict: ["predicted", "predicts", "predicting"],
  concede: ["conceded", "concedes", "conceding"],
  confirm: ["confirmed", "confirms", "confirming"],
  caution: ["cautioned", "cautions", "cautioning"],
  counter: ["countered", "counters", "countering"],
  maintain: ["maintained", "maintains", "maintaining"],
  contend: ["contended", "contends", "contending"],
  observe: ["observed", "observes", "observing"],
  remark: ["remarked", "remarking"],
  retort: ["retorted"],
  quip: ["quipped"],
  boast: ["boasted", "boasts", "boasting"],
  lament: ["lamented", "laments", "lamenting"],
  disclose: ["disclosed", "discloses"],
  reveal: ["revealed", "reveals"],
  allege: ["alleged", "alleges", "alleging"],
  testify: ["testified", "testifies", "testifying"],
  demand: ["demanded", "demands", "demanding"],
  report: ["reported", "reports"],
  answer: ["answered", "answers"],
  agree: ["agreed", "agrees"],
  object: ["objected"],
  plead: ["pleaded", "pleads"],
  signal: ["signalled", "signaled", "signals"],
  indicate: ["indicated", "indicates"],
  repeat: ["repeated", "repeats"],
  accuse: ["accused", "accuses", "accusing"],
  charge: ["charged"],
  conclude: ["concluded", "concludes"],
  continue: ["continued"],
  mention: ["mentioned", "mentions"],
  question: ["questioned"],
  predict2: ["forecast", "forecasts"],
};

/** Belief and intention verbs: reported as the speaker's mind, not their words. */
export const BELIEF_VERBS: Readonly<Record<string, readonly string[]>> = {
  believe: ["believes", "believed", "believe"],
  think: ["thinks", "thought", "think"],
  feel: ["feels", "felt"],
  fear: ["fears", "feared", "fear"],
  hope: ["hopes", "hoped", "hope"],
  want: ["wants", "wanted", "want"],
  wish: ["wishes", "wished"],
  expect: ["expects", "expected", "expect"],
  doubt: ["doubts", "doubted", "doubt"],
  suspect: ["suspects", "suspected"],
  vow: ["vowed", "vows", "vowing", "vow"],
  pledge: ["pledged", "pledges", "pledging", "pledge"],
  promise: ["promised", "promises", "promising"],
  plan: ["plans", "planned"],
  intend: ["intends", "intended"],
  threaten: ["threatened", "threatens", "threatening"],
  convince: ["is convinced", "was convinced", "are convinced", "were convinced"],
  confident: ["is confident", "was confident"],
  worry: ["worries", "worried", "worry"],
  seek: ["seeks", "sought"],
};

/** Verbs whose hearer comes before the content: "told reporters that", "assured voters that". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(["tell", "ask", "remind", "assure", "warn", "inform", "urge", "advise", "promise", "brief", "accuse"]);

/** Speech nouns of nominal frames: "X's remarks that", "remarks by X". */
export const SPEECH_NOUNS: readonly string[] = [
  "remarks", "remark", "comments", "comment", "statement", "statements", "claim", "claims", "words", "assertion",
  "assertions", "suggestion", "suggestions", "warning", "warnings", "view", "views", "argument", "insistence",
  "announcement", "pledge", "promise", "vow", "threat", "denial", "admission", "accusation", "call", "assurance",
  "assurances", "testimony", "speech", "message", "post", "letter", "tweet",
];

/** A cue word's family. */
export const CueFamily = { speech: "speech", belief: "belief" } as const;
export type CueFamily = (typeof CueFamily)[keyof typeof CueFamily];

/** One cue found in a sentence: `[start, end)` in the report's cleaned text. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  /** The surface as written ("said", "is convinced"). */
  readonly surface: string;
  /** Base form ("say", "convince"). */
  readonly lemma: string;
  readonly family: CueFamily;
}

const LEMMA = new Map<string, [string, CueFamily]>();
for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const f of forms) LEMMA.set(f, [lemma.replace(/\d+$/, ""), CueFamily.speech]);
for (const [lemma, forms] of Object.entries(BELIEF_VERBS)) for (const f of forms) LEMMA.set(f, [lemma, CueFamily.belief]);
for (const h of ["assured", "assures", "assuring"]) LEMMA.set(h, ["assure", CueFamily.speech]);
for (const h of ["informed", "informs", "briefed"]) LEMMA.set(h, [h.startsWith("brief") ? "brief" : "inform", CueFamily.speech]);

const CUE_RE = new RegExp(String.raw`(?<![\p{L}\-'’])(${[...LEMMA.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/ /g, String.raw`\s+`)).join("|")})(?![\p{L}\-])`, "gu");

/** Every surface form of a speech or belief verb. */
export const CUE_SURFACES: ReadonlySet<string> = new Set(LEMMA.keys());

/** The cue verbs of `masked.slice(from, to)` (lowercase surfaces only; quotes are masked). */
export function cuesIn(masked: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const s = masked.slice(from, to);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(s); m; m = CUE_RE.exec(s)) {
    const key = m[1]!.replace(/\s+/g, " ");
    const [lemma, family] = LEMMA.get(key)!;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, surface: m[0], lemma, family });
  }
  return out;
}
