/** A person's name as {@link speakerName} reads it from a mention. */
export interface SpeakerName {
  /** The name without titles and honorifics ("Ali Khamenei"), or "" when none is left. */
  readonly name: string;
  /** Last word of the name ("Khamenei"), or "". */
  readonly surname: string;
  /** Role nouns of the titles, lowercased ("leader", "president"). */
  readonly roles: readonly string[];
}

/** Title words that name a role someone can be referred to by ("the Leader"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "leader", "president", "minister", "secretary-general", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "senator",
  "governor", "mayor", "general", "secretary", "spokesman", "spokeswoman", "spokesperson", "speaker", "chief", "judge",
  "pope", "cardinal", "archbishop", "bishop", "rabbi", "commander", "admiral", "colonel", "ambassador", "envoy",
  "chairman", "chairwoman", "chair", "director", "premier", "representative", "mp", "lawmaker", "official", "ayatollah",
  "imam", "cleric", "prosecutor", "justice", "mufti", "patriarch", "sultan", "monarch", "negotiator", "deputy",
  "councillor", "councilor", "councilman", "councilwoman", "alderman", "commissioner", "superintendent", "inspector",
  "sheriff", "congressman", "congresswoman", "assemblyman", "assemblywoman", "magistrate", "attorney", "solicitor",
]);
/** Titles and honorifics dropped from a name but not roles of their own. */
const HONORIFICS = new Set([
  "supreme", "vice", "prime", "foreign", "grand", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
  "sen", "rep", "gov", "gen", "rev", "reverend", "lord", "lady", "seyed", "sayyid", "sayed", "hojatoleslam",
  "acting", "former", "late", "interim", "crown", "first", "head", "mister", "madam", "mme", "m", "herr", "frau", "senior",
  "the", "of", "and", "for", "state", "defense", "defence", "interior", "finance",
]);
const MR = new Set(["mr", "mister", "sir", "herr", "m"]);
const MRS = new Set(["mrs", "ms", "miss", "madam", "mme", "dame", "lady", "frau", "queen", "princess", "spokeswoman", "chairwoman"]);

/** Grammatical gender suggested by a title: "m", "f" or undefined. */
export function titleGender(mention: string): "m" | "f" | undefined {
  for (const w of mention.toLowerCase().replace(/\./g, "").split(/\s+/)) {
    if (MRS.has(w)) return "f";
    if (MR.has(w)) return "m";
  }
  return undefined;
}

/**
 * Reads a person's name from a mention with titles: drops titles and honorifics and keeps
 * the role nouns, so "Supreme Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei"
 * and "Ayatollah Khamenei" share the surname "Khamenei", and "the Leader" can be resolved to
 * the person last named with the role "leader".
 *
 * @returns `{name, surname, roles}`.
 * @example
 * speakerName("French President Emmanuel Macron");
 * // { name: "Emmanuel Macron", surname: "Macron", roles: ["president", "french president"] }
 */
export function speakerName(mention: string): SpeakerName {
  const words = mention.replace(/['’]s$/, "").trim().split(/\s+/).filter((w) => w.length > 0);
  const roles: string[] = [];
  let last = -1; // index of the last title word
  // "Hana Vos of Lindmark": an "of" after the name has begun ends it.
  for (let k = 1; k < words.length; k++) {
    const prev = words[k - 1]!.toLowerCase().replace(/\.$/, "");
    if (/^of$/i.test(words[k]!) && /^\p{Lu}/u.test(words[k - 1]!) && !ROLE_WORDS.has(prev) && !HONORIFICS.has(prev)) {
      words.length = k;
      break;
    }
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.toLowerCase().replace(/\.$/, "");
    if (ROLE_WORDS.has(w)) {
      if (!roles.includes(w)) roles.push(w);
      // A qualified role too: "prime minister", "finance minister", "opposition leader".
      const q = k > 0 && k <= 2 ? words[k - 1]!.toLowerCase() : "";
      if (q !== "" && /^\p{L}+$/u.test(q) && q !== "the" && q !== "of" && !roles.includes(`${q} ${w}`)) roles.push(`${q} ${w}`);
      last = k;
    } else if (HONORIFICS.has(w)) last = k;
    else if (/^(us|u\.s|uk|un|eu)$/i.test(w) || /^\p{Lu}\p{L}*(an|ese|ish|i|ch)$/u.test(words[k]!)) {
      // nationality or organization before a title: "French President", "US official"
      if (k + 1 < words.length && (ROLE_WORDS.has(words[k + 1]!.toLowerCase()) || HONORIFICS.has(words[k + 1]!.toLowerCase()))) last = k;
    }
  }
  let rest = words.slice(last + 1);
  // "President of Iran Hassan Rouhani": drop the "of <place>" part left after a title.
  if (last >= 0 && rest.length > 2 && /^(of|the)$/i.test(words[last]!)) rest = rest.slice(-2);
  rest = rest.filter((w) => /^\p{Lu}/u.test(w));
  // "Amira Sayed": an honorific that ends the mention is a surname ("Sayed"), not a title.
  if (rest.length === 0 && last === words.length - 1 && !ROLE_WORDS.has(words[last]!.toLowerCase().replace(/\.$/, "")) && /^\p{Lu}\p{Ll}/u.test(words[last]!) && !/^(?:mr|mrs|ms|dr|sir|dame|lord|lady|prof)\.?$/i.test(words[last]!)) {
    rest = words.slice(Math.max(0, words.length - 2)).filter((w) => /^\p{Lu}/u.test(w) && !ROLE_WORDS.has(w.toLowerCase()));
  }
  const name = rest.join(" ");
  return { name, surname: rest.length > 0 ? rest[rest.length - 1]! : "", roles };
}
