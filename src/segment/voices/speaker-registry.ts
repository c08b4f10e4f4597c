import { ROLE_WORDS, speakerName, titleGender } from "./speaker-name";

/** A person named in a report. */
interface Person {
  name: string;
  surname: string;
  roles: Set<string>;
  gender?: "m" | "f";
  /** Order of the last mention (for "the person last named in that role"). */
  lastMention: number;
}

/** Who a mention stands for: a person's index, a description ("US official"), or nobody. */
export type Referent = { readonly person: number } | { readonly description: string } | null;

const ROLE_OF_DESCRIPTION = /^(?:an?|the|one)\s+(.*)$/i;

/**
 * The people of one report and the resolution of mentions to them: names by surname,
 * "he"/"she" to the last speaker of a compatible gender, "the Leader" to the person last
 * named with that role. Internal to {@link statements}.
 */
export class SpeakerRegistry {
  private readonly persons: Person[] = [];
  private readonly speakers: number[] = [];
  private clock = 0;

  /** The display name of a referent (a person's fullest name), or null. */
  label(ref: Referent): string | null {
    if (ref === null) return null;
    if ("description" in ref) return ref.description;
    return this.persons[ref.person]!.name;
  }

  /** Records that a person spoke (pronouns resolve to the latest speaker). */
  spoke(ref: Referent): void {
    if (ref !== null && "person" in ref) this.speakers.push(ref.person);
  }

  /** The latest speaker, or null. */
  lastSpeaker(): Referent {
    const p = this.speakers[this.speakers.length - 1];
    return p === undefined ? null : { person: p };
  }

  /** Registers a named person (with titles) and returns their index. */
  name(mention: string): number | undefined {
    const sn = speakerName(mention);
    if (sn.surname === "") return undefined;
    const first = sn.name.split(" ")[0]!;
    let idx = this.persons.findIndex((p) => p.surname === sn.surname && (p.name === p.surname || sn.name === sn.surname || p.name.split(" ")[0] === first));
    if (idx < 0) {
      idx = this.persons.length;
      this.persons.push({ name: sn.name, surname: sn.surname, roles: new Set(), lastMention: 0 });
    }
    const p = this.persons[idx]!;
    if (sn.name.split(" ").length > p.name.split(" ").length) p.name = sn.name;
    for (const r of sn.roles) p.roles.add(r);
    p.gender ??= titleGender(mention);
    p.lastMention = ++this.clock;
    return idx;
  }

  /**
   * Resolves a sentence-initial mention without a speech verb: pronouns and descriptions as
   * {@link resolve}; a name only when titled, of two words or more, or already known.
   */
  resolveKnown(mention: string): Referent {
    const m = mention.trim().replace(/[.,]+$/, "");
    if (/^(he|she|an?|the|one)\b/i.test(m) || m.includes(",")) return this.resolve(m);
    const sn = speakerName(m);
    if (sn.surname === "") return null;
    if (sn.roles.length > 0 || sn.name.includes(" ") || this.persons.some((p) => p.surname === sn.surname)) return this.resolve(m);
    return null;
  }

  /** Resolves a subject mention; `possessor` resolves "his"/"her" (the sentence subject). */
  resolve(mention: string, possessor: Referent = null): Referent {
    const m = mention.trim().replace(/(?<!\b\p{Lu})[.]+$|,+$/u, "");
    const lower = m.toLowerCase();
    if (lower === "he" || lower === "she") return this.pronoun(lower === "he" ? "m" : "f");
    if (lower === "his" || lower === "her" || lower === "their") return possessor ?? this.lastSpeaker();
    // "Tomas Reyes, the energy minister,": the name, with the role of the appositive.
    const appositive = /^(.*?),\s+(?:the|a|an)\s+(.*?),?$/.exec(m);
    if (appositive) {
      const idx = this.name(appositive[1]!);
      if (idx === undefined) return null;
      const words = appositive[2]!.toLowerCase().split(/\s+/);
      words.forEach((w, k) => {
        if (!ROLE_WORDS.has(w)) return;
        this.persons[idx]!.roles.add(w);
        if (k > 0) this.persons[idx]!.roles.add(`${words[k - 1]} ${w}`);
      });
      return { person: idx };
    }
    const desc = ROLE_OF_DESCRIPTION.exec(m);
    if (desc) {
      const words = desc[1]!.trim().toLowerCase().split(/\s+/);
      const role = words[words.length - 1]!;
      const qualified = words.length > 1 ? `${words[words.length - 2]} ${role}` : undefined;
      // "the Leader", "the prime minister": the person last named in that role (qualified first).
      if (/^the$/i.test(m.split(/\s+/)[0]!)) {
        for (const r of qualified === undefined ? [role] : [qualified, role]) {
          let best = -1;
          this.persons.forEach((p, i) => {
            if (p.roles.has(r) && (best < 0 || p.lastMention > this.persons[best]!.lastMention)) best = i;
          });
          if (best >= 0) return { person: best };
        }
      }
      return { description: desc[1]!.trim() };
    }
    const idx = this.name(m);
    return idx === undefined ? null : { person: idx };
  }

  private pronoun(gender: "m" | "f"): Referent {
    for (let k = this.speakers.length - 1; k >= 0; k--) {
      const p = this.persons[this.speakers[k]!]!;
      if (p.gender === undefined || p.gender === gender) {
        p.gender = gender;
        return { person: this.speakers[k]! };
      }
    }
    return null;
  }
}
