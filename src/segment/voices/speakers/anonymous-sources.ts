/**
 * Unnamed sources: descriptions of people and organisations that speak in news
 * ("a senior official who spoke on condition of anonymity", "two diplomats", "the ministry",
 * "his spokesman", "critics"). Internal to the speaker mentions of {@link statements}.
 */

/** Head nouns of descriptions of a person, singular. */
export const PERSON_HEADS: readonly string[] = [
  "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "senator", "governor",
  "mayor", "diplomat", "source", "aide", "adviser", "advisor", "analyst", "expert", "economist", "critic", "resident",
  "witness", "lawmaker", "legislator", "negotiator", "executive", "lawyer", "attorney", "prosecutor", "judge", "doctor",
  "nurse", "scientist", "researcher", "activist", "protester", "organiser", "organizer", "farmer", "worker", "voter",
  "supporter", "opponent", "campaigner", "chairman", "chairwoman", "chair", "director", "chief", "commander", "general",
  "officer", "envoy", "ambassador", "secretary", "premier", "chancellor", "candidate", "challenger", "incumbent",
  "congressman", "congresswoman", "representative", "delegate", "member", "owner", "manager", "teacher", "student",
  "parent", "insider", "observer", "strategist", "pollster", "economist", "banker", "trader", "investor", "union leader",
  "organiser", "engineer", "physician", "epidemiologist", "administrator", "councillor", "councilor", "councilman",
  "councilwoman", "regulator", "investigator", "inspector", "monitor", "resident", "villager", "survivor", "veteran",
  "mediator", "host", "anchor", "correspondent", "reporter", "mother", "father", "man", "woman", "shopkeeper", "driver",
  "passenger", "commuter", "patient", "neighbour", "neighbor", "nurse", "pensioner", "protester", "demonstrator",
  "volunteer", "organiser", "academic", "professor", "historian", "lawmaker", "senator", "deputy", "aide", "adviser",
  "consultant", "activist", "campaigner", "leader", "head", "boss", "founder", "author", "editor", "columnist",
  "commentator", "economist", "scientist", "expert", "specialist", "teacher", "doctor", "surgeon", "officer", "soldier",
  "fighter", "commander", "militant", "rebel", "refugee", "migrant", "farmer", "fisherman", "miner", "striker",
  "clerk", "assistant", "staffer", "colleague", "friend", "relative", "skipper", "authority", "insider", "source",
];

/** Head nouns of organisations ("the ministry", "the company"). */
export const ORGANISATION_HEADS: readonly string[] = [
  "ministry", "government", "company", "commission", "council", "agency", "department", "office", "bank", "party",
  "campaign", "embassy", "union", "committee", "court", "army", "military", "police", "administration", "cabinet",
  "parliament", "assembly", "senate", "congress", "presidency", "palace", "firm", "group", "alliance", "coalition",
  "federation", "association", "board", "authority", "regulator", "institute", "university", "hospital", "network",
  "newspaper", "broadcaster", "station", "foundation", "charity", "organisation", "organization", "movement",
  "secretariat", "mission", "prosecutor's office", "court", "tribunal", "watchdog", "club", "team", "league", "consortium",
  "service", "trust", "bureau", "utility", "operator", "carrier", "airline", "insurer", "carmaker", "manufacturer",
  "regulator", "council", "municipality", "city hall", "white house", "kremlin", "junta", "regime", "opposition",
];

const plural = (w: string): string => (w === "man" ? "men" : w === "woman" ? "women" : w === "fisherman" ? "fishermen" : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const alt = (ws: readonly string[]): string => [...new Set(ws)].sort((a, b) => b.length - a.length).join("|");
/** Singular person heads. */
export const PERSON_HEAD = alt(PERSON_HEADS.filter((w) => !w.includes(" ")));
/** Plural person heads ("officials", "diplomats", "witnesses"). */
export const PERSON_HEAD_PLURAL = alt([...PERSON_HEADS.filter((w) => !w.includes(" ")).map(plural), "police"].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));
/** Organisation heads. */
export const ORGANISATION_HEAD = alt(ORGANISATION_HEADS.filter((w) => !w.includes(" ")));
const HEAD_ANY = `${PERSON_HEAD_PLURAL}|${PERSON_HEAD}|${ORGANISATION_HEAD}`;

