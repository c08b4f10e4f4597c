import nlp from "compromise/two";

/** One word as compromise tags it, with UTF-16 offsets into the text given. */
export interface TaggedTerm {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * The words of a text with compromise's part-of-speech and entity tags (Person, FirstName,
 * MaleName, FemaleName, Honorific, Organization, Place, ProperNoun, Verb, Plural, ...).
 * compromise (MIT) tags from its lexicon and rules: no model is downloaded.
 *
 * @see https://github.com/spencermountain/compromise
 */
export function nerTerms(text: string): TaggedTerm[] {
  if (!/\p{L}/u.test(text)) return [];
  const out: TaggedTerm[] = [];
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = t.offset.start;
      // compromise's offsets count the word itself; strip what it glued on (never past the text).
      const raw = text.slice(start, start + t.offset.length);
      const word = /^[\p{L}\p{N}][\p{L}\p{N}'’.\-]*[\p{L}\p{N}.]|^[\p{L}\p{N}]/u.exec(raw)?.[0];
      if (word === undefined) continue;
      const clean = word.endsWith(".") && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Prof|Rev|Lt|Col)\.$/u.test(word) ? word.slice(0, -1) : word;
      out.push({ start, end: start + clean.length, text: clean, tags: new Set(t.tags) });
    }
  }
  return out;
}

const COMMON_TAGS = ["Adjective", "Verb", "Adverb", "Determiner", "Preposition", "Conjunction", "Pronoun", "Value", "Date", "Plural", "QuestionWord", "Expression"];

/**
 * Which of these words are common English words when written in lower case (compromise's
 * lexicon: "heavy" is an adjective, "farmers" a plural noun), so that a capital at the start
 * of a sentence does not make them a name. Unknown words ("zarif") are not common.
 */
export function commonWords(words: Iterable<string>): Set<string> {
  const list = [...new Set([...words].map((w) => w.toLowerCase()))].filter((w) => /^\p{L}[\p{L}'’\-]*$/u.test(w));
  if (list.length === 0) return new Set();
  const out = new Set<string>();
  const sentences = nlp(list.join(". ")).json({ terms: { offset: false } }) as { terms: CompromiseTerm[] }[];
  for (const s of sentences) for (const t of s.terms) if (COMMON_TAGS.some((tag) => t.tags.includes(tag))) out.add(t.text.toLowerCase().replace(/[.]$/, ""));
  return out;
}
