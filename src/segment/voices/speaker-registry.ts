import { ROLE_WORDS, speakerName, titleGender } from "./speaker-name";
import type { Mention } from "./speakers/speaker-mentions";

/** Kinds of speaker: a named person, a named or described organisation, an unnamed person, a group. */
export const SpeakerType = { person: "person", organisation: "organisation", anonymous: "anonymous", collective: "collective" } as const;
export type SpeakerType = (typeof SpeakerType)[keyof typeof SpeakerType];

interface Entity {
  type: SpeakerType;
  /** Display label: fullest name, organisation name, or description. */
  name: string;
  surname: string;
  roles: Set<string>;
  gender?: "m" | "f";
  /** Order of the last mention. */
  last: number;
}

/** Who a mention stands for: an entity of the report, or nobody. */
export type Referent = number | null;

/** A mention resolved to a speaker (for the speaker table). */
export interface ResolvedMention {
  readonly mention: Mention;
  readonly entity: number;
  /** How the mention was resolved: name, surname, role, pronoun, possessive or description. */
  readonly via: string;
}

const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  company: ["firm", "group", "company", "corporation", "lines"],
  firm: ["company", "group", "firm"],
  group: ["group", "company", "firm", "alliance", "coalition"],
  government: ["government", "administration", "cabinet", "ministry", "presidency", "office"],
  administration: ["administration", "government", "white"],
  ministry: ["ministry", "department"],
  department: ["department", "ministry"],
};

/** Roles of the newsroom's own people (their transcript lines are narration). */
const NEWSROOM_ROLES: ReadonlySet<string> = new Set(["correspondent", "reporter", "anchor", "host", "presenter", "editor", "journalist", "newsreader", "interviewer", "moderator"]);
/** Role nouns an appositive or a title can give a person. */
const ROLE_NOUNS: ReadonlySet<string> = new Set([...ROLE_WORDS, ...NEWSROOM_ROLES, "spokesman", "spokeswoman", "lawyer", "negotiator", "economist", "adviser", "advisor", "aide", "chief", "head", "founder"]);

/** Organisation heads that may stand for any organisation named before ("the company" for "Halden Motors"). */
const GENERIC_ORGANISATIONS: ReadonlySet<string> = new Set([
  "company", "firm", "group", "corporation", "alliance", "organisation", "organization", "agency", "service", "campaign",
  "union", "association", "federation", "network", "charity", "foundation", "university", "trust", "authority", "operator",
  "utility", "carrier", "airline", "insurer", "carmaker", "manufacturer", "coalition", "movement", "consortium", "club",
]);

const stripThe = (s: string): string => s.replace(/^(?:the|The)\s+/, "");

/**
 * The speakers of one report and the coreference of their mentions: names by surname,
 * titles and roles ("the foreign minister") to the person last named in that role,
 * organisation descriptions ("the ministry") to the organisation last named with that head,
 * pronouns to the latest speaker of a compatible gender and kind. Every resolution is
 * logged for the speaker table. Internal to {@link statements}.
 */
export class SpeakerRegistry {
  private readonly entities: Entity[] = [];
  private readonly speakers: number[] = [];
  private readonly log: ResolvedMention[] = [];
  private clock = 0;

  /** Display label of a referent, or null. */
  label(ref: Referent): string | null {
    return ref === null ? null : this.entities[ref]!.name;
  }

  /** Kind of a referent's speaker, or null. */
  type(ref: Referent): SpeakerType | null {
    return ref === null ? null : this.entities[ref]!.type;
  }

  /** Every resolved mention so far, in resolution order. */
  mentions(): readonly ResolvedMention[] {
    return this.log;
  }

  /** Records that a referent spoke (or is what the sentence is about): pronouns look here. */
  spoke(ref: Referent): void {
    if (ref !== null && this.speakers[this.speakers.length - 1] !== ref) this.speakers.push(ref);
  }

  /** The latest speaker, or null. */
  lastSpeaker(): Referent {
    return this.speakers[this.speakers.length - 1] ?? null;
  }

  /** Adds roles from an appositive ("Maria Costa, the trade minister,"). */
  addRoles(ref: Referent, phrase: string): void {
    if (ref === null) return;
    const words = phrase.toLowerCase().split(/\s+/);
    words.forEach((w, k) => {
      if (!ROLE_NOUNS.has(w)) return;
      this.entities[ref]!.roles.add(w);
      if (k > 0 && !/^(the|a|an)$/.test(words[k - 1]!)) this.entities[ref]!.roles.add(`${words[k - 1]} ${w}`);
    });
    this.entities[ref]!.gender ??= titleGender(phrase);
  }