const DET = String.raw`(?:[Aa]n?|[Tt]he|[Yy]our|[Oo]ur|[Mm]y|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)`;
const POSSESSOR = String.raw`(?:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*['’]s|[Tt]he\s+[\p{Ll}\-]+['’]s)`;
/** Words that end a description's modifiers (function words, speech verbs). */
const STOP = String.raw`(?:that|who|which|whom|whose|said|says|say|told|tells|and|or|but|nor|to|of|in|on|at|for|with|by|from|as|is|was|were|are|be|been|being|has|have|had|will|would|could|should|may|might|must|can|not|no|it|he|she|they|we|i|you|him|them|us|this|these|those|there|here|when|where|while|after|before|because|if|than|then|also|so|such|its|his|her|their|our|my|your|a|an|the|what|how|why|all|any|each|every|both|either|neither|about|against|over|under|into|onto|upon|during|since|until|like|per|via)`;
const MODIFIER = String.raw`(?!${STOP}(?![\p{L}\-]))\p{Ll}[\p{L}\-]*(?:\.\p{L}+)*['’]?`;
const CAP_MODIFIER = String.raw`(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|But|And|Or|So|Then|When|While|After|Before|If|As|In|On|At|For|With|By|From|To|Of|He|She|It|They|We|I|You|Our|Your|My|Some|Many|Most|All)(?![\p{L}\-]))(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\-]*)`;
/** Adjectives that may stand before a plural head without a determiner ("senior officials", "angry residents"). */
const PLAIN_ADJECTIVE = String.raw`(?:senior|top|former|local|foreign|western|european|american|many|some|other|several|angry|frustrated|young|older|elderly|rural|urban|independent|government|opposition|party|union|military|security|health|police|hospital|company|industry|campaign|election|court|state|federal|regional|city|council|ministry|defence|defense|trade|finance|economic|political|legal|medical|environmental|climate|human rights|civil rights|rights|aid|relief|border|coastal|island|exiled|displaced|striking|unnamed|anonymous|two|three|four|five|six|dozens of|hundreds of|thousands of)`;
/** What may follow a head and stays part of the description: "spokesman for the ministry". */
const POSTMODIFIER = String.raw`(?:\s+(?:for|of|at|from)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\-]*|${ORGANISATION_HEAD})(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]*){0,3})(?![\p{L}]))`;
/** What marks a source as unnamed on purpose. */
export const ANONYMITY = /\b(?:on condition of anonymity|(?:who|which)\s+(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)|not authori[sz]ed to (?:speak|talk|comment)|familiar with|close to|briefed on|with knowledge of|(?:asked|requested) anonymity)\b/i;

/**
 * Descriptions of speakers. Either a determiner or possessor, up to 3 modifiers and a head
 * ("a senior official", "Costa's spokesman", "the ministry"), or, without determiner, up to
 * 3 modifiers and a plural head ("Officials", "US officials", "senior Western diplomats").
 * A head may be followed by a second head (a compound: "army spokesman", "party leader").
 * An optional "for/of/at X" follows. Groups: 1 possessor, 2 determiner, 3 head, 4 second
 * head (with a determiner), 5 plural head (without).
 */
export const DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(?:(?:(${POSSESSOR})|(${DET}))[^\S\n]+(?:(?:${CAP_MODIFIER}|${MODIFIER})[^\S\n]+){0,3}?(${HEAD_ANY})(?!['’][^\S\n])(?:[^\S\n]+(${HEAD_ANY}))?|(?:(?:${CAP_MODIFIER}|${PLAIN_ADJECTIVE})[^\S\n]+){0,3}?(${PERSON_HEAD_PLURAL}))(?![\p{L}\-])${POSTMODIFIER}?`,
  "gu",
);

const PERSON_SINGULAR = new Set(PERSON_HEADS);
const ORGANISATION = new Set(ORGANISATION_HEADS);

/** Entity of a description from its head and determiner. */
export function descriptionEntity(head: string, determiner: string | undefined, anonymous: boolean): "person-role" | "organisation" | "anonymous" | "collective" {
  const h = head.toLowerCase();
  if (ORGANISATION.has(h)) return "organisation";
  if (h === "men" || h === "women") return "collective";
  if (!PERSON_SINGULAR.has(h)) return "collective";
  const d = determiner?.toLowerCase();
  if (anonymous || d === undefined || d === "a" || d === "an" || d === "one") return "anonymous";
  return "person-role";
}
