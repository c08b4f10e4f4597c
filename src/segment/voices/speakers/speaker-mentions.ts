import { MASK } from "../attribution";
import { ROLE_WORDS, speakerName, titleGender } from "../speaker-name";
import { ANONYMITY, DESCRIPTION, descriptionEntity, ORGANISATION_HEAD, PERSON_HEAD } from "./anonymous-sources";
import { commonWords, nerTerms, type TaggedTerm } from "./ner-terms";

/** What a mention names. `person-role` is a definite role ("the minister") to resolve. */
export type MentionEntity = "person" | "organisation" | "place" | "anonymous" | "collective" | "person-role" | "pronoun";

/** A mention of a possible speaker: `[start, end)` in the report's cleaned text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: "name" | "description" | "pronoun";
  readonly entity: MentionEntity;
  readonly gender?: "m" | "f";
  /** Descriptions: the head noun ("official", "ministry"). */
  readonly head?: string;
  /** Descriptions: the possessor as written ("his", "the ministry's", "Costa's"). */
  readonly possessor?: string;
  /** Descriptions: the label without determiner ("senior official", "spokesman for the ministry"). */
  readonly label?: string;
  /** A name written with a possessive "'s". */
  readonly possessive?: boolean;
  /** Start of a title written before a name without article ("Civil rights lawyer Nadia Farouk"): the mention's extent starts here. */
  readonly from?: number;
}

/** Capitalized words that start sentences but never names. */
const NOT_NAMES = new Set([
  "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "But", "And", "Or",
  "So", "Yet", "Also", "Still", "Today", "Yesterday", "Tomorrow", "Last", "Earlier", "Later", "Meanwhile", "However",
  "According", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "After", "Before", "When", "While", "If",
  "As", "Asked", "Speaking", "Addressing", "Writing", "Responding", "Answering", "Commenting", "Reacting", "Testifying",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December", "Since", "Until", "During", "Under",
  "Over", "Despite", "Although", "Because", "Now", "Then", "There", "Here", "Some", "Many", "Most", "All", "Both",
  "Each", "Every", "No", "Not", "His", "Her", "Its", "Their", "Our", "My", "Your", "Update",
  "Breaking", "Live", "Watch", "Read", "Editor", "Note", "Q", "Earlier", "Separately", "Elsewhere", "Instead", "Thus",
  "Such", "Other", "Another", "What", "Why", "How", "Who", "Where", "Which", "Whether", "Once", "Only", "Even", "Just",
]);
/** Words of organisation names ("Foreign Ministry", "Nordbank Group"). */
const ORG_WORDS = /^(?:Ministry|Commission|Council|Party|Union|Bank|Agency|Department|Office|Committee|Court|Government|Parliament|Assembly|Senate|Congress|Organi[sz]ation|Association|Federation|Institute|University|Group|Company|Corporation|Corp|Inc|Ltd|Times|Post|News|Press|Agency|Reuters|Kremlin|Pentagon|Embassy|Authority|Board|Service|Fund|Foundation|Network|Alliance|Coalition|Front|Movement|Forces|Army|Navy|Police|Cabinet|Administration|Mission|Secretariat|Bureau|Chamber|Club|League|Tribunal|Directorate|Centre|Center|Council|Lines|Airways|Motors|Holdings|Partners|Trust|Society|Guard|Command|Court|Treasury|House|Hall|Palace|Unit|Team)$/;
const TITLE_WORDS = /^(?:President|Minister|Prime|Foreign|Trade|Finance|Defence|Defense|Interior|Health|Energy|Economy|Justice|Education|Environment|Climate|Labour|Labor|Agriculture|Transport|Culture|Deputy|Vice|Supreme|Leader|Chancellor|Senator|Sen|Governor|Gov|Mayor|Secretary|Ambassador|Spokesman|Spokeswoman|Spokesperson|Ayatollah|King|Queen|Prince|Princess|Premier|General|Gen|Commander|Admiral|Colonel|Col|Judge|Justice|Chief|Chairman|Chairwoman|Chair|Director|Representative|Rep|Speaker|Pope|Cardinal|Bishop|Archbishop|Rabbi|Imam|Sheikh|Emir|Sultan|Professor|Prof|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Opposition|Party|State|Grand|Seyed|Sayyid|Hojatoleslam|Acting|Former|Interim|Crown|First|Senior|Mayor-elect|President-elect|Attorney|Solicitor|Auditor|Inspector|Commissioner|Envoy|Negotiator|Councillor|Councilor|Alderman|Sheriff|Lieutenant|Lt|Major|Captain|Sergeant)$/;
const PARTICLES = new Set(["al", "bin", "ibn", "de", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "la", "el", "dos", "das", "ter"]);