  /** Resolves a transcript label ("ASANTE", "DR. PRIYA RAMAN") to the person of that surname, or a new one. */
  resolveLabel(label: string, start: number): Referent {
    const titled = label.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const sn = speakerName(titled);
    if (sn.surname === "") return null;
    const idx = this.entities.findIndex((e) => e.type === SpeakerType.person && e.surname.toLowerCase() === sn.surname.toLowerCase());
    const mention: Mention = { start, end: start + label.length, text: label, kind: "name", entity: "person" };
    if (idx >= 0) {
      this.entities[idx]!.last = ++this.clock;
      this.log.push({ mention, entity: idx, via: "label" });
      return idx;
    }
    const ref = this.find({ ...mention, text: titled });
    if (ref === null) return null;
    this.log.push({ mention, entity: ref.entity, via: "label" });
    return ref.entity;
  }

  /** Whether a transcript label names the newsroom (anchor, host, a correspondent introduced as such). */
  isNewsroom(label: string): boolean {
    const surname = label.trim().split(/\s+/).pop()!.toLowerCase();
    return this.entities.some((e) => e.type === SpeakerType.person && e.surname.toLowerCase() === surname && [...e.roles].some((r) => NEWSROOM_ROLES.has(r.split(" ").pop()!)));
  }

  /** Registers a name seen anywhere (not only as a speaker), so later short forms resolve. */
  register(m: Mention): Referent {
    if (m.kind !== "name" || m.entity === "place") return null;
    return this.resolve(m);
  }

  /** Resolves a mention to its entity (creating one for a new name or description). */
  resolve(m: Mention): Referent {
    const ref = this.find(m);
    if (ref !== null) {
      this.entities[ref.entity]!.last = ++this.clock;
      this.log.push({ mention: m, entity: ref.entity, via: ref.via });
      return ref.entity;
    }
    return null;
  }

  private find(m: Mention): { entity: number; via: string } | null {
    if (m.kind === "pronoun") {
      const e = this.pronoun(m.text.toLowerCase());
      return e === null ? null : { entity: e, via: "pronoun" };
    }
    if (m.kind === "name") return m.entity === "person" ? this.person(m) : { entity: this.organisation(stripThe(m.text), m.text), via: "name" };
    const head = m.head ?? "";
    if (m.possessor !== undefined && m.entity !== "organisation") {
      const owner = this.possessorLabel(m.possessor);
      const label = owner === null ? m.label! : `${m.label!.replace(/ for .*$/, "")} for ${owner}`;
      return { entity: this.byLabel(label, SpeakerType.anonymous, head), via: "possessive" };
    }
    if (m.entity === "person-role") {
      const qualified = m.label!.split(/\s+/).slice(-2).join(" ");
      for (const r of qualified === head ? [head] : [qualified, head]) {
        const e = this.lastWithRole(r);
        if (e !== null) return { entity: e, via: "role" };
      }
      return { entity: this.byLabel(m.label!, SpeakerType.anonymous, head), via: "description" };
    }
    if (m.entity === "organisation") {
      const definite = /^(the|its|their)$/i.test(m.text.split(/\s+/)[0]!);
      // "the firm", "the alliance": the organisation last named, whatever its name's words, when none has that head.
      const e = definite ? this.lastOrganisation(head) ?? (m.label === head && GENERIC_ORGANISATIONS.has(head) ? this.lastOrganisation(null) : null) : null;
      return e !== null ? { entity: e, via: "role" } : { entity: this.byLabel(m.label!, SpeakerType.organisation, head), via: "description" };
    }
    const type = m.entity === "collective" ? SpeakerType.collective : SpeakerType.anonymous;
    return { entity: this.byLabel(m.label!, type, head), via: "description" };
  }

  private person(m: Mention): { entity: number; via: string } | null {
    // "GOVERNOR AUNE" (a transcript label, a headline): names in capitals are read in title case.
    const text = /\p{Ll}/u.test(m.text) ? m.text : m.text.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    const sn = speakerName(text);
    if (sn.surname === "") return null;
    const first = sn.name.split(" ")[0]!;
    let idx = this.entities.findIndex((p) => p.type === SpeakerType.person && p.surname === sn.surname && (p.name === p.surname || sn.name === sn.surname || p.name.split(" ")[0] === first));
    const via = idx >= 0 && sn.name === sn.surname && this.entities[idx]!.name !== sn.name ? "surname" : "name";
    if (idx < 0) {
      idx = this.entities.length;
      this.entities.push({ type: SpeakerType.person, name: sn.name, surname: sn.surname, roles: new Set(), last: 0 });
    }
    const p = this.entities[idx]!;
    if (sn.name.split(" ").length > p.name.split(" ").length) p.name = sn.name;
    for (const r of sn.roles) p.roles.add(r);
    p.gender ??= m.gender ?? titleGender(text);
    return { entity: idx, via };
  }

  private organisation(name: string, surface: string): number {
    const lower = name.toLowerCase();
    // "Vantor" and "Vantor Energy" are one organisation (one name's words start the other's).
    const prefix = (a: string, b: string): boolean => a === b || b.startsWith(`${a} `);
    let idx = this.entities.findIndex((e) => e.type === SpeakerType.organisation && (prefix(lower, e.name.toLowerCase()) || prefix(e.name.toLowerCase(), lower)));
    if (idx < 0) {
      idx = this.entities.length;
      const roles = new Set(lower.split(/\s+/));
      roles.add(lower);
      this.entities.push({ type: SpeakerType.organisation, name, surname: name, roles, last: 0 });
    } else if (name.length > this.entities[idx]!.name.length) {
      this.entities[idx]!.name = name;
      for (const w of lower.split(/\s+/)) this.entities[idx]!.roles.add(w);
    }
    void surface;
    return idx;
  }

  private byLabel(label: string, type: SpeakerType, head: string): number {
    const lower = label.toLowerCase();
    let idx = this.entities.findIndex((e) => e.type === type && e.name.toLowerCase() === lower);
    if (idx < 0) {
      idx = this.entities.length;
      const roles = new Set<string>([head, ...lower.split(/\s+/).slice(-2).join(" ").split(",")]);
      this.entities.push({ type, name: label, surname: "", roles, last: 0, ...(titleGender(label) ? { gender: titleGender(label)! } : {}) });
    }
    return idx;
  }

  private possessorLabel(possessor: string): string | null {
    const p = possessor.replace(/['’]s$/, "").trim();
    if (/^(his|her)$/i.test(p)) {
      const e = this.pronoun(p.toLowerCase() === "his" ? "he" : "she");
      return e === null ? null : this.entities[e]!.name;
    }
    if (/^(its|their)$/i.test(p)) {
      const e = this.pronoun(p.toLowerCase() === "its" ? "it" : "they");
      return e === null ? null : this.entities[e]!.name;
    }
    return p;
  }

  private lastWithRole(role: string): number | null {
    let best: number | null = null;
    this.entities.forEach((e, i) => {
      if ((e.type === SpeakerType.person || e.type === SpeakerType.anonymous) && e.roles.has(role) && (best === null || e.last > this.entities[best]!.last)) best = i;
    });
    return best;
  }

  private lastOrganisation(head: string | null): number | null {
    const heads = head === null ? [] : SYNONYMS[head] ?? [head];
    let best: number | null = null;
    this.entities.forEach((e, i) => {
      if (e.type === SpeakerType.organisation && (head === null || heads.some((h) => e.roles.has(h))) && (best === null || e.last > this.entities[best]!.last)) best = i;
    });
    return best;
  }

  private pronoun(written: string): number | null {
    const word = ({ his: "he", him: "he", her: "she", their: "they", them: "they", its: "it" } as Record<string, string>)[written] ?? written;
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const idx = this.speakers[k]!;
      const e = this.entities[idx]!;
      if (word === "he" || word === "she") {
        if (e.type !== SpeakerType.person && e.type !== SpeakerType.anonymous) continue;
        const g = word === "he" ? "m" : "f";
        if (e.gender !== undefined && e.gender !== g) continue;
        e.gender = g;
        return idx;
      }
      if (word === "they" && (e.type === SpeakerType.collective || e.type === SpeakerType.organisation)) return idx;
      if (word === "it" && e.type === SpeakerType.organisation) return idx;
    }
    return null;
  }
}