const isCap = (s: string): boolean => /^\p{Lu}/u.test(s);
const ROLE_ALT = [...ROLE_WORDS].filter((w) => /^[a-z]+$/.test(w)).join("|");

/**
 * Whether the word at `at` of the cleaned text starts a sentence, a line, a quote, or
 * follows a dateline or time stamp (so its capital says nothing). After a quote, it depends
 * on how the quote ended: `,"` continues the sentence ("...," Zarif wrote).
 */
function sentenceInitial(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[ \t]/.test(text[k]!)) k--;
  if (k < 0) return true;
  if (/["”]/.test(text[k]!)) {
    let j = k - 1;
    while (j >= 0 && /["”'’ ]/.test(text[j]!)) j--;
    return j < 0 || /[.!?]/.test(text[j]!);
  }
  return /[.!?\n:“(\-]/.test(text[k]!);
}

/** Context of the name test: the cleaned text, words named elsewhere, common words. */
interface NameContext {
  readonly text: string;
  readonly known: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
}

function isNamey(t: TaggedTerm, ctx: NameContext): boolean {
  if (!isCap(t.text) || NOT_NAMES.has(t.text.replace(/\.$/, ""))) return false;
  const tags = t.tags;
  const bare = t.text.replace(/['’]s$/, "");
  if (tags.has("Person") || tags.has("Organization") || tags.has("Honorific") || TITLE_WORDS.test(bare) || ctx.known.has(bare)) return true;
  // A capital inside a sentence marks a name whatever the tagger says ("Sayed said"); at a sentence start, a common word is no name.
  if (!sentenceInitial(ctx.text, t.start)) return !tags.has("Pronoun") && !/^(?:I|I'm|I've|I'll|I'd)$/.test(t.text);
  if (ctx.common.has(bare.toLowerCase())) return false;
  if (/ing$/.test(t.text) && !tags.has("Person")) return false;
  for (const bad of ["Verb", "Adverb", "Determiner", "Preposition", "Conjunction", "Pronoun", "Date", "Value", "QuestionWord"]) if (tags.has(bad)) return false;
  if (tags.has("Adjective") && !tags.has("ProperNoun") && !tags.has("Place")) return false;
  if (tags.has("Plural") && !tags.has("ProperNoun") && !tags.has("Place") && !tags.has("Organization")) return false;
  return tags.has("ProperNoun") || tags.has("Place") || tags.has("Acronym") || tags.has("Noun");
}

/** Name chunks: consecutive capitalized name words (with particles and "of the" after titles). */
function nameChunks(text: string, terms: readonly TaggedTerm[], ctx: NameContext): Mention[] {
  const namey = (t: TaggedTerm): boolean => isNamey(t, ctx);
  const out: Mention[] = [];
  let k = 0;
  while (k < terms.length) {
    // "Coastal Futures": a common word opening a sentence starts a name when a name word follows it.
    const t0 = terms[k]!;
    const opens = !namey(t0) && isCap(t0.text) && !NOT_NAMES.has(t0.text) && !TITLE_WORDS.test(t0.text) && terms[k + 1] !== undefined
      && isCap(terms[k + 1]!.text) && namey(terms[k + 1]!) && !terms[k + 1]!.tags.has("Person") && text.slice(t0.end, terms[k + 1]!.start) === " ";
    if (!namey(t0) && !opens) {
      k++;
      continue;
    }
    const chunk: TaggedTerm[] = [terms[k]!];
    let j = k + 1;
    while (j < terms.length) {
      const prev = chunk[chunk.length - 1]!;
      const gap = text.slice(prev.end, terms[j]!.start);
      const abbreviation = prev.tags.has("Honorific") || prev.tags.has("Abbreviation");
      if (/['’]s$/.test(prev.text) || !(/^(?:[ \-]?|['’] )$/.test(gap) || (abbreviation && gap === ". "))) break;
      const t = terms[j]!;
      if (namey(t)) {
        chunk.push(t);
        j++;
        continue;
      }
      const lower = t.text.toLowerCase();
      const hasPerson = chunk.some((c) => c.tags.has("Person") && !TITLE_WORDS.test(c.text));
      // "Supreme Leader of the Islamic Revolution ...", "Ministry of Finance": of (the) after titles only.
      if (lower === "of" && !hasPerson && (TITLE_WORDS.test(prev.text) || ORG_WORDS.test(prev.text))) {
        let n = j + 1;
        if (terms[n]?.text.toLowerCase() === "the") n++;
        if (terms[n] && namey(terms[n]!)) {
          chunk.push(...terms.slice(j, n + 1));
          j = n + 1;
          continue;
        }
      }
      // "Opposition leader Ruben Hale", "Finance minister Petra Alm": a role word between titles and a name.
      if (ROLE_WORDS.has(lower) && !hasPerson && terms[j + 1] && namey(terms[j + 1]!) && text.slice(t.end, terms[j + 1]!.start) === " ") {
        chunk.push(t, terms[j + 1]!);
        j += 2;
        continue;
      }
      if (PARTICLES.has(t.text) && terms[j + 1] && namey(terms[j + 1]!)) {
        chunk.push(t, terms[j + 1]!);
        j += 2;
        continue;
      }
      break;
    }
    k = j;
    out.push(...chunkMention(text, chunk));
  }
  return out;
}

const CORPORATE_ROLE = /^\s+(?:chief executive|chief financial officer|chief|executive|CEO|chairman|chairwoman|chair|board|spokesman|spokeswoman|spokesperson|director|president|shareholders|staff|workers|employees|lawyers)\b/;

function chunkMention(text: string, chunk: readonly TaggedTerm[]): Mention[] {
  const start = chunk[0]!.start;
  let end = chunk[chunk.length - 1]!.end;
  let surface = text.slice(start, end);
  const possessive = /['’]s$/.test(surface);
  if (possessive) {
    end -= 2;
    surface = surface.slice(0, -2);
  }
  const words = surface.split(/[\s]+/);
  if (words.every((w) => TITLE_WORDS.test(w) || /^(?:of|the)$/i.test(w))) return [];
  const last = chunk[chunk.length - 1]!;
  // "Grand Chancellor of the Northern League Dame Orla Quist": a title or a person's name at the end is a person.
  const roleInside = words.slice(0, -1).some((w) => ROLE_WORDS.has(w) && /^\p{Ll}/u.test(w)); // "Commission chair Dorota Wisniewska"
  const personEnd = !ORG_WORDS.test(words[words.length - 1]!) && !TITLE_WORDS.test(words[words.length - 1]!) && !last.tags.has("Organization") && (!last.tags.has("Place") || chunk.some((t) => t.tags.has("FirstName"))) && (roleInside || chunk.some((t) => t.tags.has("Person")) || words.some((w) => TITLE_WORDS.test(w)));
  const corporate = possessive && !chunk.some((t) => t.tags.has("Person")) && CORPORATE_ROLE.test(text.slice(end + 2, end + 40));
  // "Coastal Futures, an alliance of 40 towns,": an appositive with an organisation head.
  const described = !chunk.some((t) => t.tags.has("Person")) && new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:(?!(?:${PERSON_HEAD}|of)\b)[\p{L}\-]+\s+){0,3}?(?:${ORGANISATION_HEAD})(?=\s*[,.;]|\s+(?:of|for|in|that|which|founded|based|representing)\b)`, "u").test(text.slice(end, end + 80));
  const isOrg = corporate || described || !personEnd && (chunk.some((t) => t.tags.has("Organization")) || words.some((w) => ORG_WORDS.test(w)) || (chunk.length === 1 && /^[\p{Lu}.]{2,}$/u.test(surface) && !chunk[0]!.tags.has("Person")));
  const firstName = chunk.some((t) => t.tags.has("FirstName") || t.tags.has("FemaleName") || t.tags.has("MaleName"));
  const isPlace = !isOrg && !firstName && chunk.every((t) => t.tags.has("Place") || TITLE_WORDS.test(t.text)) && !chunk.some((t) => t.tags.has("Person") && !t.tags.has("Place"));
  if (isOrg || isPlace) {
    return [{ start, end, text: surface, kind: "name", entity: isOrg ? "organisation" : "place", ...(possessive ? { possessive } : {}) }];
  }
  if (speakerName(surface).surname === "") return [];
  const gender = chunk.some((t) => t.tags.has("FemaleName")) ? "f" : chunk.some((t) => t.tags.has("MaleName")) ? "m" : titleGender(surface);
  return [{ start, end, text: surface, kind: "name", entity: "person", ...(gender ? { gender } : {}), ...(possessive ? { possessive } : {}) }];
}

function descriptions(masked: string): Mention[] {
  const out: Mention[] = [];
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(masked); m; m = DESCRIPTION.exec(masked)) {
    const [surface] = m;
    const possessor = m[1];
    const determiner = m[2];
    const head = (m[4] ?? m[3] ?? m[5])!.toLowerCase();
    const after = masked.slice(m.index + surface.length, m.index + surface.length + 80);
    const anonymous = ANONYMITY.test(after.split(/[.;]|\b(?:said|says|told)\b/)[0] ?? "");
    let entity = descriptionEntity(head, determiner, anonymous);
    if (possessor !== undefined && entity !== "organisation") entity = "person-role";
    const label = surface.slice((possessor ?? determiner) === undefined ? 0 : (possessor ?? determiner)!.length).trim();
    const base = { start: m.index, end: m.index + surface.length, text: surface, kind: "description" as const, entity, head, label: possessor === undefined ? label : `${label} for ${possessor.replace(/['’]s$/, "")}` };
    out.push({ ...base, ...(possessor !== undefined ? { possessor } : determiner && /^(his|her|its|their)$/i.test(determiner) ? { possessor: determiner } : {}) });
  }
  return out;
}

/** "the Leader", "the Prime Minister": a capitalized role after "the", without a name after it. */
const ROLE_TITLE = /(?<![\p{L}])([Tt]he)\s+((?:(?:Prime|Foreign|Supreme|Vice|Deputy|Finance|Defence|Defense|Interior|Trade|Health|Energy|Opposition)\s+)?(Leader|President|Minister|Premier|Chancellor|Secretary|Governor|Mayor|Senator|Ambassador|Pope|King|Queen|Speaker|Chairman|Chairwoman|Commissioner|Envoy))(?![\p{L}])(?!\s+(?:of\s+)?\p{Lu})/gu;

function roleTitles(masked: string): Mention[] {
  const out: Mention[] = [];
  ROLE_TITLE.lastIndex = 0;
  for (let m = ROLE_TITLE.exec(masked); m; m = ROLE_TITLE.exec(masked)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "description", entity: "person-role", head: m[3]!.toLowerCase(), label: m[2]!.toLowerCase() });
  }
  return out;
}

const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])((?:(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|with|said|says|told)\s)[\p{L}][\p{L}'’\-]*\s+){0,3}(?:${PERSON_HEAD}|${ROLE_ALT}))\s+$`, "u");

/** A title written before a name without article: "Civil rights lawyer Nadia Farouk", "challenger Lena Sorvino". */
function falseTitle(masked: string, m: Mention): Mention {
  if (m.entity !== "person" && m.entity !== "organisation" && m.entity !== "place") return m;
  // "the Ministry of Education": the article belongs to the mention's extent.
  const article = m.entity === "organisation" ? /(?<![\p{L}])[Tt]he\s+$/u.exec(masked.slice(Math.max(0, m.start - 4), m.start)) : null;
  if (article) return { ...m, from: m.start - article[0].length };
  const base = Math.max(0, m.start - 60);
  const r = ROLE_BEFORE.exec(masked.slice(base, m.start));
  if (r === null) return m;
  // "correspondent Lena Park": a role before it makes a "place" a person.
  return { ...m, ...(m.entity === "place" ? { entity: "person" as const } : {}), from: base + r.index + r[0].indexOf(r[1]!) };
}

const PRONOUN = /(?<![\p{L}\-'’])([Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?![\p{L}\-'’])/gu;

/**
 * The mentions of possible speakers in a report (outside quotes): names found with
 * compromise's tags and capitalization (people, organisations, places, with titles and
 * first-name gender), descriptions ("a senior official", "the ministry", "his spokesman",
 * "officials") and pronouns, in text order. A description that covers a name keeps both
 * (the name is its possessor: "Costa's spokesman").
 */
export function speakerMentions(masked: string, text: string = masked): Mention[] {
  const plain = masked.replace(new RegExp(MASK, "g"), " ");
  const terms = nerTerms(plain);
  const initial = terms.filter((t) => isCap(t.text) && sentenceInitial(text, t.start)).map((t) => t.text.replace(/['’]s$/, ""));
  const ctx0: NameContext = { text, known: new Set(), common: commonWords(initial) };
  // Words of the people named once are names wherever they stand ("Lemos fears ...").
  const known = new Set(nameChunks(plain, terms, ctx0).filter((m) => m.entity === "person").flatMap((m) => m.text.split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.test(w)));
  const names = nameChunks(plain, terms, { ...ctx0, known }).map((m) => falseTitle(masked, m));
  const descs = [...descriptions(masked), ...roleTitles(masked)].filter((d) => !names.some((n) => n.start <= d.start && d.end <= n.end && !n.possessive));
  const kept = names.filter((n) => !descs.some((d) => d.start <= n.start && n.end <= d.end && d.possessor === undefined));
  const pronouns: Mention[] = [];
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(masked); m; m = PRONOUN.exec(masked)) {
    const w = m[1]!.toLowerCase();
    pronouns.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "pronoun", entity: "pronoun", ...(w === "he" ? { gender: "m" as const } : w === "she" ? { gender: "f" as const } : {}) });
  }
  return [...kept, ...descs, ...pronouns].sort((a, b) => a.start - b.start || b.end - a.end);
}
